import { planRules } from '../domain/plans';
import type { Project } from '../domain/types';
import { useAppStore } from '../store/app-store';

/** Puts an imported or shared project in place of its plan's project (one undo entry). */
export function applyProject(project: Project, lead: string): void {
  const app = useAppStore.getState();
  app.replaceProject(project.plan, project);
  app.navigate(project.plan, null);
  app.announce(
    `${lead} Showing "${project.title}" as the ${planRules(project.plan).label} project; Undo brings back the previous one.`,
  );
}
