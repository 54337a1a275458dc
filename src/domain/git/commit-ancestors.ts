import { type Table, tableGet } from '../table';
import type { Commit, CommitId } from '../types';

/**
 * Every commit reachable from `id` through parent links, `id` itself included.
 * Parents missing from `commits` are listed but not followed.
 */
export function commitAncestors(commits: Table<Commit>, id: CommitId): Set<CommitId> {
  const seen = new Set<CommitId>();
  const stack = [id];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(tableGet(commits, next)?.parents ?? []));
  }
  return seen;
}
