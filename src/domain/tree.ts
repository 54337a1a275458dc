import { planRules } from './plans';
import type { Environment, EnvironmentId, Project } from './types';

/** Children of an environment, in a stable order (by id). */
export function childrenOf(project: Project, id: EnvironmentId): Environment[] {
  return Object.values(project.environments)
    .filter((env) => env.parentId === id)
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Ancestors of an environment, nearest first. */
export function ancestorsOf(project: Project, id: EnvironmentId): Environment[] {
  const result: Environment[] = [];
  let parentId = project.environments[id]?.parentId ?? null;
  while (parentId !== null) {
    const parent = project.environments[parentId];
    if (!parent || result.includes(parent)) break;
    result.push(parent);
    parentId = parent.parentId;
  }
  return result;
}

export function rootOf(project: Project): Environment | undefined {
  return Object.values(project.environments).find((env) => env.parentId === null);
}

/** Whether `id` is `ancestorId` itself or lies below it. */
export function isWithin(project: Project, id: EnvironmentId, ancestorId: EnvironmentId): boolean {
  return id === ancestorId || ancestorsOf(project, id).some((env) => env.id === ancestorId);
}

/** Environments that count toward the plan's active limit. */
export function countsTowardLimit(project: Project, id: EnvironmentId): boolean {
  const scope = planRules(project.plan).activeLimit.scope;
  return scope === null || isWithin(project, id, scope);
}

export function activeCount(project: Project): number {
  return Object.values(project.environments).filter(
    (env) => env.status === 'active' && countsTowardLimit(project, env.id),
  ).length;
}
