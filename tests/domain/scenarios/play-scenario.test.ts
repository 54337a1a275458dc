import { describe, expect, it } from 'vitest';
import { BASE_ENV_YAML, BASE_SERVICES_YAML } from '../../../src/domain/defaults/config-texts';
import type { Invocation } from '../../../src/domain/operations/all-operations';
import { builtInScenario } from '../../../src/domain/scenarios/built-in-scenarios';
import {
  describeStep,
  playStep,
  scenarioProgress,
  scenarioStart,
  solutionSteps,
} from '../../../src/domain/scenarios/play-scenario';
import type { Scenario } from '../../../src/domain/scenarios/scenario-format';
import { ENV_FILE, type Project, SERVICES_FILE } from '../../../src/domain/types';
import { variable } from '../../../src/domain/variable';
import { defaultProject } from '../../support/builders';

function scenario(id: string): Scenario {
  const found = builtInScenario(id);
  if (!found) throw new Error(`no built-in scenario ${id}`);
  return found;
}

/** The project after playing `steps` from the scenario's start; every step must run. */
function played(from: Project, steps: readonly Invocation[]): Project {
  return steps.reduce((project, step) => {
    const outcome = playStep(project, step);
    if (outcome.refused) throw new Error(`${step.op} refused: ${outcome.refused.message}`);
    return outcome.project;
  }, from);
}

describe('playStep', () => {
  it('runs the operation and its deploys to their end', () => {
    const outcome = playStep(defaultProject('starter'), {
      op: 'merge',
      args: { env: 'feature-checkout' },
    });
    expect(outcome.refused).toBeNull();
    expect(outcome.project.activity.at(-1)).toMatchObject({ state: 'complete', result: 'success' });
  });

  it('logs a refusal as the store does: its type, the environment the request named', () => {
    const project = defaultProject('pro');
    const outcome = playStep(project, {
      op: 'branch',
      args: { parent: 'staging', name: 'hotfix' },
    });
    expect(outcome.refused?.code).toBe('branch-forbidden');
    expect(outcome.message).toBe(outcome.refused?.message);
    expect(outcome.project.environments).toBe(project.environments);
    expect(outcome.project.activity.at(-1)).toMatchObject({
      type: 'branch',
      environment: 'staging',
      result: 'refused',
    });
  });
});

describe('scenarioProgress', () => {
  it("counts operations since the start, not the start's own steps nor refusals", () => {
    const keep = scenario('keep-secret');
    const start = scenarioStart(keep);
    expect(start.activity.length).toBeGreaterThanOrEqual(3);
    expect(scenarioProgress(keep, start).steps).toBe(0);
    const refused = playStep(start, { op: 'deactivate', args: { env: 'master' } });
    expect(refused.refused).not.toBeNull();
    expect(scenarioProgress(keep, refused.project).steps).toBe(0);
    const redeployed = playStep(refused.project, { op: 'redeploy', args: { env: 'staging' } });
    expect(scenarioProgress(keep, redeployed.project)).toMatchObject({ steps: 1, fewest: 3 });
  });

  it('ticks goals off one by one, in the order the scenario lists them', () => {
    const keep = scenario('keep-secret');
    const secret = variable('STRIPE_SECRET_KEY', 'sk_live_51HxTrainingOnly0000', {
      sensitive: true,
      inheritable: false,
    });
    const after = played(scenarioStart(keep), [
      { op: 'setVariable', args: { env: 'master', variable: secret } },
      { op: 'redeploy', args: { env: 'staging' } },
    ]);
    const progress = scenarioProgress(keep, after);
    expect(progress.goals.map((g) => g.met)).toEqual([true, true, true, false]);
    expect(progress.goals[3]?.text).toBe(
      "feature-checkout's application does not see STRIPE_SECRET_KEY",
    );
    expect(progress.allMet).toBe(false);
  });
});

describe('solutionSteps', () => {
  it('plays the solution from the start, each step in words with the project after it', () => {
    const promote = scenario('promote-pro');
    const steps = solutionSteps(promote);
    expect(steps.map((s) => s.text)).toEqual([
      'Merge feature-checkout into integration',
      'Merge integration into staging',
      'Complete support ticket on staging',
      'Merge staging into production',
      'Complete support ticket on production',
    ]);
    const last = steps.at(-1)?.outcome.project;
    expect(last && scenarioProgress(promote, last).allMet).toBe(true);
  });

  it('shows an expected refusal as refused, the project unchanged but for the log', () => {
    const [first] = solutionSteps(scenario('hotfix-pro'));
    expect(first?.text).toBe('Branch hotfix-scd from production');
    expect(first?.outcome.refused?.code).toBe('branch-forbidden');
  });
});

describe('describeStep', () => {
  it('names the parent of a merge or sync when it has the project', () => {
    const step: Invocation = { op: 'sync', args: { env: 'staging', code: false, data: true } };
    expect(describeStep(step, defaultProject('starter'))).toBe("Sync staging's data from master");
    expect(describeStep(step)).toBe("Sync staging's data from its parent");
  });
});

// The goals are chosen so that the platform's workflow is the shortest way to meet them:
// each shortcut below meets some goals but not all.
describe('shortcuts do not meet the goals', () => {
  it('ship-feature-starter: committing on staging instead of a branch', () => {
    const ship = scenario('ship-feature-starter');
    const redis32 = BASE_SERVICES_YAML.replace('type: redis:3.0', 'type: redis:3.2');
    const after = played(scenarioStart(ship), [
      { op: 'commit', args: { env: 'staging', files: { [SERVICES_FILE]: redis32 }, message: '' } },
      { op: 'branch', args: { parent: 'staging', name: 'feature-redis' } },
      { op: 'merge', args: { env: 'staging' } },
    ]);
    const progress = scenarioProgress(ship, after);
    expect(progress.goals.filter((g) => !g.met).map((g) => g.text)).toEqual([
      'a push to feature-redis succeeded',
    ]);
  });

  it('hotfix-pro: committing on production itself', () => {
    const hotfix = scenario('hotfix-pro');
    const fix = BASE_ENV_YAML.replace('SCD_ON_DEMAND: false', 'SCD_ON_DEMAND: true');
    const after = played(scenarioStart(hotfix), [
      { op: 'branch', args: { parent: 'integration', name: 'hotfix-scd' } },
      { op: 'commit', args: { env: 'production', files: { [ENV_FILE]: fix }, message: '' } },
    ]);
    const progress = scenarioProgress(hotfix, after);
    // hotfix-scd holds no work of its own, so it is not "merged" either.
    expect(progress.goals.filter((g) => !g.met).map((g) => g.goal.kind)).toEqual([
      'activity',
      'activity',
      'merged',
    ]);
  });

  it('promote-pro: merging all the way without completing the tickets', () => {
    const promote = scenario('promote-pro');
    const after = played(scenarioStart(promote), [
      { op: 'merge', args: { env: 'feature-checkout' } },
      { op: 'merge', args: { env: 'integration' } },
      { op: 'merge', args: { env: 'staging' } },
    ]);
    expect(scenarioProgress(promote, after).goals.some((g) => g.met)).toBe(false);
  });

  it('fix-failed-deploy: a redeploy fails the same check again', () => {
    const fix = scenario('fix-failed-deploy');
    const after = played(scenarioStart(fix), [{ op: 'redeploy', args: { env: 'staging' } }]);
    expect(after.activity.at(-1)).toMatchObject({ type: 'redeploy', result: 'failure' });
    expect(scenarioProgress(fix, after).allMet).toBe(false);
  });

  it('keep-secret: changing the flags without redeploying the children', () => {
    const keep = scenario('keep-secret');
    const [change] = keep.solution;
    if (!change) throw new Error('keep-secret has no solution');
    const after = played(scenarioStart(keep), [change]);
    expect(scenarioProgress(keep, after).goals.map((g) => g.met)).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
