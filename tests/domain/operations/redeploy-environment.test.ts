import { describe, expect, it } from 'vitest';
import { mergeEnvironment } from '../../../src/domain/operations/merge-environment';
import { redeployEnvironment } from '../../../src/domain/operations/redeploy-environment';
import { defaultProject, env } from '../../support/builders';
import { refused, succeeded } from '../builders';

describe('redeploy', () => {
  it.each(['starter', 'pro'] as const)(
    'deploys an active environment on %s again, reusing its build',
    (plan) => {
      const project = defaultProject(plan);
      const { project: after, message } = succeeded(
        redeployEnvironment(project, { env: 'staging' }),
      );
      const staging = env(project, 'staging');
      expect(env(after, 'staging')).toMatchObject({
        head: staging.head,
        deployment: { commit: staging.head, applied: staging.head, maintenance: false },
        deployState: { kind: 'deployed', label: 'deployed: redeploy' },
      });
      expect(message).toBe(
        'Redeploying staging: the same build again, with the variables as they are now.',
      );
      const activity = after.activity.at(-1);
      expect(activity).toMatchObject({ type: 'redeploy', state: 'complete', result: 'success' });
      expect(activity?.deploy?.phases.map((p) => `${p.phase} ${p.result}`)).toEqual([
        'build skipped',
        'deploy success',
        'post_deploy success',
      ]);
    },
  );

  it.each(['starter', 'pro'] as const)('refuses an inactive environment on %s', (plan) => {
    expect(
      refused(redeployEnvironment(defaultProject(plan), { env: 'feature-old-theme' })),
    ).toEqual({
      code: 'inactive',
      message: 'feature-old-theme is inactive: activate it first.',
    });
  });

  it('leaves a configuration change that waits for a ticket waiting', () => {
    let project = defaultProject('pro');
    project = succeeded(mergeEnvironment(project, { env: 'feature-checkout' })).project;
    project = succeeded(mergeEnvironment(project, { env: 'integration' })).project;
    const { project: after } = succeeded(redeployEnvironment(project, { env: 'staging' }));
    expect(env(after, 'staging').deployment?.applied).toBe(
      env(project, 'staging').deployment?.applied,
    );
    expect(env(after, 'staging').deployState?.label).toMatch(/^deployed, a support ticket waits: /);
  });
});
