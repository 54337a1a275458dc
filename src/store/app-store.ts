import { temporal } from 'zundo';
import { create } from 'zustand';
import { createProjectSlice, type ProjectSlice } from './project-slice';
import { createViewSlice, type ViewSlice } from './view-slice';

export type AppState = ProjectSlice & ViewSlice;

/** The one store; undo history covers the projects only, not the view. */
export const useAppStore = create<AppState>()(
  temporal(
    (...args) => ({
      ...createProjectSlice(...args),
      ...createViewSlice(...args),
    }),
    {
      partialize: (state) => ({ projects: state.projects }),
      equality: (past, current) => past.projects === current.projects,
      limit: 200,
    },
  ),
);
