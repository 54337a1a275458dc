import { activeCounts, childIndexes } from './derived-indexes';
import { activeLimitHeadline, rulesOf } from './plans';
import {
  type Table,
  tableAnyValue,
  tableGet,
  tableOf,
  tableSize,
  tableValues,
  tableWith,
  tableWithout,
} from './table';
import type { Environment, EnvironmentId, Project } from './types';

/**
 * The environment tree: who hangs under whom (a children index kept per environments table,
 * see derived-indexes.ts), walks up and down it, and the active count of the plan's limit.
 */

// --- the children index

/** The ids of one parent's children, in code-unit order. */
type Family = Readonly<{ id: EnvironmentId; children: readonly EnvironmentId[] }>;

/**
 * Which environments hang under which: a persistent table from a parent's id to its
 * children's ids (parents without children have no entry), and the environments without a
 * parent. A parent's entry is kept while its children are, even if the parent itself is gone.
 */
export type ChildIndex = Readonly<{ families: Table<Family>; roots: readonly EnvironmentId[] }>;

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
  childIndexes.set(environments, index);
  return index;
}

function indexOf(environments: Table<Environment>): ChildIndex {
  return childIndexes.get(environments) ?? indexed(environments, grouped(environments));
}

/**
 * A function from a parent's id (null for none) to its children, in code-unit order, for
 * reading the whole tree: it groups every environment once, O(n log n) at most (faster than
 * looking each one up in the index), and remembers the index built from that grouping if
 * none is known for `environments`, so the operations that follow find it.
 */
function childLookup(
  environments: Table<Environment>,
): (parentId: EnvironmentId | null) => readonly Environment[] {
  const groups = grouped(environments);
  if (!childIndexes.has(environments)) indexed(environments, groups);
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
  let index = childIndexes.get(table);
  let result = table;
  for (const env of values) {
    if (index) index = afterReplacing(index, tableGet(result, env.id), env);
    result = tableWith(result, env);
  }
  if (index) childIndexes.set(result, index);
  return result;
}

/** The table without `id`, its children index, if known, carried forward like `environmentsWith`. */
export function environmentsWithout(
  table: Table<Environment>,
  id: EnvironmentId,
): Table<Environment> {
  const result = tableWithout(table, id);
  const index = childIndexes.get(table);
  const old = tableGet(table, id);
  if (index && result !== table) {
    childIndexes.set(
      result,
      old ? withSiblings(index, old.parentId, (ids) => withoutId(ids, id)) : index,
    );
  }
  return result;
}

// --- walking the tree

const byId = (a: Environment, b: Environment) => a.id.localeCompare(b.id);

/**
 * Children of an environment, in a stable order (by id). From the children index
 * (`childIds`): O(log n + children) once the index of the project's environments is known.
 */
export function childrenOf(project: Project, id: EnvironmentId): Environment[] {
  return childIds(project.environments, id)
    .flatMap((child) => tableGet(project.environments, child) ?? [])
    .sort(byId);
}

/**
 * Every environment, the root first and each followed by its subtree, children by id (in
 * code-unit order): the order a reader (or the Tab key) goes through the tree. Environments a
 * broken tree leaves unreachable come last. O(n log n); it builds the children index of the
 * project's environments if it is not known, so the operations that follow find it.
 */
export function inTreeOrder(project: Project): Environment[] {
  const { environments } = project;
  const childrenUnder = childLookup(environments);
  const ordered: Environment[] = [];
  const reached = new Set<EnvironmentId>();
  // Pushed backwards, so popping takes the smallest id first.
  const stack = [...childrenUnder(null)].reverse();
  for (let env = stack.pop(); env !== undefined; env = stack.pop()) {
    if (reached.has(env.id)) continue;
    reached.add(env.id);
    ordered.push(env);
    const children = childrenUnder(env.id);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Environment);
  }
  return ordered.length === tableSize(environments)
    ? ordered
    : [...ordered, ...tableValues(environments).filter((env) => !reached.has(env.id))];
}

/** Ancestors of an environment, nearest first. */
export function ancestorsOf(project: Project, id: EnvironmentId): Environment[] {
  const result: Environment[] = [];
  let parentId = tableGet(project.environments, id)?.parentId ?? null;
  while (parentId !== null) {
    const parent = tableGet(project.environments, parentId);
    if (!parent || result.includes(parent)) break;
    result.push(parent);
    parentId = parent.parentId;
  }
  return result;
}

/** The environment without a parent; found by climbing from any one, so O(depth). */
export function rootOf(project: Project): Environment | undefined {
  const start = tableAnyValue(project.environments);
  const top = start && (ancestorsOf(project, start.id).at(-1) ?? start);
  if (!top || top.parentId === null) return top;
  // A broken tree (a missing parent or a cycle): look at every environment instead.
  return tableValues(project.environments).find((env) => env.parentId === null);
}

/** Environments that count toward the plan's active limit: those of its roles. */
export function countsTowardLimit(project: Project, env: Environment): boolean {
  const { roles } = rulesOf(project).activeLimit;
  return roles === null || roles.includes(env.role);
}

function countsAsActive(project: Project, env: Environment | undefined): boolean {
  return env?.status === 'active' && countsTowardLimit(project, env);
}

function remembered(project: Project): number | undefined {
  const known = activeCounts.get(project.environments);
  return known?.rules === rulesOf(project) ? known.count : undefined;
}

function remember(project: Project, count: number): number {
  activeCounts.set(project.environments, { rules: rulesOf(project), count });
  return count;
}

/** The header's count against the plan's active limit, e.g. "Integration: 2 of 5 active". */
export function activeLimitText(project: Project): string {
  return activeLimitHeadline(project, activeCount(project));
}

/**
 * Active environments that count toward the plan's limit. O(n) the first time for a table of
 * environments, then memoised.
 */
export function activeCount(project: Project): number {
  return (
    remembered(project) ??
    remember(
      project,
      tableValues(project.environments).filter((env) => countsAsActive(project, env)).length,
    )
  );
}

/**
 * The active count of `after`, which is `before` with `changed` environments added or
 * replaced: `before`'s count plus their difference, O(1) each once `before`'s count is known.
 */
export function activeCountAfter(
  before: Project,
  after: Project,
  changed: readonly Environment[],
): number {
  const known = remembered(after);
  if (known !== undefined) return known;
  if (rulesOf(before) !== rulesOf(after)) return activeCount(after);
  const delta = changed.reduce(
    (sum, env) =>
      sum +
      Number(countsAsActive(after, env)) -
      Number(countsAsActive(before, tableGet(before.environments, env.id))),
    0,
  );
  return remember(after, activeCount(before) + delta);
}
