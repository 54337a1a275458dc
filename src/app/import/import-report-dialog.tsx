import { ModalDialog } from '../../components/modal-dialog';
import type { ImportMessage } from '../../domain/import/import-result';
import { formatImportMessage } from '../../domain/import/import-result';
import { useAppStore } from '../../store/app-store';
import type { ImportReport } from '../../store/view-slice';

function Messages({ label, messages }: { label: string; messages: readonly ImportMessage[] }) {
  if (messages.length === 0) return null;
  return (
    <>
      <h3>{label}</h3>
      <ul className="import-messages" aria-label={label}>
        {messages.map((m) => (
          <li key={formatImportMessage(m)}>{formatImportMessage(m)}</li>
        ))}
      </ul>
    </>
  );
}

function importAnyway(report: ImportReport): void {
  const state = useAppStore.getState();
  const project = report.anyway;
  if (!project) return;
  state.replaceProject(project);
  state.navigate(project.plan, null);
  state.openDialog(null);
  state.announce(
    `Imported ${report.files.length} file${report.files.length === 1 ? '' : 's'} anyway: every environment shows its failed deploy. Undo brings back the previous project.`,
  );
}

/** Every error and warning of a refused import, each with its file, line and key path. */
export function ImportReportDialog({ report }: { report: ImportReport }) {
  const openDialog = useAppStore((s) => s.openDialog);
  return (
    <ModalDialog title="Import refused: nothing changed" onClose={() => openDialog(null)}>
      <p>Files: {report.files.join(', ')}</p>
      <Messages label="Errors" messages={report.errors} />
      <Messages label="Warnings" messages={report.warnings} />
      {report.anyway && (
        <div className="inline-form__actions">
          <p>
            The files parse, but the platform would refuse to deploy them. Import them anyway to see
            your architecture: the environments show the failed deploy, with these errors in its
            log, and you can fix the files in the explorer.
          </p>
          <button type="button" className="primary" onClick={() => importAnyway(report)}>
            Import anyway
          </button>
        </div>
      )}
    </ModalDialog>
  );
}
