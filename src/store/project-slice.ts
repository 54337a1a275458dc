import { createDefaultProject } from '../domain/defaults/default-project';
import type { PlanId, Project } from '../domain/types';
import type { SliceCreator } from './app-store';

export type ProjectSlice = {
  /** Each plan keeps its own project, so switching plans and back loses nothing. */
  projects: Readonly<Record<PlanId, Project>>;
  replaceProject: (plan: PlanId, project: Project) => void;
};

export function defaultProjects(): Record<PlanId, Project> {
  return { starter: createDefaultProject('starter'), pro: createDefaultProject('pro') };
}

export const createProjectSlice: SliceCreator<ProjectSlice> = (set) => ({
  projects: defaultProjects(),
  replaceProject: (plan, project) =>
    set((state) => ({ projects: { ...state.projects, [plan]: project } })),
});
