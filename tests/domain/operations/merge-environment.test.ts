import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mergeEnvironment } from '../../../src/domain/operations/merge-environment';
import { tableGet } from '../../../src/domain/table';
import { defaultProject, env, withEnvironment } from '../../support/builders';
import { commitSetting, fileOn, refused, succeeded } from '../builders';

describe('merge', () => {
  it('fast-forwards the parent when it is behind, and redeploys it', () => {
    const project = defaultProject('starter');
    const checkout = env(project, 'feature-checkout');
    const { project: after, message } = succeeded(
      mergeEnvironment(project, { env: 'feature-checkout' }),
    );
    expect(env(after, 'staging')).toMatchObject({
      head: checkout.head,
      deployed: checkout.head,
      deployState: { kind: 'deployed', label: 'deployed: merged feature-checkout', at: 1 },
    });
    expect(after.commits).toBe(project.commits);
    expect(message).toBe(
      'Merged feature-checkout into staging (a fast-forward). staging redeployed.',
    );
    expect(after.activity.at(-1)).toMatchObject({
      type: 'merge',
      environment: 'feature-checkout',
      result: 'success',
      message: 'merged into staging',
    });
  });

  it('moves code only: the parent keeps its variables and data', () => {
    const project = defaultProject('starter');
    const { project: after } = succeeded(mergeEnvironment(project, { env: 'feature-checkout' }));
    expect(env(after, 'staging').variables).toBe(env(project, 'staging').variables);
    expect(env(after, 'staging').dataOrigin).toEqual(env(project, 'staging').dataOrigin);
    expect(env(after, 'feature-checkout')).toBe(env(project, 'feature-checkout'));
  });

  it('creates a merge commit, parent head first, when both sides moved on', () => {
    const project = commitSetting(
      defaultProject('starter'),
      'staging',
      '.magento/services.yaml',
      ['redis', 'type'],
      'redis:3.2',
    );
    const stagingHead = env(project, 'staging').head;
    const checkoutHead = env(project, 'feature-checkout').head;
    const { project: after } = succeeded(mergeEnvironment(project, { env: 'feature-checkout' }));
    const head = tableGet(after.commits, env(after, 'staging').head);
    expect(head).toMatchObject({
      parents: [stagingHead, checkoutHead],
      message: "Merge branch 'feature-checkout' into staging",
      time: after.clock,
    });
    const services = parse(head?.files['.magento/services.yaml'] ?? '');
    expect(services.redis).toEqual({ type: 'redis:3.2' });
    expect(services.rabbitmq).toEqual({ type: 'rabbitmq:3.5', disk: 512 });
    expect(head?.files['.magento.app.yaml']).toBe(
      fileOn(project, 'feature-checkout', '.magento.app.yaml'),
    );
    expect(env(after, 'staging').deployed).toBe(head?.id);
  });

  it('refuses a conflict and names the setting', () => {
    const project = commitSetting(
      defaultProject('starter'),
      'staging',
      '.magento/services.yaml',
      ['rabbitmq'],
      {
        type: 'rabbitmq:3.7',
      },
    );
    expect(refused(mergeEnvironment(project, { env: 'feature-checkout' }))).toEqual({
      code: 'conflict',
      message:
        'Cannot merge feature-checkout into staging: both changed .magento/services.yaml: rabbitmq since they diverged. Make feature-checkout agree with staging there, then merge again.',
    });
  });

  it('refuses when there is nothing to merge', () => {
    const project = defaultProject('starter');
    expect(refused(mergeEnvironment(project, { env: 'staging' })).code).toBe('nothing-to-merge');
    const merged = succeeded(mergeEnvironment(project, { env: 'feature-checkout' })).project;
    expect(refused(mergeEnvironment(merged, { env: 'feature-checkout' }))).toEqual({
      code: 'nothing-to-merge',
      message: 'staging already has every commit of feature-checkout: nothing to merge.',
    });
  });

  it.each(['starter', 'pro'] as const)('refuses the root on %s', (plan) => {
    expect(refused(mergeEnvironment(defaultProject(plan), { env: 'master' }))).toEqual({
      code: 'no-parent',
      message: 'master is the root: there is no parent to merge it into.',
    });
  });

  it.each(['starter', 'pro'] as const)('refuses an inactive branch on %s', (plan) => {
    expect(refused(mergeEnvironment(defaultProject(plan), { env: 'feature-old-theme' }))).toEqual({
      code: 'inactive',
      message: 'feature-old-theme is inactive: activate it first.',
    });
  });

  it('refuses an inactive parent', () => {
    const project = withEnvironment(defaultProject('starter'), 'staging', { status: 'inactive' });
    expect(refused(mergeEnvironment(project, { env: 'feature-checkout' })).code).toBe(
      'parent-inactive',
    );
  });

  it('refuses an environment that does not exist', () => {
    expect(refused(mergeEnvironment(defaultProject('starter'), { env: 'nope' })).code).toBe(
      'not-found',
    );
  });

  it('deploys YAML changes on Starter production without a ticket', () => {
    let project = defaultProject('starter');
    project = succeeded(mergeEnvironment(project, { env: 'feature-checkout' })).project;
    project = succeeded(mergeEnvironment(project, { env: 'staging' })).project;
    expect(env(project, 'master')).toMatchObject({
      head: env(project, 'feature-checkout').head,
      deployed: env(project, 'feature-checkout').head,
      deployState: { kind: 'deployed' },
    });
  });

  it('on Pro, moves a YAML change from feature-checkout through integration to staging, where it waits for a ticket', () => {
    let project = defaultProject('pro');
    const initial = env(project, 'staging').deployed;
    const checkoutHead = env(project, 'feature-checkout').head;

    project = succeeded(mergeEnvironment(project, { env: 'feature-checkout' })).project;
    expect(env(project, 'integration')).toMatchObject({
      head: checkoutHead,
      deployed: checkoutHead,
      deployState: { kind: 'deployed', label: 'deployed: merged feature-checkout' },
    });

    const result = succeeded(mergeEnvironment(project, { env: 'integration' }));
    expect(env(result.project, 'staging')).toMatchObject({
      head: checkoutHead,
      deployed: initial,
      deployState: { kind: 'pending-ticket', label: 'pending: needs a support ticket', at: 2 },
    });
    expect(result.message).toContain('support ticket');

    const production = succeeded(mergeEnvironment(result.project, { env: 'staging' })).project;
    expect(env(production, 'production')).toMatchObject({
      head: checkoutHead,
      deployed: initial,
      deployState: { kind: 'pending-ticket' },
    });
  });

  it('on Pro, deploys staging at once when the merged code carries the config it already runs', () => {
    let project = defaultProject('pro');
    const services = fileOn(project, 'integration', '.magento/services.yaml');
    project = commitSetting(
      project,
      'integration',
      '.magento/services.yaml',
      ['redis', 'type'],
      'redis:3.2',
    );
    project = commitSetting(
      project,
      'integration',
      '.magento/services.yaml',
      ['redis', 'type'],
      'redis:3.0',
    );
    expect(fileOn(project, 'integration', '.magento/services.yaml')).toBe(services);
    const after = succeeded(mergeEnvironment(project, { env: 'integration' })).project;
    expect(env(after, 'staging')).toMatchObject({
      head: env(project, 'integration').head,
      deployed: env(project, 'integration').head,
      deployState: { kind: 'deployed', label: 'deployed: merged integration' },
    });
  });
});
