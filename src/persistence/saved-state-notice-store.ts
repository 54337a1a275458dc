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

export type SavedStateNoticeState = {
  unreadable: UnreadableCopy | null;
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
  otherTab: null,
  saveError: null,
  resolver: null,
  downloadUnreadable: () => {
    const copy = get().unreadable;
    if (copy) downloadUnreadableCopy(copy);
  },
  dismissUnreadable: () => {
    forgetUnreadableCopy(browserStorage());
    set({ unreadable: null });
  },
  dismissSaveError: () => set({ saveError: null }),
  keepMine: () => get().resolver?.keepMine(),
  loadTheirs: () => get().resolver?.loadTheirs(),
}));
