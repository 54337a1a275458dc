import { useEffect } from 'react';
import { EDITIONS, type Edition, type EnvironmentId, PLAN_IDS, type PlanId } from '../domain/types';
import { useAppStore } from '../store/app-store';

export type UrlState = Readonly<{ plan: PlanId; env: EnvironmentId | null; edition: Edition }>;

const isPlan = (value: string | null): value is PlanId =>
  (PLAN_IDS as readonly (string | null)[]).includes(value);
const isEdition = (value: string | null): value is Edition =>
  (EDITIONS as readonly (string | null)[]).includes(value);

/**
 * Reads `?plan=pro&env=staging&rules=today`; a missing or unknown plan or edition falls back
 * to `fallback` (what the user last had), with no selection.
 */
export function readUrlState(
  search: string,
  fallback: Pick<UrlState, 'plan' | 'edition'> = { plan: 'starter', edition: '2.1' },
): UrlState {
  const params = new URLSearchParams(search);
  const plan = params.get('plan');
  const rules = params.get('rules');
  const env = params.get('env');
  return {
    plan: isPlan(plan) ? plan : fallback.plan,
    edition: isEdition(rules) ? rules : fallback.edition,
    env: env === '' ? null : env,
  };
}

/**
 * The query string for a view, keeping any other parameters of the current one; the 2.1
 * rules, the default, leave `rules` out.
 */
export function urlSearchFor(state: UrlState, current: string): string {
  const params = new URLSearchParams(current);
  params.set('plan', state.plan);
  if (state.env) params.set('env', state.env);
  else params.delete('env');
  if (state.edition === '2.1') params.delete('rules');
  else params.set('rules', state.edition);
  return `?${params.toString()}`;
}

/**
 * Keeps plan, edition and selection in the URL: a deep link opens that view (the diagram
 * brings its environment into view, out of any fold), each new selection is a history entry,
 * and back/forward walk through them.
 */
export function useUrlSync(): void {
  useEffect(() => {
    const { navigate } = useAppStore.getState();
    const applyUrl = () => {
      const { plan, env, edition } = readUrlState(window.location.search, useAppStore.getState());
      navigate(plan, env, edition);
    };
    applyUrl();
    // `?fold=off` opens a large project with every branch drawn (the benchmark's stress
    // case), `?fold=on` folds a small one; read once, as a choice the user made.
    const fold = new URLSearchParams(window.location.search).get('fold');
    if (fold === 'on' || fold === 'off') useAppStore.getState().chooseFold(fold === 'on');
    const current = () => {
      const state = useAppStore.getState();
      return urlSearchFor(
        { plan: state.plan, env: state.selection[state.plan], edition: state.edition },
        window.location.search,
      );
    };
    window.history.replaceState(null, '', current());

    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (
        state.plan === previous.plan &&
        state.edition === previous.edition &&
        state.selection === previous.selection
      )
        return;
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

/**
 * Opens the scenario a link names: a built-in one by `?scenario=<id>`, one of the user's own
 * carried in the hash (`#scenario=…`), checked like a file; a bad one is said, not opened.
 */
export function useScenarioLink(): void {
  useEffect(() => {
    const id = new URLSearchParams(window.location.search).get('scenario');
    const hash = window.location.hash;
    if (!id && !/(?:^#|&)scenario=/.test(hash)) return;
    void (async () => {
      const [{ builtInScenario }, files, { startScenario }] = await Promise.all([
        import('../domain/scenarios/built-in-scenarios'),
        import('../persistence/scenario-files'),
        import('../panels/scenarios-dialog'),
      ]);
      const { announce } = useAppStore.getState();
      if (files.hasScenarioHash(hash)) {
        const read = await files.readScenarioLink(hash);
        if ('problems' in read) {
          announce(`The scenario link was not opened: ${files.problemsText(read.problems)}`);
          return;
        }
        files.keepMyScenario(read.scenario);
        await startScenario(read.scenario);
        return;
      }
      const scenario = id ? builtInScenario(id) : undefined;
      if (scenario) await startScenario(scenario);
      else announce(`There is no scenario "${id}": open Scenarios to see the list.`);
    })();
  }, []);
}
