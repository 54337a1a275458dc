import { diffSettings, type SettingChange } from './config/settings';
import { settle } from './deploy/activities';
import { serviceRenames } from './deploy/config-checks';
import { pendingTicket } from './deploy/deployment';
import { mergeEnvironment } from './operations/merge-environment';
import { resolveServices } from './resolve-services';
import { resolveVariables, type VariableRow } from './resolve-variables';
import { tableGet } from './table';
import type { EnvironmentId, OperationError, Project } from './types';

/** Looking without changing: two environments side by side, and a merge before it happens. */

export type ComparedRow = Readonly<{
  name: string;
  left: string | null;
  right: string | null;
  differs: boolean;
}>;

export type EnvironmentComparison = Readonly<{
  services: readonly ComparedRow[];
  variables: readonly ComparedRow[];
}>;

/** What is shown, and what counts when deciding whether two sides differ. */
type Side = Readonly<{ text: string; value: string }>;

function rows(left: Map<string, Side>, right: Map<string, Side>): ComparedRow[] {
  const names = [...new Set([...left.keys(), ...right.keys()])].sort();
  return names.map((name) => {
    const l = left.get(name);
    const r = right.get(name);
    return { name, left: l?.text ?? null, right: r?.text ?? null, differs: l?.value !== r?.value };
  });
}

function serviceMap(project: Project, env: EnvironmentId): Map<string, Side> {
  return new Map(
    resolveServices(project, env).services.map((s) => {
      const text = `${s.type}${s.disk !== null ? `, ${s.disk} MB` : ''}${s.pending ? ` (pending: ${s.pending})` : ''}`;
      return [s.id, { text, value: text }];
    }),
  );
}

function variableSide(row: VariableRow): Side {
  const value = row.value === null ? '(sensitive)' : row.value;
  const from = row.source.kind === 'inherited' ? `inherited from ${row.source.from}` : row.level;
  return { text: `${value} · ${from}`, value };
}

// Only effective rows: the compare view is about what each environment's application sees.
function variableMap(project: Project, env: EnvironmentId): Map<string, Side> {
  return new Map(
    resolveVariables(project, env)
      .filter((row) => row.effective)
      .map((row) => [row.name, variableSide(row)]),
  );
}

/** Two environments side by side: their services and effective variables, differences marked. */
export function compareEnvironments(
  project: Project,
  left: EnvironmentId,
  right: EnvironmentId,
): EnvironmentComparison {
  return {
    services: rows(serviceMap(project, left), serviceMap(project, right)),
    variables: rows(variableMap(project, left), variableMap(project, right)),
  };
}

export type MergePreview =
  | Readonly<{ ok: false; error: OperationError }>
  | Readonly<{
      ok: true;
      parent: EnvironmentId;
      /** How the merge would go: a fast-forward or a merge commit. */
      fastForward: boolean;
      changes: readonly SettingChange[];
      /** Some of the changes would wait for a support ticket on the parent. */
      pendingTicket: boolean;
      /** What the deploy would do that a user should know first (a service renamed loses its data). */
      warnings: readonly string[];
      message: string;
    }>;

/**
 * What merging an environment into its parent would change there, without merging:
 * setting-level changes of the parent's config, and whether they wait for a ticket.
 */
export function previewMerge(project: Project, child: EnvironmentId): MergePreview {
  const result = mergeEnvironment(project, { env: child });
  if ('error' in result) return { ok: false, error: result.error };
  // As the merge would leave it once its deploy has run.
  const merged = settle(result.project);
  const parentId = tableGet(project.environments, child)?.parentId;
  const before = parentId ? tableGet(project.environments, parentId) : undefined;
  const after = parentId ? tableGet(merged.environments, parentId) : undefined;
  const beforeFiles = before && tableGet(project.commits, before.head)?.files;
  const afterCommit = after && tableGet(merged.commits, after.head);
  if (!parentId || !after || !beforeFiles || !afterCommit) {
    throw new Error(`merge of ${child} left no parent head`);
  }
  return {
    ok: true,
    parent: parentId,
    fastForward: afterCommit.id === tableGet(project.environments, child)?.head,
    changes: diffSettings(beforeFiles, afterCommit.files),
    pendingTicket: pendingTicket(merged, after).length > 0,
    warnings: serviceRenames(beforeFiles, afterCommit.files),
    message: result.message,
  };
}
