import type { EnvironmentId, OperationResult, Project } from '../types';
import { deployEnvironment } from './deploy-environment';
import { lookupEnvironment } from './lookup-environment';
import { succeed } from './succeed';
import { withEnvironments } from './with-environments';

export type RedeployArgs = Readonly<{ env: EnvironmentId }>;

/**
 * Rebuilds and deploys an active environment without a code change (DOMAIN.md §6). A
 * configuration change waiting for a support ticket keeps waiting.
 */
export function redeployEnvironment(project: Project, args: RedeployArgs): OperationResult {
  const env = lookupEnvironment(project, args.env, true);
  if ('error' in env) return env;
  const at = project.clock + 1;
  const { environment, summary } = deployEnvironment(project, env, env.head, 'rebuilt', at);
  return succeed(
    withEnvironments(project, environment),
    { type: 'redeploy', environment: env.id, activity: 'redeployed' },
    summary,
  );
}
