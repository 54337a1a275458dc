import { fingerprint } from '../fingerprint';
import { roleRulesOf, rulesOf, SOURCES } from '../plans';
import {
  type EnvironmentId,
  type OperationResult,
  type Project,
  SNAPSHOT_DAYS,
  SNAPSHOT_SECONDS,
  type Snapshot,
} from '../types';
import {
  deployOf,
  dryRunOn,
  lookupEnvironment,
  type Operation,
  onEnvironment,
  refuse,
  succeed,
  withEnvironments,
} from './operation';

export type SnapshotArgs = Readonly<{ env: EnvironmentId }>;

/**
 * Takes a snapshot of an active environment's data and mounted files, restorable for 7
 * days (DOMAIN.md §6). Refused for an inactive environment and where the role has no
 * snapshots (Pro Staging and Production).
 */
export function snapshotEnvironment(project: Project, args: SnapshotArgs): OperationResult {
  const env = lookupEnvironment(project, args.env, true);
  if ('error' in env) return env;
  const role = roleRulesOf(project, env.role);
  if (!role.snapshots) {
    return refuse(
      'snapshot-forbidden',
      `${rulesOf(project).label}: no snapshots of ${env.id} (${role.label}); ask support about its backups instead.`,
    );
  }
  const at = project.clock + 1;
  const id = fingerprint(`${project.id}/${env.id}/${at}`).slice(0, 26);
  const taken: Snapshot = { id, environment: env.id, at, data: env.dataOrigin };
  return succeed(
    { ...project, snapshots: [...project.snapshots, taken] },
    {
      type: 'snapshot',
      environment: env.id,
      activity: `snapshot ${id} taken, restorable for 7 days`,
    },
    `Took snapshot ${id} of ${env.id}'s data and mounted files; it can be restored for ${SNAPSHOT_DAYS} days.`,
  );
}

/** Snapshot: a backup of data and mounted files. */
export const snapshot: Operation<SnapshotArgs> = {
  type: 'snapshot',
  perform: snapshotEnvironment,
  subject: onEnvironment,
  blockedOn: dryRunOn(snapshotEnvironment),
};

export type RestoreArgs = Readonly<{ env: EnvironmentId; snapshot: string }>;

/** The snapshots of an environment, newest first, each with whether it can still be restored. */
export function snapshotsOf(
  project: Project,
  env: EnvironmentId,
): { snapshot: Snapshot; restorable: boolean }[] {
  return project.snapshots
    .filter((s) => s.environment === env)
    .map((snapshot) => ({ snapshot, restorable: project.clock - snapshot.at <= SNAPSHOT_SECONDS }))
    .reverse();
}

/**
 * Restores a snapshot of an environment (DOMAIN.md §6): its data and mounted files are put
 * back as they were, the code stays, and the environment redeploys. Refused for an inactive
 * environment, a snapshot that is not this environment's, and one older than 7 days.
 */
export function restoreSnapshot(project: Project, args: RestoreArgs): OperationResult {
  const env = lookupEnvironment(project, args.env, true);
  if ('error' in env) return env;
  const snapshot = project.snapshots.find((s) => s.id === args.snapshot);
  if (!snapshot || snapshot.environment !== env.id) {
    return refuse(
      'no-snapshot',
      `${env.id} has no snapshot ${args.snapshot}: a snapshot restores only the environment it was taken of.`,
    );
  }
  if (project.clock - snapshot.at > SNAPSHOT_SECONDS) {
    return refuse(
      'snapshot-expired',
      `Snapshot ${snapshot.id} of ${env.id} is older than ${SNAPSHOT_DAYS} days and can no longer be restored (${SOURCES.S15}).`,
    );
  }
  const restored = { ...env, dataOrigin: snapshot.data };
  return succeed(
    withEnvironments(project, restored),
    {
      type: 'restore',
      environment: env.id,
      activity: `snapshot ${snapshot.id} restored`,
      deploy: deployOf(restored, `restored snapshot ${snapshot.id}`),
    },
    `Restored snapshot ${snapshot.id} of ${env.id}: its data and mounted files are back as they were; its code stays at ${env.head.slice(0, 7)}. It redeploys now.`,
  );
}

/** Restore snapshot: data and files back, code unchanged. */
export const restore: Operation<RestoreArgs> = {
  type: 'restore',
  perform: restoreSnapshot,
  subject: onEnvironment,
  blockedOn: (project, id) => {
    const env = lookupEnvironment(project, id, true);
    if ('error' in env) return env.error;
    return snapshotsOf(project, id).some((s) => s.restorable)
      ? null
      : {
          code: 'no-snapshot',
          message: `${id} has no snapshot taken in the last ${SNAPSHOT_DAYS} days.`,
        };
  },
};
