import { tableGet } from '../table';
import type { Environment, EnvironmentId, Project } from '../types';
import { type OperationFailure, refuse } from './refuse';

/**
 * The environment an operation names, or a refusal when it does not exist ('not-found') or,
 * with `mustBeActive`, is inactive ('inactive').
 */
export function lookupEnvironment(
  project: Project,
  id: EnvironmentId,
  mustBeActive = false,
): Environment | OperationFailure {
  const env = tableGet(project.environments, id);
  if (!env) return refuse('not-found', `There is no environment named "${id}".`);
  if (mustBeActive && env.status !== 'active') {
    return refuse('inactive', `${id} is inactive: activate it first.`);
  }
  return env;
}
