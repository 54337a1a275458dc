import { ReactFlowProvider } from '@xyflow/react';
import { EnvironmentCanvas } from '../canvas/environment-canvas';
import { PanelErrorBoundary } from '../components/panel-error-boundary';
import { ActivityPanel } from '../panels/activity-panel';
import { useOpenShareLink } from '../persistence/open-project';
import { SavedStateNotice } from '../persistence/saved-state-notice';
import { useAppStore } from '../store/app-store';
import { AppHeader } from './app-header';
import { useFileDrop } from './import/import-files';
import { DetailsPanel, Dialogs, usePrefetch } from './lazy-parts';
import { useCommandKeys } from './use-command-keys';
import { useDeployClock } from './use-deploy-clock';
import { useUrlSync } from './use-url-sync';

/** The outcome of the latest operation, read out by screen readers. */
function LiveRegion() {
  const announcement = useAppStore((s) => s.announcement);
  return (
    <div role="status" className="live-region" aria-live="polite">
      {announcement?.text}
    </div>
  );
}

/** The shell: toolbar on top, the diagram, and the details panel beside it. */
export function App() {
  useUrlSync();
  useOpenShareLink();
  useCommandKeys();
  useDeployClock();
  usePrefetch();
  const plan = useAppStore((s) => s.plan);
  const filesOverPage = useFileDrop();
  return (
    <div className={filesOverPage ? 'app app--drop' : 'app'}>
      <AppHeader />
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
