import { ReactFlowProvider } from '@xyflow/react';
import { EnvironmentCanvas } from '../canvas/environment-canvas';
import { PanelErrorBoundary } from '../components/panel-error-boundary';
import { ActivityPanel } from '../panels/activity-panel';
import { useOpenShareLink } from '../persistence/open-project';
import { SavedStateNotice } from '../persistence/saved-state-notice';
import { useAppStore } from '../store/app-store';
import { AppHeader } from './app-header';
import { DetailsDock } from './details-dock';
import { useFileDrop } from './import/import-files';
import { CommandLine, DetailsPanel, Dialogs, ScenarioSidebar, usePrefetch } from './lazy-parts';
import { MainView } from './main-view';
import { useCommandKeys } from './use-command-keys';
import { useDeployClock } from './use-deploy-clock';
import { useScenarioLink, useUrlSync } from './use-url-sync';

/**
 * The outcome of the latest operation, read out by screen readers. It has a line of its own
 * above the Activity and Command line panels, so it covers no node and no control.
 */
function LiveRegion() {
  const announcement = useAppStore((s) => s.announcement);
  return (
    <div className="status-line">
      <div role="status" className="live-region" aria-live="polite" title={announcement?.text}>
        {announcement?.text}
      </div>
    </div>
  );
}

/** The shell: toolbar on top, the diagram, and the details panel beside it (under it on a phone). */
export function App() {
  useUrlSync();
  useScenarioLink();
  useOpenShareLink();
  useCommandKeys();
  useDeployClock();
  usePrefetch();
  const plan = useAppStore((s) => s.plan);
  // A scenario brings its own tree and a sidebar, recording a sidebar: the canvas is fitted
  // afresh to the room left, as for a plan.
  const sidebar = useAppStore((s) => s.scenario?.scenario.id ?? (s.recording ? 'recording' : ''));
  const filesOverPage = useFileDrop();
  return (
    <div className={filesOverPage ? 'app app--drop' : 'app'}>
      <AppHeader />
      <SavedStateNotice />
      <main className="workspace">
        <ScenarioSidebar />
        <div className="workspace__main">
          <MainView>
            <section className="canvas" aria-label="Diagram">
              <PanelErrorBoundary name="Diagram">
                {/* A canvas per plan: switching fits the new tree before it is painted. */}
                <ReactFlowProvider key={`${plan}:${sidebar}`}>
                  <EnvironmentCanvas />
                </ReactFlowProvider>
              </PanelErrorBoundary>
            </section>
          </MainView>
          <div className="workspace__bottom">
            <LiveRegion />
            <div className="workspace__panels">
              <PanelErrorBoundary name="Activity">
                <ActivityPanel />
              </PanelErrorBoundary>
              <PanelErrorBoundary name="Command line">
                <CommandLine />
              </PanelErrorBoundary>
            </div>
          </div>
        </div>
        <DetailsDock>
          <DetailsPanel />
        </DetailsDock>
      </main>
      {filesOverPage && (
        <div className="drop-overlay" aria-hidden="true">
          Drop .magento files or a project folder to import them
        </div>
      )}
      <Dialogs />
    </div>
  );
}
