import type { EnvironmentId, OperationResult, Project } from '../types';
import { deployEnvironment } from './deploy-environment';
import {
  dryRunOn,
  lookupEnvironment,
  type Operation,
  onEnvironment,
  succeed,
  withEnvironments,
} from './operation';

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

/** Redeploy: build and deploy again without a code change. */
export const redeploy: Operation<RedeployArgs> = {
  type: 'redeploy',
  perform: redeployEnvironment,
  subject: onEnvironment,
  blockedOn: dryRunOn(redeployEnvironment),
};
