import { useEffect } from 'react';
import { useAppStore } from '../store/app-store';
import { readUrlState, urlSearchFor } from './url-state';

/**
 * Keeps plan and selection in the URL: a deep link opens that view, each new selection is a
 * history entry, and back/forward walk through them.
 */
export function useUrlSync(): void {
  useEffect(() => {
    const { navigate } = useAppStore.getState();
    const applyUrl = () => {
      const { plan, env } = readUrlState(window.location.search, useAppStore.getState().plan);
      navigate(plan, env);
    };
    applyUrl();
    const current = () => {
      const state = useAppStore.getState();
      return urlSearchFor(
        { plan: state.plan, env: state.selection[state.plan] },
        window.location.search,
      );
    };
    window.history.replaceState(null, '', current());

    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (state.plan === previous.plan && state.selection === previous.selection) return;
      const search = current();
      if (search !== window.location.search) window.history.pushState(null, '', search);
    });
    window.addEventListener('popstate', applyUrl);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', applyUrl);
    };
  }, []);
}
