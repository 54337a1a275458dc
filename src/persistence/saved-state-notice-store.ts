import { create } from 'zustand';
import {
  browserStorage,
  downloadUnreadableCopy,
  forgetUnreadableCopy,
  type UnreadableCopy,
} from './storage';

/** Another tab saved after this one; this tab writes nothing until the user chooses. */
export type OtherTabChange = Readonly<{ revision: number | null }>;

/** What the running autosave does for the other-tab buttons. */
export type OtherTabResolver = Readonly<{ keepMine: () => void; loadTheirs: () => void }>;

/** A shared project shown in place of the user's own, which is kept aside until they choose. */
export type SharedCopy = Readonly<{ title: string }>;

export type SavedStateNoticeState = {
  unreadable: UnreadableCopy | null;
  /**
   * The unreadable saved text could not be copied anywhere: nothing is saved over it until
   * the user has downloaded or dismissed it.
   */
  unreadableHeld: boolean;
  sharedCopy: SharedCopy | null;
  otherTab: OtherTabChange | null;
  /** Why the last write failed (e.g. storage full); cleared by the next good write. */
  saveError: string | null;
  resolver: OtherTabResolver | null;
  downloadUnreadable: () => void;
  dismissUnreadable: () => void;
  dismissSaveError: () => void;
  keepMine: () => void;
  loadTheirs: () => void;
};

/** The notices about saved state, apart from the app store so persistence stays a plug-in. */
export const useSavedStateNotice = create<SavedStateNoticeState>()((set, get) => ({
  unreadable: null,
  unreadableHeld: false,
  sharedCopy: null,
  otherTab: null,
  saveError: null,
  resolver: null,
  downloadUnreadable: () => {
    const copy = get().unreadable;
    if (!copy) return;
    downloadUnreadableCopy(copy);
    set({ unreadableHeld: false });
  },
  dismissUnreadable: () => {
    forgetUnreadableCopy(browserStorage());
    set({ unreadable: null, unreadableHeld: false });
  },
  dismissSaveError: () => set({ saveError: null }),
  keepMine: () => get().resolver?.keepMine(),
  loadTheirs: () => get().resolver?.loadTheirs(),
}));
