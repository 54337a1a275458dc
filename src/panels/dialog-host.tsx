// Every operation this part runs goes through the store's table of operations.
import '../store/operation-table';
import { ImportDialog } from '../app/import/import-dialog';
import { ImportReportDialog } from '../app/import/import-report-dialog';
import { useAppStore } from '../store/app-store';
import { CompareDialog } from './compare-dialog';
import { MergePreviewDialog } from './merge-preview-dialog';

/** Renders whichever dialog the view state has open. */
export function DialogHost() {
  const dialog = useAppStore((s) => s.dialog);
  if (dialog === null) return null;
  switch (dialog.kind) {
    case 'compare':
      return <CompareDialog left={dialog.left} right={dialog.right} />;
    case 'merge-preview':
      return <MergePreviewDialog env={dialog.env} />;
    case 'import':
      return <ImportDialog />;
    case 'import-report':
      return <ImportReportDialog report={dialog.report} />;
  }
}
