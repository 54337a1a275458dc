import type { Table } from '../table';
import type { Commit, CommitId } from '../types';
import { commitAncestors } from './commit-ancestors';

/**
 * Whether `ancestor` is reachable from `descendant` (a commit counts as its own ancestor, as
 * in `git merge-base --is-ancestor`). When it holds, moving `ancestor` to `descendant` is a
 * fast-forward.
 */
export function isAncestor(
  commits: Table<Commit>,
  ancestor: CommitId,
  descendant: CommitId,
): boolean {
  return commitAncestors(commits, descendant).has(ancestor);
}
