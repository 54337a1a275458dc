import { describe, expect, it } from 'vitest';
import { commitConfigChange } from '../../../src/domain/operations/commit-config-change';
import { completeTicket } from '../../../src/domain/operations/deploy-controls';
import { mergeEnvironment } from '../../../src/domain/operations/merge-environment';
import { redeployEnvironment } from '../../../src/domain/operations/redeploy-environment';
import { syncEnvironment } from '../../../src/domain/operations/sync-environment';
import { setVariableOn } from '../../../src/domain/operations/variables';
import { builtInScenario } from '../../../src/domain/scenarios/built-in-scenarios';
import { describeGoal, GOAL_KINDS, type Goal, goalMet } from '../../../src/domain/scenarios/goals';
import { playStep, scenarioStart } from '../../../src/domain/scenarios/play-scenario';
import { ENV_FILE, type Project } from '../../../src/domain/types';
import { variable } from '../../../src/domain/variable';
import { defaultProject } from '../../support/builders';
import { commitSetting, fileOn, started, succeeded } from '../builders';

const met = (goal: Goal, project: Project, since?: number) => goalMet(goal, project, since);

/** Pro with feature-checkout's RabbitMQ merged up to staging, where it waits for a ticket. */
function proWaitingOnStaging(): Project {
  const merged = succeeded(mergeEnvironment(defaultProject('pro'), { env: 'feature-checkout' }));
  return succeeded(mergeEnvironment(merged.project, { env: 'integration' })).project;
}

describe('goals', () => {
  it('lists every kind once', () => {
    expect(new Set(GOAL_KINDS).size).toBe(GOAL_KINDS.length);
  });

  describe('runs-service', () => {
    it('is met by a service deployed there, by type or by type and version', () => {
      const project = defaultProject('starter');
      expect(
        met({ kind: 'runs-service', env: 'feature-checkout', service: 'rabbitmq' }, project),
      ).toBe(true);
      expect(
        met({ kind: 'runs-service', env: 'feature-checkout', service: 'rabbitmq:3.5' }, project),
      ).toBe(true);
    });

    it('is not met by another version, another environment, or an inactive one', () => {
      const project = defaultProject('starter');
      expect(
        met({ kind: 'runs-service', env: 'feature-checkout', service: 'rabbitmq:3.7' }, project),
      ).toBe(false);
      expect(met({ kind: 'runs-service', env: 'staging', service: 'rabbitmq' }, project)).toBe(
        false,
      );
      expect(
        met({ kind: 'runs-service', env: 'feature-old-theme', service: 'mysql' }, project),
      ).toBe(false);
    });

    it('reads what runs, not the branch head: a change waiting for a ticket is not met', () => {
      const waiting = proWaitingOnStaging();
      const goal: Goal = { kind: 'runs-service', env: 'staging', service: 'rabbitmq:3.5' };
      expect(met(goal, waiting)).toBe(false);
      expect(met(goal, succeeded(completeTicket(waiting, { env: 'staging' })).project)).toBe(true);
    });
  });

  describe('runs-setting', () => {
    const goal = (value: unknown): Goal => ({
      kind: 'runs-setting',
      env: 'staging',
      file: ENV_FILE,
      path: ['stage', 'build', 'SCD_THREADS'],
      value: value as number,
    });

    it('is met by the value the running file has at the key path', () => {
      const project = defaultProject('starter');
      expect(met(goal(2), project)).toBe(true);
      const changed = commitSetting(
        project,
        'staging',
        ENV_FILE,
        ['stage', 'build', 'SCD_THREADS'],
        4,
      );
      expect(met(goal(4), changed)).toBe(true);
    });

    it('is not met by another value, nor by a push whose build failed', () => {
      const project = defaultProject('starter');
      expect(met(goal(4), project)).toBe(false);
      const text = fileOn(project, 'staging', ENV_FILE).replace(
        'SCD_THREADS: 2',
        'SCD_THREADS: 4\n        SCD_THREAD: 4',
      );
      const failed = succeeded(
        commitConfigChange(project, {
          env: 'staging',
          files: { [ENV_FILE]: text },
          message: 'typo',
        }),
      ).project;
      expect(failed.activity.at(-1)?.result).toBe('failure');
      expect(met(goal(4), failed)).toBe(false);
    });
  });

  describe('merged', () => {
    it("is met when the target's head holds the branch's head", () => {
      const project = defaultProject('starter');
      const after = succeeded(mergeEnvironment(project, { env: 'feature-checkout' })).project;
      expect(met({ kind: 'merged', from: 'feature-checkout', into: 'staging' }, after)).toBe(true);
      // staging's code is already in the branch made from it.
      expect(met({ kind: 'merged', from: 'staging', into: 'feature-checkout' }, project)).toBe(
        true,
      );
    });

    it('is not met before the merge, or for an environment that does not exist', () => {
      const project = defaultProject('starter');
      expect(met({ kind: 'merged', from: 'feature-checkout', into: 'staging' }, project)).toBe(
        false,
      );
      expect(met({ kind: 'merged', from: 'nope', into: 'staging' }, project)).toBe(false);
    });
  });

  describe('variable-value', () => {
    it('is met by the value the application sees: own, inherited, sensitive or from the app file', () => {
      const project = defaultProject('starter');
      expect(
        met(
          { kind: 'variable-value', env: 'staging', name: 'ADMIN_URL', value: 'admin_staging' },
          project,
        ),
      ).toBe(true);
      expect(
        met(
          {
            kind: 'variable-value',
            env: 'staging',
            name: 'ADMIN_PASSWORD',
            value: 'Live-Adm1n-Secret!',
          },
          project,
        ),
      ).toBe(true);
      expect(
        met(
          { kind: 'variable-value', env: 'master', name: 'env:ADMIN_LOCALE', value: 'en_US' },
          project,
        ),
      ).toBe(true);
      expect(met({ kind: 'variable-value', env: 'master', name: 'ADMIN_URL' }, project)).toBe(true);
    });

    it('is not met by another value, or by a value set upstream that has not been redeployed', () => {
      const project = defaultProject('starter');
      expect(
        met(
          { kind: 'variable-value', env: 'staging', name: 'ADMIN_URL', value: 'admin_live' },
          project,
        ),
      ).toBe(false);
      const changed = succeeded(
        setVariableOn(project, {
          env: 'staging',
          variable: variable('ADMIN_EMAIL', 'new@example.com'),
        }),
      ).project;
      const goal: Goal = {
        kind: 'variable-value',
        env: 'feature-checkout',
        name: 'ADMIN_EMAIL',
        value: 'new@example.com',
      };
      expect(met(goal, changed)).toBe(false);
      const redeployed = succeeded(
        redeployEnvironment(changed, { env: 'feature-checkout' }),
      ).project;
      expect(met(goal, redeployed)).toBe(true);
    });
  });

  describe('variable-unseen', () => {
    const braintree = 'CONFIG__DEFAULT__PAYMENT__BRAINTREE__ENVIRONMENT';

    it('is met below a non-inheritable variable, and where nothing runs', () => {
      const project = defaultProject('starter');
      expect(met({ kind: 'variable-unseen', env: 'staging', name: braintree }, project)).toBe(true);
      expect(
        met({ kind: 'variable-unseen', env: 'feature-old-theme', name: 'ADMIN_URL' }, project),
      ).toBe(true);
    });

    it('is not met where the application sees it', () => {
      const project = defaultProject('starter');
      expect(met({ kind: 'variable-unseen', env: 'master', name: braintree }, project)).toBe(false);
      expect(
        met({ kind: 'variable-unseen', env: 'staging', name: 'ADMIN_PASSWORD' }, project),
      ).toBe(false);
    });
  });

  describe('variable-flags', () => {
    it('is met by a variable set on the environment itself with the flags given', () => {
      const project = defaultProject('starter');
      const goal: Goal = {
        kind: 'variable-flags',
        env: 'master',
        name: 'ADMIN_PASSWORD',
        sensitive: true,
      };
      expect(met(goal, project)).toBe(true);
    });

    it('is not met by other flags, or by a variable only inherited', () => {
      const project = defaultProject('starter');
      expect(
        met(
          {
            kind: 'variable-flags',
            env: 'master',
            name: 'ADMIN_PASSWORD',
            sensitive: true,
            inheritable: false,
          },
          project,
        ),
      ).toBe(false);
      expect(met({ kind: 'variable-flags', env: 'staging', name: 'ADMIN_PASSWORD' }, project)).toBe(
        false,
      );
    });
  });

  describe('active-at-most', () => {
    it("counts every active environment, or only those the plan's limit counts", () => {
      const pro = defaultProject('pro');
      // master, production, staging, integration and feature-checkout; the limit counts the last two.
      expect(met({ kind: 'active-at-most', max: 2, counting: 'plan-limit' }, pro)).toBe(true);
      expect(met({ kind: 'active-at-most', max: 5, counting: 'all' }, pro)).toBe(true);
    });

    it('is not met above the number', () => {
      const pro = defaultProject('pro');
      expect(met({ kind: 'active-at-most', max: 1, counting: 'plan-limit' }, pro)).toBe(false);
      expect(met({ kind: 'active-at-most', max: 4, counting: 'all' }, pro)).toBe(false);
    });
  });

  describe('exists and status', () => {
    it('are met by the environment as it is', () => {
      const project = defaultProject('starter');
      expect(met({ kind: 'exists', env: 'feature-old-theme' }, project)).toBe(true);
      expect(met({ kind: 'status', env: 'feature-old-theme', status: 'inactive' }, project)).toBe(
        true,
      );
      expect(met({ kind: 'status', env: 'staging', status: 'active' }, project)).toBe(true);
    });

    it('are not met otherwise', () => {
      const project = defaultProject('starter');
      expect(met({ kind: 'exists', env: 'feature-new' }, project)).toBe(false);
      expect(met({ kind: 'status', env: 'feature-old-theme', status: 'active' }, project)).toBe(
        false,
      );
      expect(met({ kind: 'status', env: 'feature-new', status: 'inactive' }, project)).toBe(false);
    });
  });

  describe('deploy-succeeded', () => {
    const goal: Goal = { kind: 'deploy-succeeded', env: 'staging' };

    it('is met when the latest deploy succeeded, or nothing in the log says otherwise', () => {
      const project = defaultProject('starter');
      expect(met(goal, project)).toBe(true);
      expect(met(goal, succeeded(redeployEnvironment(project, { env: 'staging' })).project)).toBe(
        true,
      );
    });

    it('is not met while it runs, after it failed, or where nothing is deployed', () => {
      const project = defaultProject('starter');
      expect(met(goal, started(redeployEnvironment(project, { env: 'staging' })).project)).toBe(
        false,
      );
      const failing = playStep(project, {
        op: 'failNext',
        args: { env: 'staging', phase: 'deploy' },
      });
      const failed = playStep(failing.project, {
        op: 'redeploy',
        args: { env: 'staging' },
      }).project;
      expect(met(goal, failed)).toBe(false);
      expect(met({ kind: 'deploy-succeeded', env: 'feature-old-theme' }, project)).toBe(false);
    });
  });

  describe('no-ticket-waiting', () => {
    const goal: Goal = { kind: 'no-ticket-waiting', env: 'staging' };

    it('is met when nothing waits, and once the ticket is completed', () => {
      expect(met(goal, defaultProject('pro'))).toBe(true);
      const done = succeeded(completeTicket(proWaitingOnStaging(), { env: 'staging' })).project;
      expect(met(goal, done)).toBe(true);
    });

    it('is not met while a merged service change waits for a ticket', () => {
      expect(met(goal, proWaitingOnStaging())).toBe(false);
      expect(met({ kind: 'no-ticket-waiting', env: 'nope' }, defaultProject('pro'))).toBe(false);
    });
  });

  describe('data-from', () => {
    const goal: Goal = { kind: 'data-from', env: 'feature-checkout', from: 'staging' };

    it('is met by a copy of the data taken after the start', () => {
      const project = defaultProject('starter');
      const synced = succeeded(
        syncEnvironment(project, { env: 'feature-checkout', code: false, data: true }),
      ).project;
      expect(met(goal, synced, project.clock)).toBe(true);
    });

    it('is not met by a copy taken before the start, or from elsewhere', () => {
      const project = defaultProject('starter');
      expect(met(goal, project, project.clock)).toBe(false);
      const synced = succeeded(
        syncEnvironment(project, { env: 'staging', code: false, data: true }),
      ).project;
      expect(met({ kind: 'data-from', env: 'staging', from: 'feature-checkout' }, synced, 0)).toBe(
        false,
      );
    });
  });

  describe('activity', () => {
    const refusedBranch: Goal = {
      kind: 'activity',
      type: 'branch',
      env: 'production',
      result: 'refused',
    };

    it('is met by a refusal logged after the start, on the environment the request named', () => {
      const project = defaultProject('pro');
      const tried = playStep(project, {
        op: 'branch',
        args: { parent: 'production', name: 'fix' },
      });
      expect(tried.refused?.code).toBe('branch-forbidden');
      expect(met(refusedBranch, tried.project, project.clock)).toBe(true);
    });

    it('is met by a success on the environment that deployed', () => {
      const project = defaultProject('pro');
      const merged = playStep(project, { op: 'merge', args: { env: 'feature-checkout' } });
      const goal: Goal = { kind: 'activity', type: 'merge', env: 'integration', result: 'success' };
      expect(met(goal, merged.project, project.clock)).toBe(true);
    });

    it('is not met before the attempt, by an attempt before the start, or by another result', () => {
      const project = defaultProject('pro');
      expect(met(refusedBranch, project)).toBe(false);
      const tried = playStep(project, {
        op: 'branch',
        args: { parent: 'production', name: 'fix' },
      });
      expect(met(refusedBranch, tried.project, tried.project.clock)).toBe(false);
      expect(met({ ...refusedBranch, result: 'success' }, tried.project, project.clock)).toBe(
        false,
      );
    });
  });
});

describe('describeGoal', () => {
  it('reads as a checklist line', () => {
    expect(describeGoal({ kind: 'runs-service', env: 'staging', service: 'rabbitmq:3.5' })).toBe(
      'staging runs rabbitmq:3.5',
    );
    expect(describeGoal({ kind: 'merged', from: 'feature-x', into: 'staging' })).toBe(
      'feature-x is merged into staging',
    );
    expect(describeGoal({ kind: 'variable-unseen', env: 'staging', name: 'KEY' })).toBe(
      "staging's application does not see KEY",
    );
    expect(
      describeGoal({
        kind: 'variable-flags',
        env: 'master',
        name: 'KEY',
        sensitive: true,
        inheritable: false,
      }),
    ).toBe('master sets KEY, sensitive and not inheritable');
    expect(
      describeGoal({
        kind: 'runs-setting',
        env: 'production',
        file: ENV_FILE,
        path: ['stage', 'global', 'SCD_ON_DEMAND'],
        value: true,
      }),
    ).toBe('production runs .magento.env.yaml with stage.global.SCD_ON_DEMAND: true');
  });

  it('names the environment the log names for refusals and successes', () => {
    expect(
      describeGoal({ kind: 'activity', type: 'branch', env: 'production', result: 'refused' }),
    ).toBe('branching from production was refused');
    expect(
      describeGoal({ kind: 'activity', type: 'merge', env: 'staging', result: 'success' }),
    ).toBe('a merge into staging succeeded');
    expect(
      describeGoal({ kind: 'activity', type: 'commit', env: 'hotfix', result: 'success' }),
    ).toBe('a push to hotfix succeeded');
  });

  it("says what an active count counts, in the plan's words when it knows the plan", () => {
    expect(describeGoal({ kind: 'active-at-most', max: 4, counting: 'all' })).toBe(
      'at most 4 environments are active in all',
    );
    expect(
      describeGoal(
        { kind: 'active-at-most', max: 2, counting: 'plan-limit' },
        { plan: 'pro', edition: 'today' },
      ),
    ).toBe('at most 2 active in the Integration group (integration plus one more)');
  });

  it('never shows a value the goal does not name', () => {
    expect(describeGoal({ kind: 'variable-value', env: 'master', name: 'SECRET' })).toBe(
      "master's application sees SECRET",
    );
  });
});

describe('merged, for a branch made after the start', () => {
  it('is not met while the branch holds only its parent’s commits', () => {
    const scenario = builtInScenario('ship-feature-starter');
    if (!scenario) throw new Error('missing scenario');
    const start = scenarioStart(scenario);
    const branched = playStep(start, {
      op: 'branch',
      args: { parent: 'staging', name: 'feature-redis' },
    }).project;
    const goal = { kind: 'merged', from: 'feature-redis', into: 'master' } as const;
    expect(goalMet(goal, branched, start.clock)).toBe(false);
  });
});
