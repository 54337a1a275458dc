import { roleRulesOf, rulesOf, SOURCES } from '../plans';
import { tableValues } from '../table';
import { ancestorsOf } from '../tree';
import type { EnvironmentId, OperationResult, Project } from '../types';
import {
  lookupEnvironment,
  type Operation,
  onEnvironment,
  refuse,
  succeed,
  withEnvironments,
} from './operation';

export type ChangeParentArgs = Readonly<{ env: EnvironmentId; parent: EnvironmentId }>;

/**
 * Makes `parent` the environment's merge and sync target (DOMAIN.md §6, S13 "change
 * parent"); code, data and deployment stay as they are, and nothing redeploys. Refused for
 * the root, a parent that is the environment itself or below it (a cycle), a parent the
 * plan keeps branches away from (Pro master, production and staging), and an inactive
 * parent for an active environment.
 */
export function changeParent(project: Project, args: ChangeParentArgs): OperationResult {
  const env = lookupEnvironment(project, args.env);
  if ('error' in env) return env;
  if (env.parentId === null) {
    return refuse('is-root', `${env.id} is the root of the project: it has no parent to change.`);
  }
  const parent = lookupEnvironment(project, args.parent);
  if ('error' in parent) return parent;
  if (parent.id === env.parentId) {
    return refuse('no-change', `${parent.id} is already the parent of ${env.id}.`);
  }
  if (parent.id === env.id || ancestorsOf(project, parent.id).some((a) => a.id === env.id)) {
    return refuse(
      'cycle',
      `${parent.id} is ${parent.id === env.id ? `${env.id} itself` : `below ${env.id}`}: a parent cannot be one of its own descendants. Choose an environment outside ${env.id}'s branch.`,
    );
  }
  const plan = rulesOf(project);
  if (!plan.childRole[parent.role] || !roleRulesOf(project, parent.role).canBranchFrom) {
    return refuse(
      'parent-forbidden',
      `${plan.label}: ${parent.id} cannot be a parent; work hangs below ${plan.branchFromHint} (${SOURCES[plan.source]}).`,
    );
  }
  if (env.status === 'active' && parent.status !== 'active') {
    return refuse(
      'parent-inactive',
      `${env.id} is active and ${parent.id} is not: an active environment hangs only under an active one. Activate ${parent.id} first.`,
    );
  }
  const from = env.parentId;
  return succeed(
    // Its type stays: Starter's staging is staging wherever it hangs.
    withEnvironments(project, { ...env, parentId: parent.id }),
    {
      type: 'change-parent',
      environment: env.id,
      activity: `parent changed from ${from} to ${parent.id}`,
    },
    `${env.id} now merges into and syncs from ${parent.id} (was ${from}); its code, data and deployment stay as they are.`,
  );
}

/** Change parent: a new merge and sync target. */
export const reparent: Operation<ChangeParentArgs> = {
  type: 'change-parent',
  perform: changeParent,
  subject: onEnvironment,
  // Whether any environment could be its parent: O(n · depth).
  blockedOn: (project, id) => {
    let reason: string | null = null;
    for (const candidate of tableValues(project.environments)) {
      const result = changeParent(project, { env: id, parent: candidate.id });
      if (!('error' in result)) return null;
      const { code } = result.error;
      if (code === 'is-root' || code === 'not-found') return result.error;
      if (code !== 'no-change' && code !== 'cycle') reason ??= result.error.message;
    }
    return {
      code: 'no-parent-choice',
      message: `No other environment can be ${id}'s parent${reason ? `: ${reason}` : '.'}`,
    };
  },
};
