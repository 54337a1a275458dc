import { type Table, tableGet, tableOf, tableValues, tableWith, tableWithout } from './table';
import type { Environment, EnvironmentId } from './types';

/** The ids of one parent's children, in code-unit order. */
type Family = Readonly<{ id: EnvironmentId; children: readonly EnvironmentId[] }>;

/**
 * Which environments hang under which: a persistent table from a parent's id to its
 * children's ids (parents without children have no entry), and the environments without a
 * parent. A parent's entry is kept while its children are, even if the parent itself is gone.
 */
type ChildIndex = Readonly<{ families: Table<Family>; roots: readonly EnvironmentId[] }>;

// Indexes by environments table, like the active count: an operation derives its table from
// the project's, and the index with it, so only the first look at a table reads every one.
const indexes = new WeakMap<Table<Environment>, ChildIndex>();

const codeUnitOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Where `id` is in the sorted `ids`, or would go: a binary search. */
function position(ids: readonly EnvironmentId[], id: EnvironmentId): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((ids[middle] as EnvironmentId) < id) low = middle + 1;
    else high = middle;
  }
  return low;
}

function withId(ids: readonly EnvironmentId[], id: EnvironmentId): readonly EnvironmentId[] {
  const at = position(ids, id);
  return ids[at] === id ? ids : [...ids.slice(0, at), id, ...ids.slice(at)];
}

function withoutId(ids: readonly EnvironmentId[], id: EnvironmentId): readonly EnvironmentId[] {
  const at = position(ids, id);
  return ids[at] === id ? [...ids.slice(0, at), ...ids.slice(at + 1)] : ids;
}

function siblingsIn(index: ChildIndex, parentId: EnvironmentId | null): readonly EnvironmentId[] {
  if (parentId === null) return index.roots;
  return tableGet(index.families, parentId)?.children ?? [];
}

/** The index with `parentId`'s children changed by `change`: O(log n + its children). */
function withSiblings(
  index: ChildIndex,
  parentId: EnvironmentId | null,
  change: (ids: readonly EnvironmentId[]) => readonly EnvironmentId[],
): ChildIndex {
  const before = siblingsIn(index, parentId);
  const children = change(before);
  if (children === before) return index;
  if (parentId === null) return { ...index, roots: children };
  const families =
    children.length === 0
      ? tableWithout(index.families, parentId)
      : tableWith(index.families, { id: parentId, children });
  return { ...index, families };
}

/** The index once `env` replaces `old` (undefined when `env` is new). */
function afterReplacing(index: ChildIndex, old: Environment | undefined, env: Environment) {
  if (old?.parentId === env.parentId) return index;
  const left = old ? withSiblings(index, old.parentId, (ids) => withoutId(ids, old.id)) : index;
  return withSiblings(left, env.parentId, (ids) => withId(ids, env.id));
}

type Groups = Map<EnvironmentId | null, Environment[]>;

/** Every environment under its parent's id, siblings in code-unit order: O(n log n) at most. */
function grouped(environments: Table<Environment>): Groups {
  const groups: Groups = new Map();
  for (const env of tableValues(environments)) {
    const siblings = groups.get(env.parentId);
    if (siblings) siblings.push(env);
    else groups.set(env.parentId, [env]);
  }
  for (const siblings of groups.values()) {
    if (siblings.length > 1) siblings.sort((a, b) => codeUnitOrder(a.id, b.id));
  }
  return groups;
}

/** Builds and remembers the index of `environments` from their grouping. */
function indexed(environments: Table<Environment>, groups: Groups): ChildIndex {
  const ids = (siblings: readonly Environment[]) => siblings.map((env) => env.id);
  const families: Family[] = [];
  for (const [id, siblings] of groups)
    if (id !== null) families.push({ id, children: ids(siblings) });
  const index = { families: tableOf(families), roots: ids(groups.get(null) ?? []) };
  indexes.set(environments, index);
  return index;
}

function indexOf(environments: Table<Environment>): ChildIndex {
  return indexes.get(environments) ?? indexed(environments, grouped(environments));
}

/**
 * A function from a parent's id (null for none) to its children, in code-unit order, for
 * reading the whole tree: it groups every environment once, O(n log n) at most (faster than
 * looking each one up in the index), and remembers the index built from that grouping if
 * none is known for `environments`, so the operations that follow find it.
 */
export function childLookup(
  environments: Table<Environment>,
): (parentId: EnvironmentId | null) => readonly Environment[] {
  const groups = grouped(environments);
  if (!indexes.has(environments)) indexed(environments, groups);
  return (parentId) => groups.get(parentId) ?? [];
}

/**
 * The ids of the environments whose parent is `parentId` (of those without a parent for
 * null), in code-unit order. O(n) the first time for a table of environments (unless it was
 * derived from one whose index was known), then O(log n).
 */
export function childIds(
  environments: Table<Environment>,
  parentId: EnvironmentId | null,
): readonly EnvironmentId[] {
  return siblingsIn(indexOf(environments), parentId);
}

/**
 * The table with `values` added or replaced, each under its `id`, and `table`'s children
 * index, if known, carried forward: O(log n + the siblings of each changed parent).
 */
export function environmentsWith(
  table: Table<Environment>,
  ...values: Environment[]
): Table<Environment> {
  let index = indexes.get(table);
  let result = table;
  for (const env of values) {
    if (index) index = afterReplacing(index, tableGet(result, env.id), env);
    result = tableWith(result, env);
  }
  if (index) indexes.set(result, index);
  return result;
}

/** The table without `id`, its children index, if known, carried forward like `environmentsWith`. */
export function environmentsWithout(
  table: Table<Environment>,
  id: EnvironmentId,
): Table<Environment> {
  const result = tableWithout(table, id);
  const index = indexes.get(table);
  const old = tableGet(table, id);
  if (index && result !== table) {
    indexes.set(
      result,
      old ? withSiblings(index, old.parentId, (ids) => withoutId(ids, id)) : index,
    );
  }
  return result;
}

/**
 * The children index remembered for `table`, from parent id (null for none) to child ids;
 * undefined when none is. For tests: it reads the whole index.
 */
export function knownChildIndex(
  table: Table<Environment>,
): ReadonlyMap<EnvironmentId | null, readonly EnvironmentId[]> | undefined {
  const index = indexes.get(table);
  if (!index) return undefined;
  const families = tableValues(index.families).map((f) => [f.id, f.children] as const);
  return new Map([...(index.roots.length > 0 ? [[null, index.roots] as const] : []), ...families]);
}
