import { environmentsWith } from '../child-index';
import type { Environment, Project } from '../types';

/**
 * The project with the given environments added or replaced, by id; the children index of
 * the project's environments, if known, is carried forward to the new table.
 */
export function withEnvironments(project: Project, ...environments: Environment[]): Project {
  return { ...project, environments: environmentsWith(project.environments, ...environments) };
}
