// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { branchEnvironment } from '../../src/domain/operations/branch-environment';
import { projectToRecord } from '../../src/domain/project-record';
import { builtInScenario } from '../../src/domain/scenarios/built-in-scenarios';
import type { Scenario } from '../../src/domain/scenarios/scenario-format';
import { scenarioFile } from '../../src/domain/scenarios/scenario-format';
import {
  doneScenarios,
  keepMyScenario,
  markScenarioDone,
  myScenarios,
  readScenarioLink,
  readScenarioText,
  scenarioLink,
} from '../../src/persistence/scenario-files';
import {
  forgetProjectAside,
  keepProjectAside,
  projectKeptAside,
} from '../../src/persistence/storage';
import { succeeded } from '../domain/builders';
import { defaultProject } from '../support/builders';

const BASE = 'https://explorer.example/app/?plan=starter';

/** A scenario of one's own: the default Starter project embedded, one activation to do. */
function ownScenario(): Scenario {
  return {
    id: 'bring-back',
    title: 'Bring back the old theme',
    story: 'Activate it.',
    plan: 'starter',
    edition: '2.1',
    start: { project: projectToRecord(defaultProject('starter')), steps: [] },
    goals: [{ kind: 'status', env: 'feature-old-theme', status: 'active' }],
    hints: ['Press Activate.'],
    solution: [{ op: 'activate', args: { env: 'feature-old-theme' } }],
  };
}

beforeEach(() => localStorage.clear());

describe('scenario files and links', () => {
  it('a scenario link carries the scenario and its project, and reads back the same', async () => {
    const link = await scenarioLink(ownScenario(), BASE);
    expect(link).toMatch(/^https:\/\/explorer\.example\/app\/#scenario=/);
    const read = await readScenarioLink(new URL(link).hash);
    if (!('scenario' in read)) throw new Error(JSON.stringify(read.problems));
    expect(JSON.parse(scenarioFile(read.scenario))).toEqual(
      JSON.parse(scenarioFile(ownScenario())),
    );
  });

  it('a damaged link is refused, saying so', async () => {
    const read = await readScenarioLink('#scenario=%%%broken');
    expect(read).toEqual({
      problems: [
        { path: '', message: 'The scenario link is damaged or cut short: copy all of it.' },
      ],
    });
  });

  it('an embedded project is checked as an import is, with the path of the problem', () => {
    const file = JSON.parse(scenarioFile(ownScenario()));
    file.start.project.environments.staging.parentId = 'nowhere';
    const read = readScenarioText(JSON.stringify(file));
    expect('problems' in read && read.problems.map((p) => p.path)).toEqual([
      'start.project.environments.staging.parentId',
    ]);
  });

  it('keeps the scenarios done and the user’s own in the browser', () => {
    markScenarioDone('promote-pro');
    markScenarioDone('promote-pro');
    expect([...doneScenarios()]).toEqual(['promote-pro']);
    keepMyScenario(ownScenario());
    keepMyScenario({ ...ownScenario(), title: 'Renamed' });
    expect(myScenarios().map((s) => s.title)).toEqual(['Renamed']);
  });

  it('keeps the user’s own project while a scenario plays, and forgets it on leaving', async () => {
    const own = succeeded(
      branchEnvironment(defaultProject('starter'), { parent: 'staging', name: 'mine' }),
    ).project;
    expect(await keepProjectAside('scenario', own)).toBe(true);
    expect(await projectKeptAside('share')).toBeNull();
    const kept = await projectKeptAside('scenario');
    expect(kept?.environments).toEqual(own.environments);
    forgetProjectAside('scenario');
    expect(await projectKeptAside('scenario')).toBeNull();
  });

  it('reads a built-in scenario’s own file back as it is', () => {
    const scenario = builtInScenario('promote-pro');
    if (!scenario) throw new Error('missing');
    const read = readScenarioText(scenarioFile(scenario));
    if (!('scenario' in read)) throw new Error(JSON.stringify(read.problems));
    expect(JSON.parse(scenarioFile(read.scenario))).toEqual(JSON.parse(scenarioFile(scenario)));
  });
});
