import type { EnvironmentId, OperationResult, Project } from '../types';
import {
  deployOf,
  dryRunOn,
  lookupEnvironment,
  type Operation,
  onEnvironment,
  succeed,
} from './operation';

export type RedeployArgs = Readonly<{ env: EnvironmentId }>;

/**
 * Deploys an active environment again without a code change (DOMAIN.md §6, §7): the build of
 * its tree is reused (a redeploy never rebuilds), the variables are the current ones, and a
 * change waiting for a support ticket keeps waiting.
 */
export function redeployEnvironment(project: Project, args: RedeployArgs): OperationResult {
  const env = lookupEnvironment(project, args.env, true);
  if ('error' in env) return env;
  return succeed(
    project,
    {
      type: 'redeploy',
      environment: env.id,
      activity: 'redeployed',
      deploy: deployOf(env, 'redeploy'),
    },
    `Redeploying ${env.id}: the same build again, with the variables as they are now.`,
  );
}

/** Redeploy: build and deploy again without a code change. */
export const redeploy: Operation<RedeployArgs> = {
  type: 'redeploy',
  perform: redeployEnvironment,
  subject: onEnvironment,
  blockedOn: dryRunOn(redeployEnvironment),
};
