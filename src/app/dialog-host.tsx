import { CompareDialog } from '../panels/compare-dialog';
import { MergePreviewDialog } from '../panels/merge-preview-dialog';
import { useAppStore } from '../store/app-store';
import { CommandPalette } from './command-palette';
import { ImportDialog } from './import/import-dialog';
import { ImportReportDialog } from './import/import-report-dialog';

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
    case 'palette':
      return <CommandPalette />;
  }
}
