import { type Table, tableGet } from '../table';
import type { Commit, CommitId } from '../types';
import { commitAncestors } from './commit-ancestors';

/**
 * The best common ancestor of two commits: a common ancestor that is not an ancestor of
 * another common ancestor. When history has several (criss-cross merges), the newest wins,
 * then the smallest id, so the choice is reproducible. `null` for unrelated histories.
 */
export function mergeBase(commits: Table<Commit>, a: CommitId, b: CommitId): CommitId | null {
  const ofA = commitAncestors(commits, a);
  const common = [...commitAncestors(commits, b)].filter((id) => ofA.has(id));
  // Every ancestor of a common ancestor is common too, so one walk marks all the ones
  // that are behind another.
  const behind = new Set<CommitId>();
  const stack = common.flatMap((id) => tableGet(commits, id)?.parents ?? []);
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (behind.has(next)) continue;
    behind.add(next);
    stack.push(...(tableGet(commits, next)?.parents ?? []));
  }
  const timeOf = (id: CommitId) => tableGet(commits, id)?.time ?? 0;
  const best = common
    .filter((id) => !behind.has(id))
    .sort((x, y) => timeOf(y) - timeOf(x) || x.localeCompare(y));
  return best[0] ?? null;
}
