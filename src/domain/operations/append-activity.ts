import type { ActivityEntry, Project } from '../types';
import type { OperationType } from './operation-type';

export type ActivityRecord = Omit<ActivityEntry, 'id' | 'at' | 'type'> & { type: OperationType };

/** The project one tick later, with `record` logged at that tick. */
export function appendActivity(project: Project, record: ActivityRecord): Project {
  const at = project.clock + 1;
  const id = (project.activity.at(-1)?.id ?? 0) + 1;
  return { ...project, clock: at, activity: [...project.activity, { id, at, ...record }] };
}
