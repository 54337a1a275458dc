import { describe, expect, it } from 'vitest';
import { mergeEnvironment } from '../../../src/domain/operations/merge-environment';
import { redeployEnvironment } from '../../../src/domain/operations/redeploy-environment';
import { defaultProject, env } from '../../support/builders';
import { refused, succeeded } from '../builders';

describe('redeploy', () => {
  it.each(['starter', 'pro'] as const)(
    'rebuilds an active environment on %s without a code change',
    (plan) => {
      const project = defaultProject(plan);
      const { project: after, message } = succeeded(
        redeployEnvironment(project, { env: 'staging' }),
      );
      expect(env(after, 'staging')).toEqual({
        ...env(project, 'staging'),
        deployState: { kind: 'deployed', label: 'deployed: rebuilt', at: 1 },
      });
      expect(message).toBe('staging redeployed.');
      expect(after.activity.at(-1)).toMatchObject({ type: 'redeploy', message: 'redeployed' });
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
    expect(env(after, 'staging')).toMatchObject({
      deployed: env(project, 'staging').deployed,
      deployState: { kind: 'pending-ticket', at: after.clock },
    });
  });
});
