import { diffSettings, type SettingChange } from './diff-settings';
import { mergeEnvironment } from './operations/merge-environment';
import { tableGet } from './table';
import type { EnvironmentId, OperationError, Project } from './types';

export type MergePreview =
  | Readonly<{ ok: false; error: OperationError }>
  | Readonly<{
      ok: true;
      parent: EnvironmentId;
      /** How the merge would go: a fast-forward or a merge commit. */
      fastForward: boolean;
      changes: readonly SettingChange[];
      /** The parent would wait for a support ticket before the changes deploy. */
      pendingTicket: boolean;
      message: string;
    }>;

/**
 * What merging an environment into its parent would change there, without merging:
 * setting-level changes of the parent's config, and whether they wait for a ticket.
 */
export function previewMerge(project: Project, child: EnvironmentId): MergePreview {
  const result = mergeEnvironment(project, { env: child });
  if ('error' in result) return { ok: false, error: result.error };
  const parentId = tableGet(project.environments, child)?.parentId;
  const before = parentId ? tableGet(project.environments, parentId) : undefined;
  const after = parentId ? tableGet(result.project.environments, parentId) : undefined;
  const beforeFiles = before && tableGet(project.commits, before.head)?.files;
  const afterCommit = after && tableGet(result.project.commits, after.head);
  if (!parentId || !after || !beforeFiles || !afterCommit) {
    throw new Error(`merge of ${child} left no parent head`);
  }
  return {
    ok: true,
    parent: parentId,
    fastForward: afterCommit.id === tableGet(project.environments, child)?.head,
    changes: diffSettings(beforeFiles, afterCommit.files),
    pendingTicket: after.deployState?.kind === 'pending-ticket',
    message: result.message,
  };
}
