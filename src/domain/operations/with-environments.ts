import { tableWith } from '../table';
import type { Environment, Project } from '../types';

/** The project with the given environments added or replaced, by id. */
export function withEnvironments(project: Project, ...environments: Environment[]): Project {
  return { ...project, environments: tableWith(project.environments, ...environments) };
}
