import { tableGet } from './table';
import { inTreeOrder } from './tree';
import {
  type ActivityEntry,
  type Environment,
  type EnvironmentId,
  type Project,
  ROLES,
} from './types';
import type { TreeFilter } from './visible-tree';

/** The columns of the environment list, in order. */
export const LIST_COLUMNS = ['branch', 'title', 'role', 'status', 'parent', 'activity'] as const;
export type ListColumn = (typeof LIST_COLUMNS)[number];

/** A column and a direction; null is the tree's own order. */
export type ListSort = Readonly<{
  column: ListColumn;
  direction: 'ascending' | 'descending';
}> | null;

/** One row of the list: an environment and where it sits in the tree as shown. */
export type EnvironmentRow = Readonly<{
  env: Environment;
  /** 1 for the root (and for every row of a sorted, flat list). */
  level: number;
  /** Siblings shown, this one included, and its place among them (1-based). */
  setSize: number;
  posInSet: number;
  /** Whether it has children in the list as filtered (they may be collapsed). */
  hasChildren: boolean;
  expanded: boolean;
  /** False for an ancestor shown only so that a match below it keeps its place in the tree. */
  match: boolean;
  /** The newest activity on this environment, if any. */
  lastActivity: ActivityEntry | null;
}>;

export type RowOptions = Readonly<{
  /** Matches the branch or the title, case-insensitively; blank matches all. */
  text: string;
  filter: TreeFilter;
  /** Rows whose children are hidden (tree order only). */
  collapsed: ReadonlySet<EnvironmentId>;
  sort: ListSort;
}>;

export type EnvironmentRows = Readonly<{
  rows: readonly EnvironmentRow[];
  /** Environments that match the text and the filter. */
  matches: number;
}>;

/** The newest activity per environment: one pass over the log from its newest end. */
export function lastActivities(project: Project): ReadonlyMap<EnvironmentId, ActivityEntry> {
  const newest = new Map<EnvironmentId, ActivityEntry>();
  for (let i = project.activity.length - 1; i >= 0; i--) {
    const entry = project.activity[i] as ActivityEntry;
    if (!newest.has(entry.environment)) newest.set(entry.environment, entry);
  }
  return newest;
}

function matcher(options: RowOptions): (env: Environment) => boolean {
  const q = options.text.trim().toLowerCase();
  const { role, status } = options.filter;
  return (env) =>
    (role === 'all' || env.role === role) &&
    (status === 'all' || env.status === status) &&
    (q === '' || env.id.toLowerCase().includes(q) || env.title.toLowerCase().includes(q));
}

const byBranch = (a: Environment, b: Environment) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

type Keyed = Readonly<{ env: Environment; last: ActivityEntry | null }>;

/** Compares two rows by one column, ties broken by branch; a missing activity sorts last. */
function comparator(column: ListColumn, descending: boolean): (a: Keyed, b: Keyed) => number {
  const sign = descending ? -1 : 1;
  const ties = (a: Keyed, b: Keyed) => byBranch(a.env, b.env);
  const by =
    (key: (row: Keyed) => number | string) =>
    (a: Keyed, b: Keyed): number => {
      const [x, y] = [key(a), key(b)];
      const order =
        typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return order * sign || ties(a, b);
    };
  switch (column) {
    case 'branch':
      return (a, b) => byBranch(a.env, b.env) * sign;
    case 'title':
      return by((row) => row.env.title);
    case 'role':
      return by((row) => ROLES.indexOf(row.env.role));
    case 'status':
      return by((row) => row.env.status);
    case 'parent':
      return by((row) => row.env.parentId ?? '');
    case 'activity':
      return (a, b) => {
        if (a.last === null || b.last === null)
          return a.last === b.last ? ties(a, b) : a.last === null ? 1 : -1;
        return (a.last.at - b.last.at || a.last.id - b.last.id) * sign || ties(a, b);
      };
  }
}

/**
 * The rows of the environment list. In tree order, the environments that match with their
 * ancestors (so the tree stays connected), children under their parent and hidden under a
 * collapsed one. Sorted by a column, the tree is set aside: only the matches, flat, in that
 * column's order, so that (say) the most recent activity of the whole project comes first.
 */
export function environmentRows(project: Project, options: RowOptions): EnvironmentRows {
  const all = inTreeOrder(project);
  const matches = matcher(options);
  const newest = lastActivities(project);
  const last = (env: Environment) => newest.get(env.id) ?? null;

  if (options.sort !== null) {
    const { column, direction } = options.sort;
    const keyed = all.filter(matches).map((env) => ({ env, last: last(env) }));
    keyed.sort(comparator(column, direction === 'descending'));
    return {
      matches: keyed.length,
      rows: keyed.map(({ env, last: lastActivity }, i) => ({
        env,
        level: 1,
        setSize: keyed.length,
        posInSet: i + 1,
        hasChildren: false,
        expanded: false,
        match: true,
        lastActivity,
      })),
    };
  }

  const matched = new Set<EnvironmentId>();
  const shown = new Set<EnvironmentId>();
  for (const env of all) {
    if (!matches(env)) continue;
    matched.add(env.id);
    for (let id: EnvironmentId | null = env.id; id !== null && !shown.has(id); ) {
      shown.add(id);
      id = tableGet(project.environments, id)?.parentId ?? null;
    }
  }

  // Children in tree order under each shown parent; one whose parent is missing is a root.
  const children = new Map<EnvironmentId | null, Environment[]>();
  for (const env of all) {
    if (!shown.has(env.id)) continue;
    const parent = env.parentId !== null && shown.has(env.parentId) ? env.parentId : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push(env);
    else children.set(parent, [env]);
  }

  const rows: EnvironmentRow[] = [];
  const placed = new Set<EnvironmentId>();
  const place = (siblings: readonly Environment[], level: number) => {
    // Depth-first with an explicit stack: a 3000-deep chain must not overflow the call stack.
    const stack: [readonly Environment[], number, number][] = [[siblings, 0, level]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as [readonly Environment[], number, number];
      const [list, index, depth] = top;
      if (index >= list.length) {
        stack.pop();
        continue;
      }
      top[1] = index + 1;
      const env = list[index] as Environment;
      if (placed.has(env.id)) continue;
      placed.add(env.id);
      const kids = children.get(env.id) ?? [];
      const expanded = kids.length > 0 && !options.collapsed.has(env.id);
      rows.push({
        env,
        level: depth,
        setSize: list.length,
        posInSet: index + 1,
        hasChildren: kids.length > 0,
        expanded,
        match: matched.has(env.id),
        lastActivity: last(env),
      });
      if (expanded) stack.push([kids, 0, depth + 1]);
    }
  };
  place(children.get(null) ?? [], 1);
  // A cycle in a broken tree has no root: its members are listed at the top level.
  const reached = new Set<EnvironmentId>();
  for (const queue = [...(children.get(null) ?? [])]; queue.length > 0; ) {
    const env = queue.pop() as Environment;
    if (reached.has(env.id)) continue;
    reached.add(env.id);
    queue.push(...(children.get(env.id) ?? []));
  }
  const stray = all.filter((env) => shown.has(env.id) && !reached.has(env.id));
  if (stray.length > 0) place(stray, 1);
  return { rows, matches: matched.size };
}
