import { planRules, roleRules } from '../plans';
import type { EnvironmentId, OperationResult, Project } from '../types';
import {
  dryRunOn,
  lookupEnvironment,
  type Operation,
  onEnvironment,
  refuse,
  succeed,
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
  const role = roleRules(project.plan, env.role);
  if (!role.snapshots) {
    return refuse(
      'snapshot-forbidden',
      `${planRules(project.plan).label}: no snapshots of ${env.id} (${role.label}); ask support about its backups instead.`,
    );
  }
  return succeed(
    project,
    { type: 'snapshot', environment: env.id, activity: 'snapshot taken, restorable for 7 days' },
    `Took a snapshot of ${env.id}'s data and mounted files; it can be restored for 7 days.`,
  );
}

/** Snapshot: a backup of data and mounted files. */
export const snapshot: Operation<SnapshotArgs> = {
  type: 'snapshot',
  perform: snapshotEnvironment,
  subject: onEnvironment,
  blockedOn: dryRunOn(snapshotEnvironment),
};
