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
  // Own keys only: a branch may well be called "constructor".
  const env = Object.hasOwn(project.environments, id) ? project.environments[id] : undefined;
  if (!env) return refuse('not-found', `There is no environment named "${id}".`);
  if (mustBeActive && env.status !== 'active') {
    return refuse('inactive', `${id} is inactive: activate it first.`);
  }
  return env;
}
