import { lazy, Suspense, useEffect, useRef } from 'react';
import { contextMenuModule } from '../canvas/environment-canvas';
import { dropModule } from '../canvas/use-drag-to-merge';
import { PlanOverview } from '../panels/plan-overview';
import { selectProject, selectSelectedEnvironment, useAppStore } from '../store/app-store';
import { type LazyModule, lazyModule, operationsModule } from '../store/lazy-module';

// The details panel and the dialogs parse YAML and run operations: they and everything they
// need (the yaml package, the operations, the importer) load in their own chunk.
const detailsModule = lazyModule(() => import('../panels/environment-details'));
const dialogsModule = lazyModule(() => import('./dialog-host'));
const scenarioModule = lazyModule(() => import('../panels/scenario-panel'));
const commandLineModule = lazyModule(() => import('../panels/command-line-panel'));
const LazyCommandLine = lazy(() =>
  commandLineModule.load().then((m) => ({ default: m.CommandLinePanel })),
);
const LazyScenarioSidebar = lazy(() =>
  scenarioModule.load().then((m) => ({ default: m.ScenarioSidebar })),
);

const LazyDetails = lazy(() =>
  detailsModule.load().then((m) => ({ default: m.EnvironmentDetails })),
);
const LazyDialogHost = lazy(() => dialogsModule.load().then((m) => ({ default: m.DialogHost })));

/**
 * The module, when it was already loaded as the part it renders was shown; null while the
 * part must go through lazy(). Through lazy() even a loaded chunk suspends once, and React
 * keeps a fallback on screen for 300 ms, so a prefetched part renders directly. The choice
 * holds while the part is shown, so it never remounts (losing what was typed) mid-use.
 */
function useLoadedWhenShown<M>(module: LazyModule<M>, shown: boolean): M | null {
  const chosen = useRef<M | null | undefined>(undefined);
  if (!shown) chosen.current = undefined;
  else if (chosen.current === undefined) chosen.current = module.get();
  return chosen.current ?? null;
}

/**
 * The details panel. Before anything is selected it shows the plan in a few lines, which
 * needs none of the heavy chunk; while that chunk loads, the landmark is already there.
 */
export function DetailsPanel() {
  const selected = useAppStore((s) => selectSelectedEnvironment(s) !== null);
  const project = useAppStore(selectProject);
  const loaded = useLoadedWhenShown(detailsModule, selected);
  if (!selected) {
    return (
      <aside aria-label="Environment details" className="details">
        <PlanOverview project={project} />
      </aside>
    );
  }
  if (loaded) return <loaded.EnvironmentDetails />;
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

/** The command line, in its own chunk (prefetched); its frame is there from the start. */
export function CommandLine() {
  const loaded = useLoadedWhenShown(commandLineModule, true);
  if (loaded) return <loaded.CommandLinePanel />;
  return (
    <Suspense
      fallback={
        <section className="cli" aria-label="Command line" aria-busy="true">
          <div className="cli__bar">
            <h2>Command line</h2>
          </div>
        </section>
      }
    >
      <LazyCommandLine />
    </Suspense>
  );
}

/** The scenario being played or recorded, loaded on first use. */
export function ScenarioSidebar() {
  const open = useAppStore((s) => s.scenario !== null || s.recording !== null);
  const loaded = useLoadedWhenShown(scenarioModule, open);
  if (loaded) return <loaded.ScenarioSidebar />;
  return open ? (
    // A placeholder of the sidebar's width, so the diagram is fitted to the room it will have.
    <Suspense fallback={<aside className="scenario" aria-busy="true" />}>
      <LazyScenarioSidebar />
    </Suspense>
  ) : null;
}

/** Whichever dialog is open, loaded on first use. */
export function Dialogs() {
  const open = useAppStore((s) => s.dialog !== null);
  const loaded = useLoadedWhenShown(dialogsModule, open);
  if (loaded) return <loaded.DialogHost />;
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
        void detailsModule.load().then((details) =>
          idle(() => {
            const state = useAppStore.getState();
            details.prepareFirstPanel(selectProject(state), state.selection[state.plan]);
          }),
        );
        void dialogsModule.load();
        void dropModule.load();
        void operationsModule.load();
        void contextMenuModule.load();
        void commandLineModule.load();
        // A page's first comparison of strings by locale sets up ICU's collator (about 30 ms
        // here); the panels sort by it, so it happens now rather than on the first click.
        'a'.localeCompare('b');
      }),
    );
    return () => cancelAnimationFrame(frame);
  }, []);
}
