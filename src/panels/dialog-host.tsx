import { useAppStore } from '../store/app-store';
import { CompareDialog } from './compare-dialog';
import { MergePreviewDialog } from './merge-preview-dialog';

/** Renders whichever dialog the view state has open. */
export function DialogHost() {
  const dialog = useAppStore((s) => s.dialog);
  if (dialog === null) return null;
  if (dialog.kind === 'compare') return <CompareDialog left={dialog.left} right={dialog.right} />;
  return <MergePreviewDialog env={dialog.env} />;
}
