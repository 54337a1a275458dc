import { fingerprint } from './fingerprint';
import { roleRulesOf } from './plans';
import type { Environment, Project } from './types';

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/**
 * A branch name as it can stand in a host name: lower case, each run of characters other
 * than a-z, 0-9 and "-" as one "-" (`feature/x` → `feature-x`, `a|b` → `a-b`), no "-" at
 * either end, and short enough to leave room in the 63-character label for the rest. The
 * platform names an environment's machine the same way, from its branch (`plip-mff2xhi`).
 */
export function hostLabel(branch: string): string {
  const label = branch
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return label || 'env';
}

/** The environment's base URL, from its role's URL pattern. */
export function environmentUrl(project: Project, env: Environment): string {
  const pattern = roleRulesOf(project, env.role).urlPattern;
  return fill(pattern, {
    branch: hostLabel(env.id),
    project: project.id,
    region: project.region,
    hash: fingerprint(`${project.id}/${env.id}`).slice(0, 7),
  });
}

/** Host names of the Pro Production cluster: the load balancer and each node. */
export function clusterHosts(
  project: Project,
  env: Environment,
): { balancer: string; nodes: string[] } {
  const cluster = roleRulesOf(project, env.role).cluster;
  if (!cluster) return { balancer: '', nodes: [] };
  const values = { env: env.id, project: project.id };
  return {
    balancer: fill(cluster.loadBalancerHost, values),
    nodes: [1, 2, 3].map((n) => fill(cluster.nodeHost, { ...values, index: String(n) })),
  };
}

export { fill as fillTemplate };
