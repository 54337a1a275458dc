import { defaultSavedState, readSavedText, type SavedState } from './saved-state';
import { useSavedStateNotice } from './saved-state-notice-store';
import { browserStorage, STORAGE_KEY } from './storage';
import { readUnreadableCopy, storeUnreadableCopy } from './unreadable-copy';

export type LoadedState = Readonly<{
  state: SavedState;
  /** Revision of what was read; 0 when nothing usable was saved. */
  revision: number;
  source: 'saved' | 'migrated' | 'none' | 'unreadable';
}>;

/**
 * The state to start from: the saved one (migrated when older), or the default projects when
 * there is none or it cannot be read. An unreadable one is kept under its own key and shown
 * by `<SavedStateNotice />` until dismissed.
 */
export function loadSavedState(
  storage: Storage | null = browserStorage(),
  now: () => Date = () => new Date(),
): LoadedState {
  const earlier = readUnreadableCopy(storage);
  if (earlier) useSavedStateNotice.setState({ unreadable: earlier });
  const saved = storage?.getItem(STORAGE_KEY) ?? null;
  if (saved === null) return { state: defaultSavedState(), revision: 0, source: 'none' };
  return interpretSavedText(saved, storage, now);
}

/** The state a saved text gives; for an unreadable one, the defaults and a kept copy. */
export function interpretSavedText(
  saved: string,
  storage: Storage | null,
  now: () => Date,
): LoadedState {
  const read = readSavedText(saved);
  if ('error' in read) {
    const copy = { text: saved, message: read.error.message, foundAt: now().toISOString() };
    storeUnreadableCopy(storage, copy);
    useSavedStateNotice.setState({ unreadable: copy });
    return { state: defaultSavedState(), revision: 0, source: 'unreadable' };
  }
  return {
    state: read.state,
    revision: read.revision,
    source: read.migratedFrom === null ? 'saved' : 'migrated',
  };
}
