import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDefaultProject } from '../../../src/domain/defaults/default-project';
import { type ProjectRecord, projectToRecord } from '../../../src/domain/project-record';
import { builtInScenario } from '../../../src/domain/scenarios/built-in-scenarios';
import { scenarioStart } from '../../../src/domain/scenarios/play-scenario';
import {
  type ReadScenarioOptions,
  readScenario,
  type Scenario,
  type ScenarioProblem,
  scenarioFile,
  scenarioFileName,
} from '../../../src/domain/scenarios/scenario-format';
import { tableHas } from '../../../src/domain/table';

/** A scenario file's JSON: promote-pro's, with fields replaced (undefined removes one). */
function scenarioJson(patch: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  const scenario = builtInScenario('promote-pro');
  if (!scenario) throw new Error('promote-pro is missing');
  const json = { ...JSON.parse(scenarioFile(scenario)), ...patch };
  for (const [key, value] of Object.entries(patch)) if (value === undefined) delete json[key];
  return json;
}

function problemsOf(input: unknown, options?: ReadScenarioOptions): readonly ScenarioProblem[] {
  const read = readScenario(input, options);
  if ('scenario' in read) throw new Error('expected the file to be refused');
  return read.problems;
}

const paths = (problems: readonly ScenarioProblem[]) => problems.map((p) => p.path);

describe('readScenario', () => {
  it('reads a scenario from its text and from its parsed JSON alike', () => {
    const text = JSON.stringify(scenarioJson());
    const fromText = readScenario(text);
    expect(fromText).toEqual(readScenario(JSON.parse(text)));
    expect('scenario' in fromText && fromText.scenario.id).toBe('promote-pro');
  });

  it('refuses an unknown goal kind at its path, naming the kinds it knows', () => {
    const goals = [
      { kind: 'runs-service', env: 'staging', service: 'rabbitmq:3.5' },
      { kind: 'is-happy', env: 'staging' },
    ];
    const [problem, ...others] = problemsOf(scenarioJson({ goals }));
    expect(others).toEqual([]);
    expect(problem?.path).toBe('goals[1].kind');
    expect(problem?.message).toMatch(
      /^expected a kind: one of "runs-service", .*"activity"; found the text "is-happy"$/,
    );
  });

  it('refuses a missing story', () => {
    expect(problemsOf(scenarioJson({ story: undefined }))).toEqual([
      { path: 'story', message: 'missing (expected a string)' },
    ]);
  });

  it('refuses a plan it does not know', () => {
    expect(problemsOf(scenarioJson({ plan: 'enterprise' }))).toEqual([
      {
        path: 'plan',
        message: 'expected one of "starter", "pro", "pro-legacy", found the text "enterprise"',
      },
    ]);
  });

  it('refuses a step that names an unknown operation', () => {
    const solution = [{ op: 'teleport', args: { env: 'staging' } }];
    const [problem] = problemsOf(scenarioJson({ solution }));
    expect(problem?.path).toBe('solution[0].op');
    expect(problem?.message).toMatch(
      /^expected an operation: one of "branch", "merge", .*found the text "teleport"$/,
    );
  });

  it("refuses a step whose arguments are not its operation's", () => {
    const solution = [
      { op: 'merge', args: { env: 'feature-checkout' } },
      { op: 'sync', args: { env: 3, code: true } },
    ];
    expect(problemsOf(scenarioJson({ solution }))).toEqual([
      { path: 'solution[1].args.env', message: 'expected a string, found the number 3' },
      { path: 'solution[1].args.data', message: 'missing (expected true or false)' },
    ]);
  });

  it('refuses text that is not JSON, saying so', () => {
    const [problem, ...others] = problemsOf('{"id": "x",');
    expect(others).toEqual([]);
    expect(problem?.path).toBe('');
    expect(problem?.message).toMatch(/^this is not JSON \(/);
  });

  it('reports every problem of a file at once, each at its path', () => {
    const problems = problemsOf(
      scenarioJson({
        id: 'Has Spaces',
        story: undefined,
        plan: 'enterprise',
        goals: [{ kind: 'exists', env: 'staging' }, { kind: 'is-happy' }],
        solution: [{ op: 'teleport', args: {} }],
        hints: ['fine', ''],
      }),
    );
    expect(paths(problems).sort()).toEqual(
      ['id', 'story', 'plan', 'goals[1].kind', 'solution[0].op', 'hints[1]'].sort(),
    );
    for (const p of problems) expect(p.message).not.toBe('Invalid input');
  });

  it('refuses a value that is not an object, an empty goal list and an empty solution', () => {
    expect(problemsOf([])).toEqual([{ path: '', message: 'expected an object, found a list' }]);
    expect(paths(problemsOf(scenarioJson({ goals: [], solution: [] })))).toEqual([
      'goals',
      'solution',
    ]);
  });

  it('refuses a file from a newer explorer at its schema', () => {
    expect(paths(problemsOf(scenarioJson({ schema: 2 })))).toEqual(['schema']);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.json()), (input) => {
        const read = readScenario(input);
        expect('scenario' in read || read.problems.length > 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  describe('playing the file', () => {
    it('refuses a start step the platform refuses, at its path', () => {
      const start = { steps: [{ op: 'branch', args: { parent: 'production', name: 'x' } }] };
      const [problem] = problemsOf(scenarioJson({ start }));
      expect(problem?.path).toBe('start.steps[0]');
      expect(problem?.message).toMatch(/^refused \(branch-forbidden\): /);
    });

    it('refuses a solution step that is refused, and a refusal expected of one that runs', () => {
      const refused = [{ op: 'merge', args: { env: 'staging' } }];
      expect(paths(problemsOf(scenarioJson({ solution: refused })))).toEqual(['solution[0]']);
      const runs = [{ op: 'merge', args: { env: 'feature-checkout' }, expect: 'refused' }];
      expect(paths(problemsOf(scenarioJson({ solution: runs })))).toEqual(['solution[0].expect']);
    });

    it('refuses goals the solution leaves unmet, and goals met before anything is done', () => {
      const short = [{ op: 'merge', args: { env: 'feature-checkout' } }];
      const problems = problemsOf(scenarioJson({ solution: short }));
      expect(paths(problems)).toEqual(['goals[0]', 'goals[1]']);
      expect(problems[0]?.message).toBe(
        'not met once the solution has run: staging runs rabbitmq:3.5',
      );
      const already = [{ kind: 'exists', env: 'staging' }];
      expect(paths(problemsOf(scenarioJson({ goals: already })))).toEqual(['goals']);
    });

    it('refuses a stated fewest above what the solution takes', () => {
      expect(paths(problemsOf(scenarioJson({ fewestSteps: 9 })))).toEqual(['fewestSteps']);
      expect('scenario' in readScenario(scenarioJson({ fewestSteps: 4 }))).toBe(true);
    });

    it('plays nothing when asked not to', () => {
      const short = [{ op: 'merge', args: { env: 'feature-checkout' } }];
      expect('scenario' in readScenario(scenarioJson({ solution: short }), { play: false })).toBe(
        true,
      );
    });
  });

  describe('an embedded start project', () => {
    const record = (): ProjectRecord => {
      const project = projectToRecord(createDefaultProject('pro'));
      // A start the default lacks: no old theme branch.
      const { 'feature-old-theme': _gone, ...environments } = project.environments;
      return { ...project, environments };
    };
    const reader: ReadScenarioOptions['readProject'] = (value) => ({
      project: value as ProjectRecord,
    });

    it('is read by the reader it is given, and the scenario starts from it', () => {
      const read = readScenario(scenarioJson({ start: { project: record(), steps: [] } }), {
        readProject: reader,
      });
      if (!('scenario' in read)) throw new Error(JSON.stringify(read.problems));
      const start = scenarioStart(read.scenario);
      expect(tableHas(start.environments, 'feature-old-theme')).toBe(false);
      expect(tableHas(start.environments, 'feature-checkout')).toBe(true);
    });

    it("is refused without a reader, with the reader's problems, or for another plan", () => {
      const file = scenarioJson({ start: { project: record(), steps: [] } });
      expect(paths(problemsOf(file))).toEqual(['start.project']);
      const failing: ReadScenarioOptions['readProject'] = (_value, prefix) => ({
        problems: [{ path: `${prefix.join('.')}.clock`, message: 'missing (expected a number)' }],
      });
      expect(paths(problemsOf(file, { readProject: failing }))).toEqual(['start.project.clock']);
      const starter = { ...record(), plan: 'starter' };
      expect(
        paths(
          problemsOf(scenarioJson({ start: { project: starter, steps: [] } }), {
            readProject: reader,
          }),
        ),
      ).toEqual(['start.project.plan']);
    });
  });
});

describe('scenarioFile', () => {
  it('writes the schema first and reads back as the same scenario', () => {
    const scenario = builtInScenario('keep-secret') as Scenario;
    const text = scenarioFile(scenario);
    expect(Object.keys(JSON.parse(text))[0]).toBe('schema');
    expect(readScenario(text)).toEqual({ scenario });
    expect(scenarioFileName(scenario)).toBe('keep-secret.scenario.json');
  });
});
