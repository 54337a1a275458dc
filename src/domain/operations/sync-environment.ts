import { isAncestor } from '../git/commit-graph';
import { roleRulesOf, rulesOf, SOURCES } from '../plans';
import type { EnvironmentId, OperationResult, Project } from '../types';
import {
  deployOf,
  lookupEnvironment,
  lookupParent,
  type Operation,
  onEnvironment,
  refuse,
  succeed,
  withEnvironments,
} from './operation';

export type SyncArgs = Readonly<{ env: EnvironmentId; code: boolean; data: boolean }>;

/**
 * Syncs an environment from its parent (DOMAIN.md §6): code brings the parent's commits down,
 * data replaces its databases and files with a copy of the parent's; it then redeploys.
 * Code sync is refused while the environment has commits not merged up, which makes it
 * always a fast-forward. Data sync is refused from an inactive parent (it has no data)
 * and from a role the plan allows no data sync from.
 */
export function syncEnvironment(project: Project, args: SyncArgs): OperationResult {
  const env = lookupEnvironment(project, args.env, true);
  if ('error' in env) return env;
  const parent = lookupParent(project, env, 'sync it from');
  if ('error' in parent) return parent;
  if (!args.code && !args.data) {
    return refuse(
      'nothing-to-sync',
      `You must synchronize at least code or data: choose code, data or both to sync ${env.id} from ${parent.id}.`,
    );
  }
  if (args.data && parent.status !== 'active') {
    return refuse(
      'parent-inactive',
      `${parent.id} is inactive and has no data to copy: activate it first, or sync code only.`,
    );
  }
  if (args.data && !roleRulesOf(project, parent.role).dataSyncFrom) {
    return refuse(
      'data-sync-forbidden',
      `${rulesOf(project).label}: no data sync from ${parent.id}: no data flows from Staging or Production into Integration (${SOURCES.S3}). Sync code only; ${env.id} keeps its own data.`,
    );
  }
  if (args.data && !roleRulesOf(project, env.role).dataSyncInto) {
    return refuse(
      'data-sync-forbidden',
      `${rulesOf(project).label}: no data sync into ${env.id}: it runs on dedicated hardware, whose data the platform does not overwrite from ${parent.id} (${SOURCES.S14}). Sync code only.`,
    );
  }
  if (args.code && !isAncestor(project.commits, env.head, parent.head)) {
    return refuse(
      'unmerged-commits',
      `${env.id} has commits not yet merged into ${parent.id}: merge them first, then sync code.`,
    );
  }
  if (args.code && !args.data && env.head === parent.head) {
    return refuse(
      'nothing-to-sync',
      `${env.id} already has all of ${parent.id}'s code: nothing to sync.`,
    );
  }

  const at = project.clock + 1;
  const what = args.code && args.data ? 'code and data' : args.code ? 'code' : 'data';
  const head = args.code ? parent.head : env.head;
  const synced = { ...env, head, ...(args.data ? { dataOrigin: { from: parent.id, at } } : {}) };
  return succeed(
    withEnvironments(project, synced),
    {
      type: 'sync',
      environment: env.id,
      activity: `synced ${what} from the parent`,
      deploy: deployOf(synced, `synced ${what} from ${parent.id}`),
    },
    `Synced ${what} of ${env.id} from ${parent.id}; it redeploys now.`,
  );
}

/** Sync: code and/or data down from the parent. */
export const sync: Operation<SyncArgs> = {
  type: 'sync',
  perform: syncEnvironment,
  subject: onEnvironment,
  // Blocked only when neither code nor data can come down.
  blockedOn: (project, env) => {
    const code = syncEnvironment(project, { env, code: true, data: false });
    const data = syncEnvironment(project, { env, code: false, data: true });
    return 'error' in code && 'error' in data ? code.error : null;
  },
};
