import { pushRefusal } from '../deploy/config-checks';
import { ticketNote } from '../deploy/deployment';
import { filesAt, makeCommit } from '../git/commit-graph';
import type { MergeConflict } from '../git/merge';
import { mergeHeads } from '../git/merge';
import { tableWith } from '../table';
import type { EnvironmentId, OperationResult, Project } from '../types';
import {
  deployOf,
  dryRunOn,
  lookupEnvironment,
  lookupParent,
  type Operation,
  onEnvironment,
  refuse,
  succeed,
  withEnvironments,
} from './operation';

export type MergeArgs = Readonly<{ env: EnvironmentId }>;

/**
 * Merges an environment's code into its parent (DOMAIN.md §6): a fast-forward when the
 * parent is behind, otherwise a merge commit (parent's head first); the parent then
 * redeploys, or waits for a support ticket where its role needs one for YAML changes.
 * Data and environment variables never move up. Refused for the root, an inactive child or
 * parent, nothing to merge, and a conflict.
 */
export function mergeEnvironment(project: Project, args: MergeArgs): OperationResult {
  const result = mergeRefusalOrResult(project, args);
  if (!('error' in result) || !UNAVAILABLE.has(result.error.code)) return result;
  // Where the CLI would not offer the merge at all, say what it answers too.
  return refuse(
    result.error.code,
    `${result.error.message} The CLI answers: "Operation not available: The environment ${args.env} can't be merged."`,
  );
}

const UNAVAILABLE = new Set(['inactive', 'no-parent', 'parent-inactive']);

function mergeRefusalOrResult(project: Project, args: MergeArgs): OperationResult {
  const child = lookupEnvironment(project, args.env, true);
  if ('error' in child) return child;
  const parent = lookupParent(project, child, 'merge it into');
  if ('error' in parent) return parent;
  if (parent.status !== 'active') {
    return refuse(
      'parent-inactive',
      `${parent.id} is inactive: activate it before merging into it.`,
    );
  }
  const merge = mergeHeads(project.commits, parent.head, child.head, {
    ours: parent.id,
    theirs: child.id,
  });
  if (merge.kind === 'up-to-date') {
    return refuse(
      'nothing-to-merge',
      `${parent.id} already has every commit of ${child.id}: nothing to merge.`,
    );
  }
  if (merge.kind === 'conflict') {
    return refuse('conflict', conflictMessage(child.id, parent.id, merge.conflicts));
  }

  const files = merge.kind === 'merge' ? merge.files : filesAt(project.commits, child.head);
  const rejected = pushRefusal(
    project,
    parent,
    files,
    `The merge of ${child.id} into ${parent.id}`,
  );
  if (rejected) return rejected;

  const at = project.clock + 1;
  let changed = project;
  let head = child.head;
  if (merge.kind === 'merge') {
    const commit = makeCommit(
      [parent.head, child.head],
      `Merge branch '${child.id}' into ${parent.id}`,
      at,
      merge.files,
    );
    changed = { ...project, commits: tableWith(project.commits, commit) };
    head = commit.id;
  }
  const merged = { ...parent, head };
  const how = merge.kind === 'merge' ? 'a merge commit' : 'a fast-forward';
  return succeed(
    withEnvironments(changed, merged),
    {
      type: 'merge',
      environment: parent.id,
      activity: `${child.id} merged into ${parent.id}`,
      deploy: deployOf(merged, `merged ${child.id}`),
    },
    `Merged ${child.id} into ${parent.id} (${how}); ${parent.id} builds and deploys now.${ticketNote(project, parent, files)}`,
  );
}

function conflictMessage(child: EnvironmentId, parent: EnvironmentId, conflicts: MergeConflict[]) {
  const sentences = [];
  const settings = conflicts.filter((c) => c.kind === 'both-changed').map((c) => c.label);
  if (settings.length > 0) {
    sentences.push(
      `both changed ${settings.join(', ')} since they diverged. Make ${child} agree with ${parent} there, then merge again.`,
    );
  }
  for (const conflict of conflicts.filter((c) => c.kind === 'unmergeable')) {
    sentences.push(`${conflict.label} ${conflict.reason}. Fix it, then merge again.`);
  }
  return `Cannot merge ${child} into ${parent}: ${sentences.join(' ')}`;
}

/** Merge: code up into the parent. */
export const merge: Operation<MergeArgs> = {
  type: 'merge',
  perform: mergeEnvironment,
  subject: onEnvironment,
  blockedOn: dryRunOn(mergeEnvironment),
};
