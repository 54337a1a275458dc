import {
  interpretSavedText,
  loadSavedState,
  revisionOf,
  type SavedState,
  serializeSavedState,
} from './saved-state';
import { useSavedStateNotice } from './saved-state-notice-store';
import { browserStorage, STORAGE_KEY } from './storage';

type Saveable = Pick<SavedState, 'projects' | 'plan' | 'edition'>;

/** The part of a zustand store autosave uses; the app store fits it as it is. */
export type SaveableStore = {
  getState(): Saveable;
  setState(partial: Saveable): void;
  subscribe(listener: (state: Saveable, previous: Saveable) => void): () => void;
};

export type AutosaveOptions = Readonly<{
  storage?: Storage | null;
  /** Quiet time after the last change before writing. */
  delayMs?: number;
  now?: () => Date;
  /** Where `pagehide`, `visibilitychange` and `storage` are listened for. */
  target?: Window | null;
}>;

/** Stops autosave (writing a change that is still waiting); `flush` writes it now. */
export type Autosave = (() => void) & { flush: () => void };

function snapshot(state: Saveable): SavedState {
  return { projects: state.projects, plan: state.plan, edition: state.edition };
}

/**
 * Saves the projects and plan of `store` after each change (debounced, and at once when the
 * page is hidden or left). Another tab's save is noticed, by the `storage` event or by what
 * is stored at write time; from then on nothing is written until the user keeps their own
 * version or loads the other tab's (`useSavedStateNotice`).
 */
export function createAutosave(store: SaveableStore, options: AutosaveOptions = {}): Autosave {
  const storage = options.storage === undefined ? browserStorage() : options.storage;
  const target = options.target === undefined ? (globalThis.window ?? null) : options.target;
  const delayMs = options.delayMs ?? 300;
  const now = options.now ?? (() => new Date());
  const notice = useSavedStateNotice;

  // What this tab last read or wrote: anything else under the key came from another tab.
  let lastSeen = storage?.getItem(STORAGE_KEY) ?? null;
  let revision = revisionOf(lastSeen) ?? 0;
  // The state `lastSeen` holds (or the start state): only a change from it is written.
  let saved = snapshot(store.getState());
  let timer: ReturnType<typeof setTimeout> | null = null;

  const cancelTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const changed = () => {
    const state = store.getState();
    return (
      state.projects !== saved.projects ||
      state.plan !== saved.plan ||
      state.edition !== saved.edition
    );
  };

  const otherTabWrote = (stored: string | null) => {
    notice.setState({ otherTab: { revision: revisionOf(stored) } });
  };

  const write = (overrideOtherTab: boolean) => {
    cancelTimer();
    if (!storage || notice.getState().unreadableHeld) return;
    if (!overrideOtherTab && (notice.getState().otherTab || !changed())) return;
    const stored = storage.getItem(STORAGE_KEY);
    if (!overrideOtherTab && stored !== null && stored !== lastSeen) {
      otherTabWrote(stored);
      return;
    }
    const state = snapshot(store.getState());
    // Past another tab's revision when overriding it; otherwise `stored` is our own last write.
    const next = (overrideOtherTab ? Math.max(revision, revisionOf(stored) ?? 0) : revision) + 1;
    const text = serializeSavedState(state, next, now());
    try {
      storage.setItem(STORAGE_KEY, text);
    } catch (error) {
      notice.setState({
        saveError: `Your changes could not be saved in this browser (${(error as Error).message}).`,
      });
      return;
    }
    lastSeen = text;
    revision = next;
    saved = state;
    if (notice.getState().saveError) notice.setState({ saveError: null });
  };

  const flush = () => write(false);

  const keepMine = () => {
    notice.setState({ otherTab: null });
    write(true);
  };

  const loadTheirs = () => {
    const theirs = storage?.getItem(STORAGE_KEY) ?? null;
    notice.setState({ otherTab: null });
    cancelTimer();
    if (theirs === null) return;
    const loaded = interpretSavedText(theirs, storage, now);
    lastSeen = theirs;
    revision = Math.max(loaded.revision, revisionOf(theirs) ?? 0);
    saved = loaded.state;
    store.setState(snapshot(loaded.state));
  };

  const onStorage = (event: StorageEvent) => {
    if (event.key !== null && event.key !== STORAGE_KEY) return;
    if (event.storageArea !== null && event.storageArea !== storage) return;
    // `key` null is `clear()`; a removed key is simply written again by the next change.
    const theirs = event.key === null ? null : event.newValue;
    if (theirs === null) lastSeen = null;
    else if (theirs !== lastSeen) {
      cancelTimer();
      otherTabWrote(theirs);
    }
  };

  // Leaving with changes that cannot be written (another tab saved first, a full or refused
  // storage, an unreadable state held): the browser asks first. Otherwise pagehide saves.
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    const { otherTab, saveError, unreadableHeld } = notice.getState();
    if (!changed() || (storage && !otherTab && !saveError && !unreadableHeld)) return;
    event.preventDefault();
    event.returnValue = '';
  };

  const onVisibility = () => {
    if (target?.document.visibilityState === 'hidden') flush();
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.projects === previous.projects &&
      state.plan === previous.plan &&
      state.edition === previous.edition
    )
      return;
    cancelTimer();
    timer = setTimeout(flush, delayMs);
  });
  target?.addEventListener('pagehide', flush);
  target?.addEventListener('beforeunload', onBeforeUnload);
  target?.addEventListener('storage', onStorage);
  target?.document.addEventListener('visibilitychange', onVisibility);
  notice.setState({ resolver: { keepMine, loadTheirs } });

  const stop = () => {
    flush();
    unsubscribe();
    target?.removeEventListener('pagehide', flush);
    target?.removeEventListener('beforeunload', onBeforeUnload);
    target?.removeEventListener('storage', onStorage);
    target?.document.removeEventListener('visibilitychange', onVisibility);
    if (notice.getState().resolver?.keepMine === keepMine) notice.setState({ resolver: null });
  };
  return Object.assign(stop, { flush });
}

/** A store with zundo's undo store attached, as `create(temporal(...))` makes it. */
type StoreWithHistory = SaveableStore & { temporal?: { getState(): { clear: () => void } } };

/**
 * Puts the saved state (or the defaults) into `store` before the first render, with an empty
 * undo history, then saves every change. Call once, at start-up.
 */
export function startPersistence(store: StoreWithHistory, options: AutosaveOptions = {}): Autosave {
  const loaded = loadSavedState(options.storage, options.now);
  store.setState(snapshot(loaded.state));
  store.temporal?.getState().clear();
  return createAutosave(store, options);
}
