import { rulesOf, SOURCES } from '../plans';
import { childrenOf, environmentsWithout } from '../tree';
import type { EnvironmentId, OperationResult, Project } from '../types';
import {
  dryRunOn,
  lookupEnvironment,
  type Operation,
  onEnvironment,
  refuse,
  succeed,
} from './operation';

export type DeleteArgs = Readonly<{ env: EnvironmentId }>;

/**
 * Deletes an inactive branch from the project (DOMAIN.md §6); its commits stay in history.
 * Refused for the root, an active environment and one with children.
 */
export function deleteEnvironment(project: Project, args: DeleteArgs): OperationResult {
  const env = lookupEnvironment(project, args.env);
  if ('error' in env) return env;
  const plan = rulesOf(project);
  if (plan.provisioned && plan.fixedBranches.some((b) => b.id === env.id)) {
    return refuse(
      'provisioned',
      `${env.id} is one of the environments ${plan.label} provisions (${plan.fixedBranches.map((b) => b.id).join(', ')}): it cannot be deleted (${SOURCES.S3}).`,
    );
  }
  if (env.parentId === null) {
    return refuse('is-root', `${env.id} is the root environment and cannot be deleted.`);
  }
  if (env.status === 'active') {
    return refuse('is-active', `${env.id} is active: deactivate it first, then delete it.`);
  }
  const children = childrenOf(project, env.id);
  if (children.length > 0) {
    const ids = children.map((child) => child.id).join(', ');
    return refuse('has-children', `${env.id} has child environments (${ids}): delete them first.`);
  }
  return succeed(
    {
      ...project,
      environments: environmentsWithout(project.environments, env.id),
      // Its snapshots go with it.
      snapshots: project.snapshots.filter((s) => s.environment !== env.id),
    },
    { type: 'delete', environment: env.id, activity: 'branch deleted' },
    `Deleted ${env.id}; its commits stay in the history.`,
  );
}

/** Delete: an inactive branch leaves the project. */
export const deleteBranch: Operation<DeleteArgs> = {
  type: 'delete',
  perform: deleteEnvironment,
  subject: onEnvironment,
  blockedOn: dryRunOn(deleteEnvironment),
};
