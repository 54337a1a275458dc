import { type ReactNode, useEffect, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { PanelErrorBoundary } from '../components/panel-error-boundary';
import { browserStorage } from '../persistence/storage';
import { useAppStore } from '../store/app-store';
import { lazyModule } from '../store/lazy-module';
import { MAIN_VIEWS, type MainView as View } from '../store/view-slice';

/** The list view and what it needs, in its own chunk (prefetched once the diagram is up). */
const listModule = lazyModule(() => import('../panels/environment-list'));

/** The view the user chose last (a preference of this browser, like the deploy speed). */
const VIEW_KEY = 'magento-cloud-explorer:view';

const isView = (value: string | null): value is View =>
  (MAIN_VIEWS as readonly (string | null)[]).includes(value);

/**
 * Starts on `?view=` or the view chosen last, and keeps each later choice; a `view` in the
 * address is kept true as the view changes.
 */
function useKeptView(): void {
  useLayoutEffect(() => {
    const storage = browserStorage();
    const asked = new URLSearchParams(window.location.search).get('view');
    let kept: string | null = null;
    try {
      kept = storage?.getItem(VIEW_KEY) ?? null;
    } catch {
      kept = null;
    }
    const store = useAppStore;
    store.getState().setView(isView(asked) ? asked : isView(kept) ? kept : 'diagram');
    return store.subscribe((state, previous) => {
      if (state.view === previous.view) return;
      try {
        storage?.setItem(VIEW_KEY, state.view);
      } catch {
        // A preference that cannot be kept is simply chosen again.
      }
      const params = new URLSearchParams(window.location.search);
      if (params.has('view')) {
        params.set('view', state.view);
        window.history.replaceState(window.history.state, '', `?${params.toString()}`);
      }
    });
  }, []);
}

/**
 * The main area: the diagram, or the list over it. The diagram stays mounted (hidden) while
 * the list shows, so coming back is instant and its viewport is as it was.
 */
export function MainView({ children }: { children: ReactNode }) {
  useKeptView();
  const view = useAppStore((s) => s.view);
  const list = useSyncExternalStore(listModule.subscribe, listModule.get);
  useEffect(() => {
    if (view === 'list') {
      void listModule.load();
      return;
    }
    const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 300));
    const frame = requestAnimationFrame(() => idle(() => void listModule.load()));
    return () => cancelAnimationFrame(frame);
  }, [view]);

  // A shortcut that switches views leaves the focus in the part now hidden: move it across.
  const focusWasIn = useRef<View | null>(null);
  useEffect(
    () =>
      useAppStore.subscribe((state, previous) => {
        if (state.view === previous.view) return;
        const focused = document.activeElement;
        focusWasIn.current = focused?.closest('.canvas')
          ? 'diagram'
          : focused?.closest('.env-list')
            ? 'list'
            : null;
      }),
    [],
  );
  useEffect(() => {
    if (focusWasIn.current === null || focusWasIn.current === view) return;
    if (view === 'list') {
      if (!list) return;
      const row = document.querySelector<HTMLElement>('.env-list tbody tr[tabindex="0"]');
      if (!row) return;
      row.focus();
    } else {
      const state = useAppStore.getState();
      const id = state.selection[state.plan];
      if (id !== null)
        document
          .querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)
          ?.focus({ preventScroll: true });
    }
    focusWasIn.current = null;
  }, [view, list]);

  return (
    <div className={`workspace__view workspace__view--${view}`}>
      {children}
      {view === 'list' && (
        <div className="workspace__list">
          <PanelErrorBoundary name="List">
            {list ? (
              <list.EnvironmentList />
            ) : (
              <section className="env-list" aria-label="Environment list" aria-busy="true">
                <p className="muted">Loading the list…</p>
              </section>
            )}
          </PanelErrorBoundary>
        </div>
      )}
    </div>
  );
}
