import { tableValues } from './table';
import type { Environment, Project } from './types';

/**
 * Environments whose branch or title contains the query (case-insensitive), best first:
 * exact branch, then branch prefix, then title prefix, then anywhere.
 */
export function findEnvironments(project: Project, query: string, limit = 10): Environment[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const rank = (env: Environment): number => {
    const id = env.id.toLowerCase();
    const title = env.title.toLowerCase();
    if (id === q) return 0;
    if (id.startsWith(q)) return 1;
    if (title.startsWith(q)) return 2;
    if (id.includes(q)) return 3;
    return title.includes(q) ? 4 : -1;
  };
  return tableValues(project.environments)
    .map((env) => ({ env, r: rank(env) }))
    .filter((x) => x.r >= 0)
    .sort((a, b) => a.r - b.r || a.env.id.localeCompare(b.env.id))
    .slice(0, limit)
    .map((x) => x.env);
}
