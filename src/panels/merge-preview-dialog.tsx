import { useMemo } from 'react';
import { ModalDialog } from '../components/modal-dialog';
import { previewMerge } from '../domain/compare-and-preview';
import { merge } from '../domain/operations/merge-environment';
import { tableGet } from '../domain/table';
import { selectProject, useAppStore } from '../store/app-store';

function show(value: unknown): string {
  if (value === undefined) return 'none';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** What merging a branch into its parent would change, before any drag. */
export function MergePreviewDialog({ env }: { env: string }) {
  const project = useAppStore(selectProject);
  const openDialog = useAppStore((s) => s.openDialog);
  const run = useAppStore((s) => s.run);
  const preview = useMemo(() => previewMerge(project, env), [project, env]);
  const parent = tableGet(project.environments, env)?.parentId ?? 'its parent';
  const close = () => openDialog(null);
  return (
    <ModalDialog title={`Merge preview: ${env} into ${parent}`} onClose={close}>
      {!preview.ok ? (
        <p role="alert" className="warning">
          The merge would be refused: {preview.error.message}
        </p>
      ) : (
        <>
          <p>
            {preview.fastForward ? 'A fast-forward' : 'A merge commit'}: {parent} would rebuild and
            redeploy. Code only; data and environment variables stay where they are.
          </p>
          {preview.pendingTicket && (
            <p className="badge badge--pending">
              pending: needs a support ticket — {parent} takes YAML changes only through a ticket.
            </p>
          )}
          {preview.changes.length === 0 ? (
            <p>No configuration setting changes (other commits only).</p>
          ) : (
            <ul className="preview" aria-label={`Changes to ${parent}`}>
              {preview.changes.map((c) => (
                <li key={`${c.file}:${c.setting}`}>
                  <span className={`badge badge--${c.kind}`}>{c.kind}</span> <code>{c.file}</code>{' '}
                  <strong>{c.setting || '(whole file)'}</strong>
                  {c.kind === 'changed' && (
                    <div className="muted small">
                      {show(c.before)} → {show(c.after)}
                    </div>
                  )}
                  {c.kind === 'added' && <div className="muted small">{show(c.after)}</div>}
                </li>
              ))}
            </ul>
          )}
          <div className="inline-form__actions">
            <button
              type="button"
              className="primary"
              onClick={() => {
                if (run(merge, { env })) close();
              }}
            >
              Merge now
            </button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
