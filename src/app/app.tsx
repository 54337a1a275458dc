import { ReactFlowProvider } from '@xyflow/react';
import { EnvironmentCanvas } from '../canvas/environment-canvas';
import { ActivityPanel } from '../panels/activity-panel';
import { PanelErrorBoundary } from '../panels/panel-error-boundary';
import { ProjectFileActions } from '../persistence/project-file-actions';
import { SavedStateNotice } from '../persistence/saved-state-notice';
import { useOpenShareLink } from '../persistence/use-open-share-link';
import { useAppStore } from '../store/app-store';
import { ActiveCount } from './active-count';
import { HistoryButtons } from './history-buttons';
import { ImportButton } from './import/import-button';
import { useFileDrop } from './import/use-file-drop';
import { DetailsPanel, Dialogs, usePrefetch } from './lazy-parts';
import { LiveRegion } from './live-region';
import { PlanSwitch } from './plan-switch';
import { useShortcuts } from './use-shortcuts';
import { useUrlSync } from './use-url-sync';

/** The shell: toolbar on top, the diagram, and the details panel beside it. */
export function App() {
  useUrlSync();
  useOpenShareLink();
  useShortcuts();
  usePrefetch();
  const plan = useAppStore((s) => s.plan);
  const filesOverPage = useFileDrop();
  return (
    <div className={filesOverPage ? 'app app--drop' : 'app'}>
      <header className="toolbar">
        <h1>Magento Cloud Explorer</h1>
        <PlanSwitch />
        <ActiveCount />
        <div className="toolbar__actions">
          <ImportButton />
          <ProjectFileActions />
          <HistoryButtons />
        </div>
      </header>
      <SavedStateNotice />
      <main className="workspace">
        <div className="workspace__main">
          <section className="canvas" aria-label="Diagram">
            <PanelErrorBoundary name="Diagram">
              {/* A canvas per plan: switching fits the new tree before it is painted. */}
              <ReactFlowProvider key={plan}>
                <EnvironmentCanvas />
              </ReactFlowProvider>
            </PanelErrorBoundary>
          </section>
          <PanelErrorBoundary name="Activity">
            <ActivityPanel />
          </PanelErrorBoundary>
        </div>
        <DetailsPanel />
      </main>
      {filesOverPage && (
        <div className="drop-overlay" aria-hidden="true">
          Drop .magento files or a project folder to import them
        </div>
      )}
      <Dialogs />
      <LiveRegion />
    </div>
  );
}
