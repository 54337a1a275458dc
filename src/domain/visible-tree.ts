import type { TreeItem } from './layout';
import { tableGet, tableValues } from './table';
import { inTreeOrder } from './tree';
import type { Environment, EnvironmentId, Project, Role } from './types';

export type TreeFilter = Readonly<{ role: Role | 'all'; status: 'all' | 'active' | 'inactive' }>;

export const NO_FILTER: TreeFilter = { role: 'all', status: 'all' };

/**
 * A parent's inactive branches, whole subtrees of them, drawn as a single "N inactive" node.
 * `members` holds every environment the group hides, so the counts add up.
 */
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
  /** Fold each parent's inactive branches (with their inactive subtrees) into one node. */
  collapseInactive: boolean;
  /** Parents whose inactive group the user opened while folding is on. */
  expandedGroups: ReadonlySet<EnvironmentId>;
  /** Environments kept out of any fold, with their ancestors: the selection, say. */
  reveal?: ReadonlySet<EnvironmentId>;
}>;

/** Id of the group node that holds a parent's inactive branches. */
export function inactiveGroupId(parent: EnvironmentId): string {
  return `${parent}::inactive`;
}

/** Whether an environment is one the filter looks for. */
export function matchesFilter(env: Environment, filter: TreeFilter): boolean {
  return (
    (filter.role === 'all' || env.role === filter.role) &&
    (filter.status === 'all' || env.status === filter.status)
  );
}

const NOTHING: ReadonlySet<EnvironmentId> = new Set();

/**
 * Which shown environments fold, and into whose group: a branch folds into its parent's group
 * when it and everything shown below it are inactive (and none of them is revealed), unless
 * the parent's group was opened; what lies below a folded branch goes into the same group.
 */
function foldedInto(
  shownInOrder: readonly Environment[],
  options: VisibleTreeOptions,
): Map<EnvironmentId, EnvironmentId> {
  const reveal = options.reveal ?? NOTHING;
  // Children come after their parent in tree order, so walking it backwards settles every
  // subtree before its root.
  const keeps = new Set<EnvironmentId>();
  for (let i = shownInOrder.length - 1; i >= 0; i--) {
    const env = shownInOrder[i] as Environment;
    const kept = env.status !== 'inactive' || reveal.has(env.id) || keeps.has(env.id);
    if (kept && env.parentId !== null) keeps.add(env.parentId);
    if (kept) keeps.add(env.id);
  }
  const group = new Map<EnvironmentId, EnvironmentId>();
  for (const env of shownInOrder) {
    const parent = env.parentId;
    if (parent === null) continue;
    const parentGroup = group.get(parent);
    if (parentGroup !== undefined) group.set(env.id, parentGroup);
    else if (!keeps.has(env.id) && !options.expandedGroups.has(parent)) group.set(env.id, parent);
  }
  return group;
}

/**
 * What the diagram shows: environments that match the filter plus their ancestors (so the
 * tree stays connected), with inactive branches folded into groups when asked.
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
  const shownInOrder = filtering ? all.filter((env) => shown.has(env.id)) : all;

  const folded = new Map<EnvironmentId, EnvironmentId[]>();
  if (options.collapseInactive) {
    for (const [id, parent] of foldedInto(shownInOrder, options)) {
      // Pushed, not copied: a parent with thousands of inactive branches made copying quadratic.
      const members = folded.get(parent);
      if (members) members.push(id);
      else folded.set(parent, [id]);
    }
    // A single inactive leaf is clearer as itself than as a group of one.
    for (const [parent, members] of folded) if (members.length < 2) folded.delete(parent);
  }
  const inGroup = new Set<EnvironmentId>();
  for (const members of folded.values()) for (const id of members) inGroup.add(id);

  const environments = shownInOrder.filter((env) => !inGroup.has(env.id));
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
