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
      deployment: { commit: checkout.head, applied: checkout.head, maintenance: false },
      deployState: { kind: 'deployed', label: 'deployed: merged feature-checkout' },
    });
    expect(after.commits).toBe(project.commits);
    expect(message).toBe(
      'Merged feature-checkout into staging (a fast-forward); staging builds and deploys now.',
    );
    // The activity is staging's: it is the environment that builds and deploys.
    expect(after.activity.at(-1)).toMatchObject({
      type: 'merge',
      environment: 'staging',
      state: 'complete',
      result: 'success',
      message: 'feature-checkout merged into staging',
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
      time: project.clock + 1,
    });
    const services = parse(head?.files['.magento/services.yaml'] ?? '');
    expect(services.redis).toEqual({ type: 'redis:3.2' });
    expect(services.rabbitmq).toEqual({ type: 'rabbitmq:3.5', disk: 512 });
    expect(head?.files['.magento.app.yaml']).toBe(
      fileOn(project, 'feature-checkout', '.magento.app.yaml'),
    );
    expect(env(after, 'staging').deployment?.commit).toBe(head?.id);
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
      message:
        'master is the root: there is no parent to merge it into. The CLI answers: "Operation not available: The environment master can\'t be merged."',
    });
  });

  it.each(['starter', 'pro'] as const)('refuses an inactive branch on %s', (plan) => {
    expect(refused(mergeEnvironment(defaultProject(plan), { env: 'feature-old-theme' }))).toEqual({
      code: 'inactive',
      message:
        'feature-old-theme is inactive: activate it first. The CLI answers: "Operation not available: The environment feature-old-theme can\'t be merged."',
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
    const head = env(project, 'feature-checkout').head;
    expect(env(project, 'master')).toMatchObject({
      head,
      deployment: { commit: head, applied: head },
      deployState: { kind: 'deployed' },
    });
  });

  it('on Pro, moves a YAML change from feature-checkout through integration to staging, where it waits for a ticket', () => {
    let project = defaultProject('pro');
    const initial = env(project, 'staging').deployment?.applied;
    const checkoutHead = env(project, 'feature-checkout').head;

    project = succeeded(mergeEnvironment(project, { env: 'feature-checkout' })).project;
    expect(env(project, 'integration')).toMatchObject({
      head: checkoutHead,
      deployment: { commit: checkoutHead, applied: checkoutHead },
      deployState: { kind: 'deployed', label: 'deployed: merged feature-checkout' },
    });

    // The code, and with it the tree, reaches staging; the new service waits for a ticket.
    const result = succeeded(mergeEnvironment(project, { env: 'integration' }));
    expect(env(result.project, 'staging')).toMatchObject({
      head: checkoutHead,
      deployment: { commit: checkoutHead, applied: initial },
      deployState: {
        kind: 'deployed',
        label: 'deployed, a support ticket waits: merged integration',
      },
    });

    const production = succeeded(mergeEnvironment(result.project, { env: 'staging' })).project;
    expect(env(production, 'production')).toMatchObject({
      head: checkoutHead,
      deployment: { commit: checkoutHead, applied: initial },
    });
  });

  it('on Pro, deploys staging at once when the merged code carries the config it already runs', () => {
    let project = defaultProject('pro');
    const services = fileOn(project, 'integration', '.magento/services.yaml');
    // A service added and removed again: the code moved on, the services did not.
    project = commitSetting(project, 'integration', '.magento/services.yaml', ['solr'], {
      type: 'solr:4.10',
    });
    project = commitSetting(project, 'integration', '.magento/services.yaml', ['solr'], undefined);
    expect(fileOn(project, 'integration', '.magento/services.yaml')).toBe(services);
    const after = succeeded(mergeEnvironment(project, { env: 'integration' })).project;
    const head = env(project, 'integration').head;
    expect(env(after, 'staging')).toMatchObject({
      head,
      deployment: { commit: head, applied: head },
      deployState: { kind: 'deployed', label: 'deployed: merged integration' },
    });
  });
});
