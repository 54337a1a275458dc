import { roleRulesOf, rulesOf, SOURCES } from '../plans';
import { childrenOf } from '../tree';
import type { EnvironmentId, OperationResult, Project } from '../types';
import {
  busyRefusal,
  dryRunOn,
  lookupEnvironment,
  type Operation,
  onEnvironment,
  refuse,
  succeed,
  withEnvironments,
} from './operation';

export type DeactivateArgs = Readonly<{ env: EnvironmentId }>;

/**
 * Deactivates an environment ("delete" in the web UI, DOMAIN.md §6): its services and data
 * go, the branch and code stay. Refused for the root, an inactive environment and one with
 * active children.
 */
export function deactivateEnvironment(project: Project, args: DeactivateArgs): OperationResult {
  const env = lookupEnvironment(project, args.env);
  if ('error' in env) return env;
  const rules = roleRulesOf(project, env.role);
  if (!rules.canDeactivate) {
    return refuse(
      rules.dedicated ? 'dedicated' : 'provisioned',
      rules.dedicated
        ? `${env.id} runs on dedicated hardware the platform provisions (${rulesOf(project).label} ${rules.label}): it cannot be deactivated (${SOURCES.S3}).`
        : `${env.id} is provisioned by the platform (${rulesOf(project).label} ${rules.label}): it cannot be deactivated.`,
    );
  }
  if (env.parentId === null) {
    return refuse('is-root', `${env.id} is the root environment and cannot be deactivated.`);
  }
  if (env.status !== 'active') return refuse('already-inactive', `${env.id} is already inactive.`);
  const activeChildren = childrenOf(project, env.id).filter((child) => child.status === 'active');
  if (activeChildren.length > 0) {
    const ids = activeChildren.map((child) => child.id).join(', ');
    return refuse(
      'active-children',
      `${env.id} has active child environments (${ids}): deactivate them first.`,
    );
  }
  const busy = busyRefusal(project, env.id, 'deactivate');
  if (busy) return busy;
  return succeed(
    withEnvironments(project, {
      ...env,
      status: 'inactive',
      deployment: null,
      dataOrigin: null,
      deployState: null,
      failNext: null,
    }),
    { type: 'deactivate', environment: env.id, activity: 'deactivated: services and data removed' },
    `Deactivated ${env.id}: its services and data are gone; the branch and its code stay.`,
  );
}

/** Deactivate: services and data go, the branch stays. */
export const deactivate: Operation<DeactivateArgs> = {
  type: 'deactivate',
  perform: deactivateEnvironment,
  subject: onEnvironment,
  blockedOn: dryRunOn(deactivateEnvironment),
};
