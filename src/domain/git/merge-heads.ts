import type { Table } from '../table';
import type { Commit, CommitId, ConfigFiles } from '../types';
import { filesAt } from './files-at';
import { isAncestor } from './is-ancestor';
import { mergeBase } from './merge-base';
import type { MergeConflict, MergeSides } from './merge-config-file';
import { mergeConfigFiles } from './merge-config-files';

export type HeadsMerge =
  | Readonly<{ kind: 'up-to-date' }>
  | Readonly<{ kind: 'fast-forward'; head: CommitId }>
  | Readonly<{ kind: 'merge'; files: ConfigFiles }>
  | Readonly<{ kind: 'conflict'; conflicts: MergeConflict[] }>;

/**
 * What merging commit `theirs` into commit `ours` does: nothing when `ours` already holds
 * it, a fast-forward when `ours` is behind, otherwise a three-way merge of the config files
 * against the merge base (empty files for unrelated histories), which may conflict.
 */
export function mergeHeads(
  commits: Table<Commit>,
  ours: CommitId,
  theirs: CommitId,
  sides: MergeSides,
): HeadsMerge {
  if (isAncestor(commits, theirs, ours)) return { kind: 'up-to-date' };
  if (isAncestor(commits, ours, theirs)) return { kind: 'fast-forward', head: theirs };
  const base = filesAt(commits, mergeBase(commits, ours, theirs));
  const result = mergeConfigFiles(base, filesAt(commits, ours), filesAt(commits, theirs), sides);
  return 'conflicts' in result
    ? { kind: 'conflict', conflicts: result.conflicts }
    : { kind: 'merge', files: result.files };
}
