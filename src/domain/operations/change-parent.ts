import { roleRulesOf, rulesOf, SOURCES } from '../plans';
import { tableValues } from '../table';
import { ancestorsOf, childIds } from '../tree';
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
  return changeParentUnless(project, args, (parent, id) =>
    ancestorsOf(project, parent).some((a) => a.id === id),
  );
}

/** `changeParent`, with the cycle test (whether `parent` is below `id`) given. */
function changeParentUnless(
  project: Project,
  args: ChangeParentArgs,
  isBelow: (parent: EnvironmentId, id: EnvironmentId) => boolean,
): OperationResult {
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
  if (parent.id === env.id || isBelow(parent.id, env.id)) {
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

/** The ids of every environment below `id` (its children, theirs, and so on). */
function branchBelow(project: Project, id: EnvironmentId): Set<EnvironmentId> {
  const below = new Set<EnvironmentId>();
  const stack = [...childIds(project.environments, id)];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (below.has(next)) continue;
    below.add(next);
    stack.push(...childIds(project.environments, next));
  }
  return below;
}

/** Change parent: a new merge and sync target. */
export const reparent: Operation<ChangeParentArgs> = {
  type: 'change-parent',
  perform: changeParent,
  subject: onEnvironment,
  // Whether any environment could be its parent: one walk down the environment's branch
  // answers the cycle test for every candidate, so O(n) rather than O(n · depth).
  blockedOn: (project, id) => {
    const below = branchBelow(project, id);
    const isBelow = (parent: EnvironmentId) => below.has(parent);
    let reason: string | null = null;
    for (const candidate of tableValues(project.environments)) {
      const result = changeParentUnless(project, { env: id, parent: candidate.id }, isBelow);
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
