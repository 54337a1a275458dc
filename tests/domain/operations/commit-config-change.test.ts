import { describe, expect, it } from 'vitest';
import {
  BASE_SERVICES_YAML,
  CHECKOUT_SERVICES_YAML,
} from '../../../src/domain/defaults/config-texts';
import { commitConfigChange } from '../../../src/domain/operations/commit-config-change';
import { tableGet } from '../../../src/domain/table';
import { defaultProject, env } from '../../support/builders';
import { fileOn, refused, succeeded } from '../builders';

const services = '.magento/services.yaml';

describe('commitConfigChange', () => {
  it('adds a commit on the environment that changes only the given files, and redeploys', () => {
    const project = defaultProject('starter');
    const before = env(project, 'staging');
    const { project: after, message } = succeeded(
      commitConfigChange(project, {
        env: 'staging',
        files: { [services]: CHECKOUT_SERVICES_YAML },
        message: 'Add RabbitMQ',
      }),
    );
    const head = tableGet(after.commits, env(after, 'staging').head);
    expect(head).toMatchObject({ parents: [before.head], message: 'Add RabbitMQ', time: 1 });
    expect(head?.files).toEqual({
      ...tableGet(project.commits, before.head)?.files,
      [services]: CHECKOUT_SERVICES_YAML,
    });
    expect(env(after, 'staging')).toMatchObject({
      deployment: { commit: head?.id, applied: head?.id },
      deployState: { kind: 'deployed', label: 'deployed: pushed "Add RabbitMQ"' },
    });
    expect(message).toBe('Pushed "Add RabbitMQ" to staging; it builds and deploys now.');
    expect(after.activity.at(-1)).toMatchObject({
      type: 'commit',
      environment: 'staging',
      state: 'complete',
      result: 'success',
      message: 'pushed "Add RabbitMQ"',
    });
  });

  it('names the changed files when the message is blank', () => {
    const { project } = succeeded(
      commitConfigChange(defaultProject('starter'), {
        env: 'staging',
        files: { [services]: CHECKOUT_SERVICES_YAML },
        message: '  ',
      }),
    );
    expect(tableGet(project.commits, env(project, 'staging').head)?.message).toBe(
      'Update .magento/services.yaml',
    );
  });

  it('refuses a file that does not parse, naming the file and line', () => {
    const broken = `${BASE_SERVICES_YAML}redis:\n    type: redis:5.0\n`;
    expect(
      refused(
        commitConfigChange(defaultProject('starter'), {
          env: 'staging',
          files: { [services]: broken },
          message: 'Two redis',
        }),
      ),
    ).toEqual({
      code: 'yaml-invalid',
      message:
        '.magento/services.yaml, line 12, column 1: Map keys must be unique. Fix the file, then commit again.',
    });
  });

  it('refuses when no file changes', () => {
    const project = defaultProject('starter');
    const error = refused(
      commitConfigChange(project, {
        env: 'staging',
        files: { [services]: fileOn(project, 'staging', services) },
        message: 'same',
      }),
    );
    expect(error.code).toBe('no-change');
  });

  it.each(['starter', 'pro'] as const)('refuses an inactive environment on %s', (plan) => {
    const error = refused(
      commitConfigChange(defaultProject(plan), {
        env: 'feature-old-theme',
        files: { [services]: CHECKOUT_SERVICES_YAML },
        message: 'x',
      }),
    );
    expect(error.code).toBe('inactive');
  });

  it('on Pro staging, deploys the new code but leaves the service change pending a support ticket', () => {
    const project = defaultProject('pro');
    const { project: after, message } = succeeded(
      commitConfigChange(project, {
        env: 'staging',
        files: { [services]: CHECKOUT_SERVICES_YAML },
        message: 'Add RabbitMQ',
      }),
    );
    const staging = env(after, 'staging');
    expect(staging.head).not.toBe(env(project, 'staging').head);
    // The code (and its tree) moved; the services applied are still those before it.
    expect(staging.deployment).toMatchObject({
      commit: staging.head,
      applied: env(project, 'staging').deployment?.applied,
    });
    expect(staging.deployState?.label).toMatch(/^deployed, a support ticket waits: /);
    expect(message).toContain('Pushed "Add RabbitMQ" to staging');
  });
});
