import type { TreeItem } from './layout';
import { tableGet, tableValues } from './table';
import { inTreeOrder } from './tree';
import type { Environment, EnvironmentId, Project, Role } from './types';

export type TreeFilter = Readonly<{ role: Role | 'all'; status: 'all' | 'active' | 'inactive' }>;

export const NO_FILTER: TreeFilter = { role: 'all', status: 'all' };

/** Inactive leaf branches of one parent, drawn as a single "N inactive" node. */
export type InactiveGroup = Readonly<{
  id: string;
  parentId: EnvironmentId;
  members: readonly EnvironmentId[];
}>;

export type VisibleTree = Readonly<{
  /** In tree order (`inTreeOrder`). */
  environments: readonly Environment[];
  groups: readonly InactiveGroup[];
  /** Environments and groups, for the layout. */
  items: readonly TreeItem[];
  /** Environments that match the filter (the rest shown are their ancestors). */
  matches: number;
}>;

export type VisibleTreeOptions = Readonly<{
  filter: TreeFilter;
  /** Fold each parent's inactive leaves into one node. */
  collapseInactive: boolean;
  /** Parents whose inactive group the user opened while folding is on. */
  expandedGroups: ReadonlySet<EnvironmentId>;
}>;

/** Id of the group node that holds a parent's inactive leaves. */
export function inactiveGroupId(parent: EnvironmentId): string {
  return `${parent}::inactive`;
}

function matchesFilter(env: Environment, filter: TreeFilter): boolean {
  return (
    (filter.role === 'all' || env.role === filter.role) &&
    (filter.status === 'all' || env.status === filter.status)
  );
}

/**
 * What the diagram shows: environments that match the filter plus their ancestors (so the
 * tree stays connected), with inactive leaves folded into groups when asked.
 */
export function visibleTree(project: Project, options: VisibleTreeOptions): VisibleTree {
  const all = inTreeOrder(project);
  const filtering = options.filter.role !== 'all' || options.filter.status !== 'all';
  const shown = new Set<EnvironmentId>();
  let matches = 0;
  for (const env of all) {
    if (filtering && !matchesFilter(env, options.filter)) continue;
    matches++;
    for (let id: EnvironmentId | null = env.id; id !== null && !shown.has(id); ) {
      shown.add(id);
      id = tableGet(project.environments, id)?.parentId ?? null;
    }
  }

  const hasChildren = new Set<EnvironmentId>();
  for (const env of all)
    if (env.parentId !== null && shown.has(env.id)) hasChildren.add(env.parentId);

  const folded = new Map<EnvironmentId, EnvironmentId[]>();
  if (options.collapseInactive) {
    for (const env of all) {
      const parent = env.parentId;
      const leaf = shown.has(env.id) && env.status === 'inactive' && !hasChildren.has(env.id);
      if (parent === null || !leaf || options.expandedGroups.has(parent)) continue;
      // Pushed, not copied: a parent with thousands of inactive leaves made copying quadratic.
      const members = folded.get(parent);
      if (members) members.push(env.id);
      else folded.set(parent, [env.id]);
    }
    // A single inactive leaf is clearer as itself than as a group of one.
    for (const [parent, members] of folded) if (members.length < 2) folded.delete(parent);
  }
  const inGroup = new Set([...folded.values()].flat());

  const environments = all.filter((env) => shown.has(env.id) && !inGroup.has(env.id));
  const groups = [...folded].map(([parentId, members]) => ({
    id: inactiveGroupId(parentId),
    parentId,
    members: members.sort(),
  }));
  return {
    environments,
    groups,
    items: [...environments, ...groups],
    matches,
  };
}

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
