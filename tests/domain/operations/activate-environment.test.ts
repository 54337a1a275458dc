import { describe, expect, it } from 'vitest';
import { activateEnvironment } from '../../../src/domain/operations/activate-environment';
import { branchEnvironment } from '../../../src/domain/operations/branch-environment';
import { deactivateEnvironment } from '../../../src/domain/operations/deactivate-environment';
import type { Project } from '../../../src/domain/types';
import { defaultProject, env } from '../../support/builders';
import { refused, succeeded } from '../builders';

function branchAll(project: Project, parent: string, names: string[]): Project {
  return names.reduce(
    (current, name) => succeeded(branchEnvironment(current, { parent, name })).project,
    project,
  );
}

describe('activate', () => {
  it.each(['starter', 'pro'] as const)(
    "deploys an inactive environment on %s with a fresh copy of its parent's data",
    (plan) => {
      const project = defaultProject(plan);
      const parent = plan === 'starter' ? 'staging' : 'integration';
      const { project: after, message } = succeeded(
        activateEnvironment(project, { env: 'feature-old-theme' }),
      );
      const head = env(project, 'feature-old-theme').head;
      expect(env(after, 'feature-old-theme')).toMatchObject({
        status: 'active',
        deployment: { commit: head, applied: head, maintenance: false },
        dataOrigin: { from: parent, at: 1 },
        deployState: { kind: 'deployed', label: 'deployed: activated' },
      });
      expect(message).toBe(
        `Activated feature-old-theme with a fresh copy of ${parent}'s data: its services deploy now.`,
      );
      expect(after.activity.at(-1)).toMatchObject({
        type: 'activate',
        environment: 'feature-old-theme',
        state: 'complete',
        result: 'success',
      });
    },
  );

  it('refuses on Starter when it would make 5 active environments', () => {
    const full = branchAll(defaultProject('starter'), 'staging', ['a']);
    expect(refused(activateEnvironment(full, { env: 'feature-old-theme' }))).toEqual({
      code: 'active-limit',
      message:
        'Activating feature-old-theme would make 5 active environments, master included; Starter allows 4 (Magento Commerce Cloud 2.1: Cloud plans). Deactivate one first, or push the branch instead: a pushed branch stays inactive.',
    });
  });

  it('refuses on Pro when the Integration group already has 5 active', () => {
    const full = branchAll(defaultProject('pro'), 'integration', ['a', 'b', 'c']);
    expect(refused(activateEnvironment(full, { env: 'feature-old-theme' })).code).toBe(
      'active-limit',
    );
    const freed = succeeded(deactivateEnvironment(full, { env: 'a' })).project;
    succeeded(activateEnvironment(freed, { env: 'feature-old-theme' }));
  });

  it('refuses when the parent is inactive', () => {
    let project = branchAll(defaultProject('starter'), 'feature-checkout', ['child']);
    project = succeeded(deactivateEnvironment(project, { env: 'child' })).project;
    project = succeeded(deactivateEnvironment(project, { env: 'feature-checkout' })).project;
    expect(refused(activateEnvironment(project, { env: 'child' }))).toEqual({
      code: 'parent-inactive',
      message:
        "child would take a copy of feature-checkout's data, but feature-checkout is inactive: activate feature-checkout first.",
    });
  });

  it('refuses an environment that is already active', () => {
    expect(refused(activateEnvironment(defaultProject('pro'), { env: 'staging' })).code).toBe(
      'already-active',
    );
  });
});
