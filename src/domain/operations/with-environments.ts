import type { Environment, Project } from '../types';

/** The project with the given environments added or replaced, by id. */
export function withEnvironments(project: Project, ...environments: Environment[]): Project {
  const replaced = Object.fromEntries(environments.map((env) => [env.id, env]));
  return { ...project, environments: { ...project.environments, ...replaced } };
}
