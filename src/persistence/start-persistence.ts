import {
  type Autosave,
  type AutosaveOptions,
  createAutosave,
  type SaveableStore,
} from './autosave';
import { loadSavedState } from './load-saved-state';

/** A store with zundo's undo store attached, as `create(temporal(...))` makes it. */
type StoreWithHistory = SaveableStore & { temporal?: { getState(): { clear: () => void } } };

/**
 * Puts the saved state (or the defaults) into `store` before the first render, with an empty
 * undo history, then saves every change. Call once, at start-up.
 */
export function startPersistence(store: StoreWithHistory, options: AutosaveOptions = {}): Autosave {
  const loaded = loadSavedState(options.storage, options.now);
  store.setState({ projects: loaded.state.projects, plan: loaded.state.plan });
  store.temporal?.getState().clear();
  return createAutosave(store, options);
}
