import { copiesParentData, rulesOf } from '../plans';
import type { Environment, EnvironmentId, OperationResult, Project } from '../types';
import {
  activeLimitRefusal,
  deployOf,
  dryRunOn,
  lookupEnvironment,
  type Operation,
  onEnvironment,
  refuse,
  succeed,
  withEnvironments,
} from './operation';

export type ActivateArgs = Readonly<{ env: EnvironmentId }>;

/**
 * Activates an inactive environment (DOMAIN.md §6): deploys its head with a fresh copy of
 * the parent's data. Refused when already active, when the parent is inactive (it has no
 * data to copy), and when the active limit would be broken.
 */
export function activateEnvironment(project: Project, args: ActivateArgs): OperationResult {
  const env = lookupEnvironment(project, args.env);
  if ('error' in env) return env;
  if (env.status === 'active') return refuse('already-active', `${env.id} is already active.`);
  const parent = env.parentId === null ? null : lookupEnvironment(project, env.parentId);
  if (parent && 'error' in parent) return parent;
  if (parent && parent.status !== 'active') {
    return refuse(
      'parent-inactive',
      `${env.id} would take a copy of ${parent.id}'s data, but ${parent.id} is inactive: activate ${parent.id} first.`,
    );
  }

  const at = project.clock + 1;
  // No data flows from Pro Staging or Production into Integration (DOMAIN.md §3).
  const copies = parent !== null && copiesParentData(rulesOf(project), parent.role, env.role);
  const activated: Environment = {
    ...env,
    status: 'active',
    dataOrigin: parent ? { from: copies ? parent.id : null, at } : null,
  };
  const candidate = withEnvironments(project, activated);
  const overLimit = activeLimitRefusal(project, candidate, activated, `Activating ${env.id}`);
  if (overLimit) return overLimit;
  const copied = !parent
    ? ''
    : copies
      ? ` with a fresh copy of ${parent.id}'s data`
      : ` with an Integration database of its own (no data comes from ${parent.id})`;
  return succeed(
    candidate,
    {
      type: 'activate',
      environment: env.id,
      activity: `activated${copied}`,
      deploy: deployOf(activated, 'activated'),
    },
    `Activated ${env.id}${copied}: its services deploy now.`,
  );
}

/** Activate: deploys an inactive environment with a fresh copy of its parent's data. */
export const activate: Operation<ActivateArgs> = {
  type: 'activate',
  perform: activateEnvironment,
  subject: onEnvironment,
  blockedOn: dryRunOn(activateEnvironment),
};
