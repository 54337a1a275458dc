import { describe, expect, it } from 'vitest';
import {
  restoreSnapshot,
  snapshotEnvironment,
  snapshotsOf,
} from '../../../src/domain/operations/snapshot-environment';
import { syncEnvironment } from '../../../src/domain/operations/sync-environment';
import { SNAPSHOT_SECONDS } from '../../../src/domain/types';
import { defaultProject, env, withEnvironment } from '../../support/builders';
import { refused, succeeded } from '../builders';

describe('snapshot', () => {
  it.each(['master', 'staging', 'feature-checkout'])('snapshots %s on Starter', (id) => {
    const project = defaultProject('starter');
    const { project: after, message } = succeeded(snapshotEnvironment(project, { env: id }));
    expect(after.environments).toBe(project.environments);
    const [taken] = after.snapshots;
    expect(after.snapshots).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f]{26}$/),
        environment: id,
        at: after.clock,
        data: env(project, id).dataOrigin,
      },
    ]);
    expect(message).toBe(
      `Took snapshot ${taken?.id} of ${id}'s data and mounted files; it can be restored for 7 days.`,
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

describe('restore snapshot', () => {
  const taken = () => {
    const project = succeeded(
      snapshotEnvironment(defaultProject('starter'), { env: 'staging' }),
    ).project;
    const [snapshot] = project.snapshots;
    if (!snapshot) throw new Error('no snapshot');
    return { project, snapshot };
  };

  it('puts the data back as it was, keeps the code, redeploys, and lists the snapshot', () => {
    const { project, snapshot } = taken();
    // The data changes afterwards: a fresh copy of master's.
    const synced = succeeded(
      syncEnvironment(project, { env: 'staging', code: false, data: true }),
    ).project;
    expect(env(synced, 'staging').dataOrigin).not.toEqual(snapshot.data);
    expect(snapshotsOf(synced, 'staging')).toEqual([{ snapshot, restorable: true }]);
    const restored = succeeded(restoreSnapshot(synced, { env: 'staging', snapshot: snapshot.id }));
    expect(env(restored.project, 'staging').dataOrigin).toEqual(snapshot.data);
    expect(env(restored.project, 'staging').head).toBe(env(synced, 'staging').head);
    expect(restored.project.activity.at(-1)).toMatchObject({
      type: 'restore',
      state: 'complete',
      result: 'success',
    });
    expect(restored.message).toMatch(/its code stays at/);
  });

  it('refuses another environment’s snapshot, a missing one, and one older than 7 days', () => {
    const { project, snapshot } = taken();
    expect(refused(restoreSnapshot(project, { env: 'master', snapshot: snapshot.id })).code).toBe(
      'no-snapshot',
    );
    expect(refused(restoreSnapshot(project, { env: 'staging', snapshot: 'nope' })).code).toBe(
      'no-snapshot',
    );
    const later = { ...project, clock: snapshot.at + SNAPSHOT_SECONDS + 1 };
    expect(snapshotsOf(later, 'staging')).toEqual([{ snapshot, restorable: false }]);
    expect(refused(restoreSnapshot(later, { env: 'staging', snapshot: snapshot.id }))).toEqual({
      code: 'snapshot-expired',
      message: `Snapshot ${snapshot.id} of staging is older than 7 days and can no longer be restored (Magento Commerce Cloud 2.1: Snapshots and backups).`,
    });
    const exactly = { ...project, clock: snapshot.at + SNAPSHOT_SECONDS };
    expect('error' in restoreSnapshot(exactly, { env: 'staging', snapshot: snapshot.id })).toBe(
      false,
    );
  });

  it('refuses an inactive environment', () => {
    const project = succeeded(
      snapshotEnvironment(defaultProject('starter'), { env: 'feature-checkout' }),
    ).project;
    const off = withEnvironment(project, 'feature-checkout', {
      status: 'inactive',
      deployment: null,
    });
    const id = project.snapshots[0]?.id ?? '';
    expect(refused(restoreSnapshot(off, { env: 'feature-checkout', snapshot: id })).code).toBe(
      'inactive',
    );
  });
});
