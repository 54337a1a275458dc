import { ReactFlowProvider } from '@xyflow/react';
import { EnvironmentCanvas } from '../canvas/environment-canvas';
import { EnvironmentDetails } from '../panels/environment-details';
import { PanelErrorBoundary } from '../panels/panel-error-boundary';
import { ActiveCount } from './active-count';
import { LayoutToggle } from './layout-toggle';
import { LiveRegion } from './live-region';
import { PlanSwitch } from './plan-switch';
import { useUrlSync } from './use-url-sync';

/** The shell: toolbar on top, the diagram, and the details panel beside it. */
export function App() {
  useUrlSync();
  return (
    <div className="app">
      <header className="toolbar">
        <h1>Magento Cloud Explorer</h1>
        <PlanSwitch />
        <ActiveCount />
        <div className="toolbar__actions">
          <LayoutToggle />
        </div>
      </header>
      <main className="workspace">
        <section className="canvas" aria-label="Diagram">
          <PanelErrorBoundary name="Diagram">
            <ReactFlowProvider>
              <EnvironmentCanvas />
            </ReactFlowProvider>
          </PanelErrorBoundary>
        </section>
        <EnvironmentDetails />
      </main>
      <LiveRegion />
    </div>
  );
}
