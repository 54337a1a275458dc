import { type TemporalState, temporal } from 'zundo';
import { create, type StateCreator, type StoreApi } from 'zustand';
import { tableGet } from '../domain/table';
import { createProjectSlice, type ProjectSlice, selectProject } from './project-slice';
import { createScenarioSlice, type ScenarioSlice } from './scenario-slice';
import { createViewSlice, type ViewSlice } from './view-slice';

export type AppState = ProjectSlice & ViewSlice & ScenarioSlice;

/** What undo covers: the projects only, not the view. */
export type UndoableState = Pick<AppState, 'projects'>;

/** The creator type every slice shares; zundo adds the undo store as `store.temporal`. */
export type SliceCreator<Slice> = StateCreator<AppState, [['temporal', unknown]], [], Slice>;

/** The undo store of a store built with zundo, which types it `unknown` inside slices. */
export function undoStoreOf(store: unknown): StoreApi<TemporalState<UndoableState>> {
  return (store as { temporal: StoreApi<TemporalState<UndoableState>> }).temporal;
}

/** The one store; undo history covers the projects only, not the view. */
export const useAppStore = create<AppState>()(
  temporal(
    (...args) => ({
      ...createProjectSlice(...args),
      ...createViewSlice(...args),
      ...createScenarioSlice(...args),
    }),
    {
      partialize: (state): UndoableState => ({ projects: state.projects }),
      equality: (past, current) => past.projects === current.projects,
      limit: 200,
    },
  ),
);

export { selectProject };
export const selectSelectedId = (state: AppState) => state.selection[state.plan];
export const selectSelectedEnvironment = (state: AppState) => {
  const id = state.selection[state.plan];
  return id === null ? null : (tableGet(selectProject(state).environments, id) ?? null);
};
