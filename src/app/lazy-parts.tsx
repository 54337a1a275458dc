import { lazy, Suspense, useEffect } from 'react';
import { dropModule } from '../canvas/drop-module';
import { PlanOverview } from '../panels/plan-overview';
import { useAppStore } from '../store/app-store';
import { selectProject, selectSelectedEnvironment } from '../store/selectors';
import { commandsModule } from './use-shortcuts';

// The details panel and the dialogs parse YAML and run operations: they and everything they
// need (the yaml package, the operations, the importer) load in their own chunk.
const loadDetails = () => import('../panels/environment-details');
const loadDialogs = () => import('../panels/dialog-host');

const LazyDetails = lazy(() => loadDetails().then((m) => ({ default: m.EnvironmentDetails })));
const LazyDialogHost = lazy(() => loadDialogs().then((m) => ({ default: m.DialogHost })));

/**
 * The details panel. Before anything is selected it shows the plan in a few lines, which
 * needs none of the heavy chunk; while that chunk loads, the landmark is already there.
 */
export function DetailsPanel() {
  const selected = useAppStore((s) => selectSelectedEnvironment(s) !== null);
  const project = useAppStore(selectProject);
  if (!selected) {
    return (
      <aside aria-label="Environment details" className="details">
        <PlanOverview project={project} />
      </aside>
    );
  }
  return (
    <Suspense
      fallback={
        <aside aria-label="Environment details" className="details" aria-busy="true">
          <p className="muted">Loading…</p>
        </aside>
      }
    >
      <LazyDetails />
    </Suspense>
  );
}

/** Whichever dialog is open, loaded on first use. */
export function Dialogs() {
  const open = useAppStore((s) => s.dialog !== null);
  return open ? (
    <Suspense fallback={null}>
      <LazyDialogHost />
    </Suspense>
  ) : null;
}

/** Fetches the rest of the app once the diagram is up, so the first drag or click never waits. */
export function usePrefetch(): void {
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 200));
    // After the first paint, when the browser has nothing else to do.
    const frame = requestAnimationFrame(() =>
      idle(() => {
        void loadDetails();
        void dropModule.load();
        void commandsModule.load();
      }),
    );
    return () => cancelAnimationFrame(frame);
  }, []);
}
