import { describe, expect, it } from 'vitest';
import { branchEnvironment } from '../../../src/domain/operations/branch-environment';
import { syncEnvironment } from '../../../src/domain/operations/sync-environment';
import type { Project } from '../../../src/domain/types';
import { defaultProject, env, withEnvironment } from '../../support/builders';
import { commitSetting, refused, succeeded } from '../builders';

/** Starter with a fresh `feature-x` from staging, after which staging moved on. */
function starterBehind(): Project {
  const branched = succeeded(
    branchEnvironment(defaultProject('starter'), { parent: 'staging', name: 'feature-x' }),
  ).project;
  return commitSetting(
    branched,
    'staging',
    '.magento/services.yaml',
    ['redis', 'type'],
    'redis:3.2',
  );
}

describe('sync', () => {
  it("brings the parent's commits down as a fast-forward and redeploys", () => {
    const project = starterBehind();
    const { project: after, message } = succeeded(
      syncEnvironment(project, { env: 'feature-x', code: true, data: false }),
    );
    const head = env(project, 'staging').head;
    expect(env(after, 'feature-x')).toMatchObject({
      head,
      deployment: { commit: head, applied: head },
      dataOrigin: env(project, 'feature-x').dataOrigin,
      deployState: { kind: 'deployed', label: 'deployed: synced code from staging' },
    });
    expect(after.commits).toBe(project.commits);
    expect(message).toBe('Synced code of feature-x from staging; it redeploys now.');
    expect(after.activity.at(-1)).toMatchObject({
      type: 'sync',
      environment: 'feature-x',
      message: 'synced code from the parent',
    });
  });

  it("replaces the data with a fresh copy of the parent's, keeping the code", () => {
    const project = starterBehind();
    const { project: after } = succeeded(
      syncEnvironment(project, { env: 'feature-x', code: false, data: true }),
    );
    expect(env(after, 'feature-x')).toMatchObject({
      head: env(project, 'feature-x').head,
      dataOrigin: { from: 'staging', at: project.clock + 1 },
      deployState: { kind: 'deployed', label: 'deployed: synced data from staging' },
    });
    expect(after.activity.at(-1)?.message).toBe('synced data from the parent');
  });

  it('syncs code and data together', () => {
    const project = starterBehind();
    const { project: after } = succeeded(
      syncEnvironment(project, { env: 'feature-x', code: true, data: true }),
    );
    expect(env(after, 'feature-x')).toMatchObject({
      head: env(project, 'staging').head,
      dataOrigin: { from: 'staging', at: project.clock + 1 },
    });
    expect(after.activity.at(-1)?.message).toBe('synced code and data from the parent');
  });

  it('refuses code while the environment has commits not yet merged up, but syncs its data', () => {
    const project = defaultProject('starter');
    expect(
      refused(syncEnvironment(project, { env: 'feature-checkout', code: true, data: false })),
    ).toEqual({
      code: 'unmerged-commits',
      message:
        'feature-checkout has commits not yet merged into staging: merge them first, then sync code.',
    });
    expect(
      refused(syncEnvironment(project, { env: 'feature-checkout', code: true, data: true })).code,
    ).toBe('unmerged-commits');
    succeeded(syncEnvironment(project, { env: 'feature-checkout', code: false, data: true }));
  });

  it('refuses a code sync when the code is already up to date', () => {
    const branched = succeeded(
      branchEnvironment(defaultProject('starter'), { parent: 'staging', name: 'feature-x' }),
    ).project;
    expect(
      refused(syncEnvironment(branched, { env: 'feature-x', code: true, data: false })).code,
    ).toBe('nothing-to-sync');
  });

  it('refuses when neither code nor data is chosen', () => {
    expect(
      refused(syncEnvironment(starterBehind(), { env: 'feature-x', code: false, data: false }))
        .code,
    ).toBe('nothing-to-sync');
  });

  it.each(['starter', 'pro'] as const)('refuses the root on %s', (plan) => {
    expect(
      refused(syncEnvironment(defaultProject(plan), { env: 'master', code: true, data: true })),
    ).toEqual({
      code: 'no-parent',
      message: 'master is the root: there is no parent to sync it from.',
    });
  });

  it.each(['starter', 'pro'] as const)('refuses an inactive environment on %s', (plan) => {
    const project = defaultProject(plan);
    expect(
      refused(syncEnvironment(project, { env: 'feature-old-theme', code: false, data: true })).code,
    ).toBe('inactive');
  });

  it('refuses data from an inactive parent', () => {
    const project = withEnvironment(starterBehind(), 'staging', { status: 'inactive' });
    expect(
      refused(syncEnvironment(project, { env: 'feature-x', code: false, data: true })).code,
    ).toBe('parent-inactive');
  });

  it('syncs data from master into staging on Starter', () => {
    const { project } = succeeded(
      syncEnvironment(defaultProject('starter'), { env: 'staging', code: false, data: true }),
    );
    expect(env(project, 'staging').dataOrigin).toEqual({ from: 'master', at: 1 });
  });

  it('on Pro, refuses data from staging and production but syncs code from them', () => {
    let project = defaultProject('pro');
    expect(
      refused(syncEnvironment(project, { env: 'integration', code: false, data: true })),
    ).toEqual({
      code: 'data-sync-forbidden',
      message:
        'Pro: no data sync from staging: no data flows from Staging or Production into Integration (Magento Commerce Cloud 2.1: Pro architecture). Sync code only; integration keeps its own data.',
    });
    expect(refused(syncEnvironment(project, { env: 'staging', code: true, data: true })).code).toBe(
      'data-sync-forbidden',
    );
    project = commitSetting(
      project,
      'staging',
      '.magento/routes.yaml',
      ['http://{default}/', 'upstream'],
      'x:php',
    );
    const { project: after } = succeeded(
      syncEnvironment(project, { env: 'integration', code: true, data: false }),
    );
    expect(env(after, 'integration').head).toBe(env(project, 'staging').head);
  });

  it('on Pro, syncs data from integration into a development branch', () => {
    const { project } = succeeded(
      syncEnvironment(defaultProject('pro'), { env: 'feature-checkout', code: false, data: true }),
    );
    expect(env(project, 'feature-checkout').dataOrigin).toEqual({ from: 'integration', at: 1 });
  });
});
