import { describe, expect, it } from 'vitest';
import { deactivateEnvironment } from '../../../src/domain/operations/deactivate-environment';
import { defaultProject, env } from '../../support/builders';
import { refused, succeeded } from '../builders';

describe('deactivate', () => {
  it.each(['starter', 'pro'] as const)(
    'removes services and data on %s but keeps the branch and its code',
    (plan) => {
      const project = defaultProject(plan);
      const { project: after } = succeeded(
        deactivateEnvironment(project, { env: 'feature-checkout' }),
      );
      expect(env(after, 'feature-checkout')).toEqual({
        ...env(project, 'feature-checkout'),
        status: 'inactive',
        deployment: null,
        dataOrigin: null,
        deployState: null,
      });
      expect(after.activity.at(-1)).toMatchObject({
        type: 'deactivate',
        environment: 'feature-checkout',
        result: 'success',
      });
    },
  );

  it.each(['starter', 'pro'] as const)('refuses the root on %s', (plan) => {
    expect(refused(deactivateEnvironment(defaultProject(plan), { env: 'master' }))).toEqual({
      code: 'is-root',
      message: 'master is the root environment and cannot be deactivated.',
    });
  });

  it('refuses an environment with active children', () => {
    expect(refused(deactivateEnvironment(defaultProject('starter'), { env: 'staging' }))).toEqual({
      code: 'active-children',
      message: 'staging has active child environments (feature-checkout): deactivate them first.',
    });
    expect(refused(deactivateEnvironment(defaultProject('pro'), { env: 'integration' })).code).toBe(
      'active-children',
    );
  });

  it('deactivates a parent whose children are all inactive', () => {
    let project = defaultProject('starter');
    project = succeeded(deactivateEnvironment(project, { env: 'feature-checkout' })).project;
    project = succeeded(deactivateEnvironment(project, { env: 'staging' })).project;
    expect(env(project, 'staging').status).toBe('inactive');
  });

  it('refuses an environment that is already inactive', () => {
    expect(
      refused(deactivateEnvironment(defaultProject('starter'), { env: 'feature-old-theme' })).code,
    ).toBe('already-inactive');
  });
});
