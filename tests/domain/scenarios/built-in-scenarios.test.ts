import { describe, expect, it } from 'vitest';
import { createDefaultProject } from '../../../src/domain/defaults/default-project';
import { CLOCK, invoke, OPERATIONS } from '../../../src/domain/operations/all-operations';
import type { Operation } from '../../../src/domain/operations/operation';
import { recordRefusal } from '../../../src/domain/operations/operation';
import {
  BUILT_IN_SCENARIOS,
  builtInScenario,
} from '../../../src/domain/scenarios/built-in-scenarios';
import { goalMet } from '../../../src/domain/scenarios/goals';
import {
  fewestSteps,
  scenarioProgress,
  scenarioStart,
} from '../../../src/domain/scenarios/play-scenario';
import {
  readScenario,
  type Scenario,
  scenarioFile,
} from '../../../src/domain/scenarios/scenario-format';
import type { Project } from '../../../src/domain/types';

// Played here with the operations and the clock directly, apart from play-scenario.ts, so the
// tests check the scenarios' data and not only the code that plays them.

function builtStart(scenario: Scenario): Project {
  let project = CLOCK.settle(createDefaultProject(scenario.plan, scenario.edition));
  for (const step of scenario.start.steps) {
    const result = invoke(project, step);
    if ('error' in result) {
      throw new Error(`${step.op} refused: ${result.error.code}: ${result.error.message}`);
    }
    project = CLOCK.settle(result.project);
  }
  return project;
}

function solved(scenario: Scenario, start: Project): Project {
  let project = start;
  for (const [index, step] of scenario.solution.entries()) {
    const result = invoke(project, step);
    if (step.expect === 'refused') {
      if (!('error' in result)) throw new Error(`step ${index} (${step.op}) was not refused`);
      // Refused by a rule of the platform, not by a step that names nothing.
      expect(result.error.code, `step ${index}`).not.toBe('not-found');
      const operation = OPERATIONS[step.op] as Operation<typeof step.args>;
      project = recordRefusal(project, {
        type: operation.type,
        environment: operation.subject(step.args) ?? '',
        error: result.error,
      });
    } else {
      if ('error' in result) {
        throw new Error(`step ${index} (${step.op}) refused: ${result.error.message}`);
      }
      project = CLOCK.settle(result.project);
    }
  }
  return project;
}

const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter(Boolean).length;

describe('built-in scenarios', () => {
  it('have unique ids that work in a link, promote-pro among them', () => {
    const ids = BUILT_IN_SCENARIOS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(encodeURIComponent(id)).toBe(id);
    expect(builtInScenario('promote-pro')?.plan).toBe('pro');
    expect(builtInScenario('no-such-scenario')).toBeUndefined();
  });

  it('cover every plan, both editions, and at least eight situations', () => {
    expect(BUILT_IN_SCENARIOS.length).toBeGreaterThanOrEqual(8);
    expect(new Set(BUILT_IN_SCENARIOS.map((s) => s.plan))).toEqual(
      new Set(['starter', 'pro', 'pro-legacy']),
    );
    expect(new Set(BUILT_IN_SCENARIOS.map((s) => s.edition))).toEqual(new Set(['2.1', 'today']));
  });

  describe.each(BUILT_IN_SCENARIOS.map((s) => [s.id, s] as const))('%s', (_id, scenario) => {
    it('starts from a project its start steps build without a refusal', () => {
      const start = builtStart(scenario);
      expect(scenarioStart(scenario).clock).toBe(start.clock);
      expect(scenarioStart(scenario).activity).toEqual(start.activity);
      expect(scenarioStart(scenario)).toBe(scenarioStart(scenario));
    });

    it('does not have every goal met at the start', () => {
      const start = builtStart(scenario);
      expect(scenario.goals.every((goal) => goalMet(goal, start, start.clock))).toBe(false);
      expect(scenarioProgress(scenario, start)).toMatchObject({ allMet: false, steps: 0 });
    });

    it('is solved by its solution: every step does what it says, and every goal is met', () => {
      const start = builtStart(scenario);
      const end = solved(scenario, start);
      for (const goal of scenario.goals) {
        expect(goalMet(goal, end, start.clock), JSON.stringify(goal)).toBe(true);
      }
      expect(scenarioProgress(scenario, end).allMet).toBe(true);
    });

    it('takes its fewest steps when solved, refused attempts not counted', () => {
      const end = solved(scenario, builtStart(scenario));
      const succeeding = scenario.solution.filter((s) => s.expect !== 'refused').length;
      expect(fewestSteps(scenario)).toBe(succeeding);
      expect(scenarioProgress(scenario, end)).toMatchObject({
        steps: succeeding,
        fewest: succeeding,
      });
    });

    it('tells a short story and gives two to four hints', () => {
      expect(sentences(scenario.story)).toBeGreaterThanOrEqual(2);
      expect(sentences(scenario.story)).toBeLessThanOrEqual(4);
      expect(scenario.hints.length).toBeGreaterThanOrEqual(2);
      expect(scenario.hints.length).toBeLessThanOrEqual(4);
      expect(new Set(scenario.hints).size).toBe(scenario.hints.length);
    });

    it('passes its own schema and comes back the same through its file', () => {
      const read = readScenario(scenarioFile(scenario));
      expect(read).toEqual({ scenario });
      // JSON-compatible: nothing a JSON round trip would lose.
      expect(JSON.parse(JSON.stringify(scenario))).toEqual(scenario);
    });
  });
});
