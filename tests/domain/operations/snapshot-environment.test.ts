import { describe, expect, it } from 'vitest';
import { snapshotEnvironment } from '../../../src/domain/operations/snapshot-environment';
import { defaultProject } from '../../support/builders';
import { refused, succeeded } from '../builders';

describe('snapshot', () => {
  it.each(['master', 'staging', 'feature-checkout'])('snapshots %s on Starter', (id) => {
    const project = defaultProject('starter');
    const { project: after, message } = succeeded(snapshotEnvironment(project, { env: id }));
    expect(after.environments).toBe(project.environments);
    expect(message).toBe(
      `Took a snapshot of ${id}'s data and mounted files; it can be restored for 7 days.`,
    );
    expect(after.activity.at(-1)).toMatchObject({
      type: 'snapshot',
      environment: id,
      result: 'success',
    });
  });

  it.each(['master', 'integration', 'feature-checkout'])('snapshots %s on Pro', (id) => {
    succeeded(snapshotEnvironment(defaultProject('pro'), { env: id }));
  });

  it.each([
    ['staging', 'Staging'],
    ['production', 'Production'],
  ])('refuses %s on Pro', (id, label) => {
    expect(refused(snapshotEnvironment(defaultProject('pro'), { env: id }))).toEqual({
      code: 'snapshot-forbidden',
      message: `Pro: no snapshots of ${id} (${label}); ask support about its backups instead.`,
    });
  });

  it.each(['starter', 'pro'] as const)('refuses an inactive environment on %s', (plan) => {
    expect(
      refused(snapshotEnvironment(defaultProject(plan), { env: 'feature-old-theme' })).code,
    ).toBe('inactive');
  });
});
