import { describe, expect, it } from 'vitest';
import { CHECKOUT_SERVICES_YAML } from '../../../src/domain/defaults/config-texts';
import { advanceClock, openActivities } from '../../../src/domain/deploy/activities';
import { pendingTicket } from '../../../src/domain/deploy/deployment';
import { commitConfigChange } from '../../../src/domain/operations/commit-config-change';
import {
  cancelActivity,
  completeTicket,
  failNextDeploy,
} from '../../../src/domain/operations/deploy-controls';
import { mergeEnvironment } from '../../../src/domain/operations/merge-environment';
import { redeployEnvironment } from '../../../src/domain/operations/redeploy-environment';
import { setVariableOn } from '../../../src/domain/operations/variables';
import { resolveServices } from '../../../src/domain/resolve-services';
import { resolveVariables } from '../../../src/domain/resolve-variables';
import { systemVariables } from '../../../src/domain/system-variables';
import type { ActivityEntry, DeployPhase, Project } from '../../../src/domain/types';
import { variable } from '../../../src/domain/variable';
import { defaultProject, env } from '../../support/builders';
import { editYaml, fileOn, refused, started, succeeded } from '../builders';

const services = '.magento/services.yaml';
const envYaml = '.magento.env.yaml';

function lastActivity(project: Project): ActivityEntry {
  const activity = project.activity.at(-1);
  if (!activity) throw new Error('no activity');
  return activity;
}

function phasesOf(project: Project): string[] {
  return (lastActivity(project).deploy?.phases ?? []).map((p) => `${p.phase} ${p.result}`);
}

function logOf(project: Project): string[] {
  return (lastActivity(project).deploy?.log ?? []).map((l) => l.text.trim());
}

function withFailure(project: Project, id: string, phase: DeployPhase): Project {
  return succeeded(failNextDeploy(project, { env: id, phase })).project;
}

function push(project: Project, id: string, file: string, text: string) {
  return commitConfigChange(project, {
    env: id,
    files: { [file]: text },
    message: `edit ${file}`,
  });
}

const TREE = (project: Project, id: string) =>
  systemVariables(project, id).find((v) => v.name === 'MAGENTO_CLOUD_TREE_ID')?.value;

describe('an activity', () => {
  it('goes pending, then in progress through build, deploy and post-deploy, then complete', () => {
    const queued = started(
      mergeEnvironment(defaultProject('starter'), { env: 'feature-checkout' }),
    );
    expect(lastActivity(queued.project)).toMatchObject({ state: 'pending', result: null });
    const begun = advanceClock(queued.project, queued.project.clock);
    expect(lastActivity(begun)).toMatchObject({ state: 'in_progress', result: null });
    const run = lastActivity(begun).deploy;
    if (!run?.maintenance) throw new Error('no deploy planned');
    expect(env(advanceClock(begun, run.maintenance.start), 'staging').deployState?.kind).toBe(
      'maintenance',
    );
    const post = run.phases.find((p) => p.phase === 'post_deploy');
    expect(env(advanceClock(begun, post?.start ?? 0), 'staging').deployState?.kind).toBe(
      'post-deploy',
    );
    const done = advanceClock(begun, post?.end ?? 0);
    expect(lastActivity(done)).toMatchObject({ state: 'complete', result: 'success' });
    expect(openActivities(done)).toEqual([]);
    expect(env(done, 'staging').deployState?.kind).toBe('deployed');
  });

  it('waits while its environment runs another, then starts when that one ends', () => {
    let project = started(
      mergeEnvironment(defaultProject('starter'), { env: 'feature-checkout' }),
    ).project;
    project = started(redeployEnvironment(project, { env: 'staging' })).project;
    project = advanceClock(project, project.clock);
    const [first, second] = openActivities(project);
    expect([first?.state, second?.state]).toEqual(['in_progress', 'pending']);
    const end = first?.deploy?.phases.at(-1)?.end ?? 0;
    project = advanceClock(project, end);
    expect(project.activity.find((a) => a.id === second?.id)).toMatchObject({
      state: 'in_progress',
      deploy: { startedAt: end },
    });
  });
});

describe('builds', () => {
  it('are reused for a tree already built: a redeploy never rebuilds', () => {
    const after = succeeded(redeployEnvironment(defaultProject('starter'), { env: 'staging' }));
    expect(phasesOf(after.project)[0]).toBe('build skipped');
    expect(logOf(after.project)).toContain('Slug already built for this tree id, skipping');
  });

  it('run for a new tree, and are reused for it afterwards', () => {
    const project = defaultProject('starter');
    const text = editYaml(fileOn(project, 'staging', services), ['redis', 'type'], 'redis:3.2');
    const pushed = succeeded(push(project, 'staging', services, text)).project;
    expect(phasesOf(pushed)[0]).toBe('build success');
    expect(logOf(pushed)).toContain('Executing build hook...');
    const again = succeeded(redeployEnvironment(pushed, { env: 'staging' })).project;
    expect(phasesOf(again)[0]).toBe('build skipped');
  });

  it('run again when a variable visible at build changes, not for a runtime-only one', () => {
    const project = defaultProject('starter');
    const runtimeOnly = variable('FLAG', 'on', { build: false });
    const atRuntime = succeeded(setVariableOn(project, { env: 'staging', variable: runtimeOnly }));
    expect(phasesOf(atRuntime.project)[0]).toBe('build skipped');
    const atBuild = succeeded(
      setVariableOn(project, { env: 'staging', variable: variable('FLAG', 'on') }),
    );
    expect(phasesOf(atBuild.project)[0]).toBe('build success');
  });
});

describe('a failed deploy', () => {
  it('in the build leaves the previous deploy running: no downtime, nothing new deployed', () => {
    const project = withFailure(defaultProject('starter'), 'staging', 'build');
    const before = env(project, 'staging').deployment;
    const text = editYaml(fileOn(project, 'staging', services), ['redis', 'type'], 'redis:3.2');
    const after = succeeded(push(project, 'staging', services, text)).project;
    expect(lastActivity(after)).toMatchObject({ state: 'complete', result: 'failure' });
    expect(phasesOf(after)).toEqual(['build failure']);
    expect(lastActivity(after).deploy?.maintenance).toBeNull();
    expect(env(after, 'staging').deployment).toEqual(before);
    expect(env(after, 'staging').deployState?.label).toBe('failed build: no downtime');
    expect(resolveServices(after, 'staging').services.find((s) => s.id === 'redis')?.type).toBe(
      'redis:3.0',
    );
    expect(env(after, 'staging').failNext).toBeNull();
  });

  it('chosen for the build waits through a redeploy, which does not build', () => {
    const project = withFailure(defaultProject('starter'), 'staging', 'build');
    const redeployed = succeeded(redeployEnvironment(project, { env: 'staging' })).project;
    expect(phasesOf(redeployed)).toEqual([
      'build skipped',
      'deploy success',
      'post_deploy success',
    ]);
    expect(env(redeployed, 'staging').failNext).toBe('build');
    const text = editYaml(fileOn(project, 'staging', services), ['redis', 'type'], 'redis:3.2');
    const pushed = succeeded(push(redeployed, 'staging', services, text)).project;
    expect(phasesOf(pushed)).toEqual(['build failure']);
    expect(env(pushed, 'staging').failNext).toBeNull();
  });

  it('in the deploy hook leaves the site in maintenance mode until a deploy succeeds', () => {
    const project = withFailure(defaultProject('starter'), 'staging', 'deploy');
    const failed = succeeded(redeployEnvironment(project, { env: 'staging' })).project;
    expect(phasesOf(failed)).toEqual(['build skipped', 'deploy failure']);
    expect(logOf(failed)).toEqual(
      expect.arrayContaining([
        'E: Failed to run deploy hook',
        'E: Error: Cannot complete deployment',
      ]),
    );
    expect(env(failed, 'staging').deployment?.maintenance).toBe(true);
    expect(env(failed, 'staging').deployState?.label).toBe('failed deploy: maintenance mode');
    const fixed = succeeded(redeployEnvironment(failed, { env: 'staging' })).project;
    expect(lastActivity(fixed).result).toBe('success');
    expect(env(fixed, 'staging').deployment?.maintenance).toBe(false);
  });

  it('in post-deploy is logged and the site stays up', () => {
    const project = withFailure(defaultProject('starter'), 'staging', 'post_deploy');
    const after = succeeded(redeployEnvironment(project, { env: 'staging' })).project;
    expect(phasesOf(after)).toEqual(['build skipped', 'deploy success', 'post_deploy failure']);
    expect(lastActivity(after).result).toBe('failure');
    expect(env(after, 'staging').deployment?.maintenance).toBe(false);
    expect(env(after, 'staging').deployState?.label).toBe('failed post-deploy: site up');
  });

  it('of ece-tools: an option the schema does not declare fails the build, with its line', () => {
    const project = defaultProject('starter');
    const text = 'stage:\n    deploy:\n        SCD_THREADZ: 4\n';
    const after = succeeded(push(project, 'staging', envYaml, text)).project;
    expect(phasesOf(after)).toEqual(['build failure']);
    expect(logOf(after)).toEqual(
      expect.arrayContaining([
        'CRITICAL: [10] Environment configuration is not valid. Correct the following items in your .magento.env.yaml file:',
        'The SCD_THREADZ variable is not allowed in configuration. (.magento.env.yaml, line 3)',
        '.magento.env.yaml contains an option that is not declared in the schema, or an option configured with an invalid value or stage.',
      ]),
    );
  });
});

describe('cancelling', () => {
  it('during the build stops it: nothing is deployed', () => {
    const project = defaultProject('starter');
    const text = editYaml(fileOn(project, 'staging', services), ['redis', 'type'], 'redis:3.2');
    const pushed = started(push(project, 'staging', services, text)).project;
    const building = advanceClock(pushed, pushed.clock + 5);
    const id = lastActivity(building).id;
    const cancelled = succeeded(cancelActivity(building, { activity: id })).project;
    expect(lastActivity(cancelled)).toMatchObject({ state: 'cancelled', result: 'failure' });
    expect(env(cancelled, 'staging').deployment).toEqual(env(project, 'staging').deployment);
  });

  it('is refused once the deploy phase has begun, in the platform’s words', () => {
    const pushed = started(
      redeployEnvironment(defaultProject('starter'), { env: 'staging' }),
    ).project;
    const begun = advanceClock(pushed, pushed.clock);
    const deployFrom =
      lastActivity(begun).deploy?.phases.find((p) => p.phase === 'deploy')?.start ?? 0;
    const deploying = advanceClock(begun, deployFrom + 1);
    expect(refused(cancelActivity(deploying, { activity: lastActivity(deploying).id }))).toEqual({
      code: 'past-build',
      message:
        'A deployment can only be cancelled during its build phase: staging is already deploying.',
    });
  });

  it('is refused for an activity that has ended', () => {
    const done = succeeded(
      redeployEnvironment(defaultProject('starter'), { env: 'staging' }),
    ).project;
    expect(refused(cancelActivity(done, { activity: lastActivity(done).id })).message).toBe(
      'The activity cannot be cancelled in its current state (complete).',
    );
  });
});

describe('variables take effect when the platform says so', () => {
  it('an environment variable redeploys that environment only; its children keep the old value', () => {
    const project = defaultProject('starter');
    const changed = variable('ADMIN_URL', 'admin_new');
    const after = succeeded(setVariableOn(project, { env: 'staging', variable: changed })).project;
    const row = (id: string) =>
      resolveVariables(after, id).find((r) => r.name === 'ADMIN_URL' && r.effective);
    expect(row('staging')).toMatchObject({ value: 'admin_new' });
    expect(row('staging')?.pendingRedeploy).toBeUndefined();
    // feature-checkout inherits it: configured now, running the value of its last deploy.
    expect(row('feature-checkout')).toMatchObject({
      value: 'admin_new',
      pendingRedeploy: { running: 'admin_staging', wasSet: true },
    });
    expect(env(after, 'feature-checkout')).toBe(env(project, 'feature-checkout'));
    const redeployed = succeeded(redeployEnvironment(after, { env: 'feature-checkout' })).project;
    expect(
      resolveVariables(redeployed, 'feature-checkout').find((r) => r.name === 'ADMIN_URL')
        ?.pendingRedeploy,
    ).toBeUndefined();
  });

  it('a project variable redeploys nothing', () => {
    const project = defaultProject('starter');
    const after = succeeded(
      setVariableOn(project, { env: null, variable: variable('NEW', '1') }),
    ).project;
    expect(lastActivity(after).deploy).toBeNull();
    for (const id of ['master', 'staging', 'feature-checkout']) {
      expect(env(after, id)).toBe(env(project, id));
      const row = resolveVariables(after, id).find((r) => r.name === 'NEW');
      expect(row?.pendingRedeploy).toEqual({ running: null, wasSet: false });
    }
  });
});

describe('a support ticket on Pro Staging', () => {
  function stagingWithRabbitmq(): Project {
    let project = defaultProject('pro');
    project = succeeded(mergeEnvironment(project, { env: 'feature-checkout' })).project;
    return succeeded(mergeEnvironment(project, { env: 'integration' })).project;
  }

  it('holds the service back while the code and its tree deploy', () => {
    const project = defaultProject('pro');
    const merged = stagingWithRabbitmq();
    expect(TREE(merged, 'staging')).not.toBe(TREE(project, 'staging'));
    expect(TREE(merged, 'staging')).toBe(TREE(merged, 'integration'));
    expect(
      pendingTicket(merged, env(merged, 'staging')).map((c) => `${c.kind} ${c.file} ${c.setting}`),
    ).toEqual(expect.arrayContaining(['added .magento/services.yaml rabbitmq']));
    expect(
      resolveServices(merged, 'staging').services.find((s) => s.id === 'rabbitmq')?.pending,
    ).toBe('added');
  });

  it('once completed, deploys the service', () => {
    const merged = stagingWithRabbitmq();
    const done = succeeded(completeTicket(merged, { env: 'staging' })).project;
    expect(lastActivity(done)).toMatchObject({
      type: 'ticket',
      state: 'complete',
      result: 'success',
    });
    expect(pendingTicket(done, env(done, 'staging'))).toEqual([]);
    expect(
      resolveServices(done, 'staging').services.find((s) => s.id === 'rabbitmq'),
    ).toMatchObject({
      type: 'rabbitmq:3.5',
      pending: null,
    });
  });

  it('is refused where nothing waits', () => {
    expect(refused(completeTicket(defaultProject('pro'), { env: 'staging' })).message).toBe(
      'Nothing waits for a support ticket on staging.',
    );
    expect(refused(completeTicket(defaultProject('pro'), { env: 'integration' })).code).toBe(
      'no-ticket',
    );
  });

  it('is not needed for a .magento.env.yaml change: it deploys at once', () => {
    const project = defaultProject('pro');
    const text = 'stage:\n    build:\n        SCD_THREADS: 2\n';
    const after = succeeded(push(project, 'staging', envYaml, text)).project;
    const staging = env(after, 'staging');
    expect(staging.deployment).toMatchObject({ commit: staging.head, applied: staging.head });
    expect(pendingTicket(after, staging)).toEqual([]);
  });

  it('is not needed to push a service to Pro Integration', () => {
    const after = succeeded(
      push(defaultProject('pro'), 'integration', services, CHECKOUT_SERVICES_YAML),
    ).project;
    expect(pendingTicket(after, env(after, 'integration'))).toEqual([]);
  });
});
