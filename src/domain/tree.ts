import { childIds, childLookup } from './child-index';
import { planRules } from './plans';
import { type Table, tableAnyValue, tableGet, tableSize, tableValues } from './table';
import type { Environment, EnvironmentId, PlanId, Project } from './types';

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

/** Whether `id` is `ancestorId` itself or lies below it. */
export function isWithin(project: Project, id: EnvironmentId, ancestorId: EnvironmentId): boolean {
  return id === ancestorId || ancestorsOf(project, id).some((env) => env.id === ancestorId);
}

/** Environments that count toward the plan's active limit. */
export function countsTowardLimit(project: Project, id: EnvironmentId): boolean {
  const scope = planRules(project.plan).activeLimit.scope;
  return scope === null || isWithin(project, id, scope);
}

function countsAsActive(project: Project, env: Environment | undefined): boolean {
  return env?.status === 'active' && countsTowardLimit(project, env.id);
}

// Counts by environments table: operations share their table with the project they return,
// so counting once per table lets the next operation start from a known count.
const activeCounts = new WeakMap<Table<Environment>, Readonly<{ plan: PlanId; count: number }>>();

function remembered(project: Project): number | undefined {
  const known = activeCounts.get(project.environments);
  return known?.plan === project.plan ? known.count : undefined;
}

function remember(project: Project, count: number): number {
  activeCounts.set(project.environments, { plan: project.plan, count });
  return count;
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
 * replaced: `before`'s count plus their difference, O(depth) each once `before`'s count is
 * known. Counts `after` in full when a changed environment has moved to another parent,
 * since that can move its whole subtree in or out of the limit's scope.
 */
export function activeCountAfter(
  before: Project,
  after: Project,
  changed: readonly Environment[],
): number {
  const known = remembered(after);
  if (known !== undefined) return known;
  const moved = changed.some((env) => {
    const old = tableGet(before.environments, env.id);
    return old !== undefined && old.parentId !== env.parentId;
  });
  if (moved || before.plan !== after.plan) return activeCount(after);
  const delta = changed.reduce(
    (sum, env) =>
      sum +
      Number(countsAsActive(after, env)) -
      Number(countsAsActive(before, tableGet(before.environments, env.id))),
    0,
  );
  return remember(after, activeCount(before) + delta);
}
