import type { EnvironmentId, PlanId } from '../domain/types';

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
