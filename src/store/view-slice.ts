import type { StateCreator } from 'zustand';
import type { LayoutDirection } from '../domain/layout';
import type { EnvironmentId, PlanId } from '../domain/types';
import type { AppState } from './app-store';

export type Announcement = Readonly<{ text: string; id: number }>;

export type ViewSlice = {
  plan: PlanId;
  /** Selected environment per plan, so each plan keeps its own view. */
  selection: Readonly<Record<PlanId, EnvironmentId | null>>;
  direction: LayoutDirection;
  /** The latest outcome, read out by the live region. */
  announcement: Announcement | null;
  setPlan: (plan: PlanId) => void;
  select: (id: EnvironmentId | null) => void;
  /** Plan and selection at once, as a deep link or the back button asks. */
  navigate: (plan: PlanId, id: EnvironmentId | null) => void;
  setDirection: (direction: LayoutDirection) => void;
  announce: (text: string) => void;
};

export const createViewSlice: StateCreator<AppState, [['temporal', unknown]], [], ViewSlice> = (
  set,
) => ({
  plan: 'starter',
  selection: { starter: null, pro: null },
  direction: 'TB',
  announcement: null,
  setPlan: (plan) => set({ plan }),
  select: (id) => set((state) => ({ selection: { ...state.selection, [state.plan]: id } })),
  navigate: (plan, id) =>
    set((state) => {
      const known = id !== null && state.projects[plan].environments[id] !== undefined;
      return { plan, selection: { ...state.selection, [plan]: known ? id : null } };
    }),
  setDirection: (direction) => set({ direction }),
  announce: (text) =>
    set((state) => ({ announcement: { text, id: (state.announcement?.id ?? 0) + 1 } })),
});
