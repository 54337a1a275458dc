import { useEffect } from 'react';
import type { EnvironmentId, PlanId } from '../domain/types';
import { useAppStore } from '../store/app-store';

export type UrlState = Readonly<{ plan: PlanId; env: EnvironmentId | null }>;

/**
 * Reads `?plan=pro&env=staging`; a missing or unknown plan falls back to `fallback` (the plan
 * the user last had), with no selection.
 */
export function readUrlState(search: string, fallback: PlanId = 'starter'): UrlState {
  const params = new URLSearchParams(search);
  const asked = params.get('plan');
  const plan = asked === 'pro' || asked === 'starter' ? asked : fallback;
  const env = params.get('env');
  return { plan, env: env === '' ? null : env };
}

/** The query string for a view, keeping any other parameters of the current one. */
export function urlSearchFor(state: UrlState, current: string): string {
  const params = new URLSearchParams(current);
  params.set('plan', state.plan);
  if (state.env) params.set('env', state.env);
  else params.delete('env');
  return `?${params.toString()}`;
}

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
