import type { Environment, Project } from '../types';
import { lookupEnvironment } from './lookup-environment';
import { type OperationFailure, refuse } from './refuse';

/**
 * The parent of `env`, or a refusal for the root ('no-parent'); `action` completes the
 * sentence "there is no parent to …", e.g. "merge it into".
 */
export function lookupParent(
  project: Project,
  env: Environment,
  action: string,
): Environment | OperationFailure {
  if (env.parentId === null) {
    return refuse('no-parent', `${env.id} is the root: there is no parent to ${action}.`);
  }
  return lookupEnvironment(project, env.parentId);
}
