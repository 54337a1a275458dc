import { tableGet } from '../domain/table';
import type { AppState } from './app-store';

export const selectProject = (state: AppState) => state.projects[state.plan];
export const selectSelectedId = (state: AppState) => state.selection[state.plan];
export const selectSelectedEnvironment = (state: AppState) => {
  const id = state.selection[state.plan];
  return id === null ? null : (tableGet(state.projects[state.plan].environments, id) ?? null);
};
