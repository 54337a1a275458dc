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

/** Every error and warning of an import, each with its file, line and key path. */
export function ImportReportDialog({ report }: { report: ImportReport }) {
  const openDialog = useAppStore((s) => s.openDialog);
  return (
    <ModalDialog
      title={report.ok ? 'Imported, with warnings' : 'Import refused: nothing changed'}
      onClose={() => openDialog(null)}
    >
      <p>Files: {report.files.join(', ')}</p>
      <Messages label="Errors" messages={report.errors} />
      <Messages label="Warnings" messages={report.warnings} />
    </ModalDialog>
  );
}
