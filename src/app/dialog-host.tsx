import { CompareDialog } from '../panels/compare-dialog';
import { MergePreviewDialog } from '../panels/merge-preview-dialog';
import { ScenarioBuilder } from '../panels/scenario-builder';
import { ScenariosDialog } from '../panels/scenarios-dialog';
import { useAppStore } from '../store/app-store';
import { CommandPalette } from './command-palette';
import { FirstVisitTour } from './help/first-visit-tour';
import { GlossaryDialog } from './help/glossary-dialog';
import { LegendDialog } from './help/legend-dialog';
import { CliPasteDialog } from './import/cli-paste-dialog';
import { ImportDialog } from './import/import-dialog';
import { ImportPreviewDialog } from './import/import-preview-dialog';
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
    case 'scenarios':
      return <ScenariosDialog />;
    case 'scenario-builder':
      return <ScenarioBuilder />;
    case 'import':
      return <ImportDialog />;
    case 'cli-paste':
      return <CliPasteDialog />;
    case 'import-preview':
      return <ImportPreviewDialog preview={dialog.preview} />;
    case 'import-report':
      return <ImportReportDialog report={dialog.report} />;
    case 'palette':
      return <CommandPalette />;
    case 'legend':
      return <LegendDialog />;
    case 'glossary':
      return <GlossaryDialog />;
    case 'tour':
      return <FirstVisitTour />;
  }
}
