import { projectFromRecord } from '../domain/project-record';
import type { Project } from '../domain/types';
import { checkProject } from './check-project';
import type { Problem } from './problem-text';
import { parseWith, projectSchema } from './project-schema';

export type ProjectCheck =
  | Readonly<{ project: Project }>
  | Readonly<{ problems: Problem[]; stage: 'shape' | 'rules' }>;

/** The shape first (so the rules can trust it), then the rules; paths start at `prefix`. */
export function validateProject(value: unknown, prefix: readonly string[]): ProjectCheck {
  const parsed = parseWith(projectSchema, value, prefix);
  if ('problems' in parsed) return { problems: parsed.problems, stage: 'shape' };
  const project = projectFromRecord(parsed.data);
  const problems = checkProject(project, prefix);
  return problems.length ? { problems, stage: 'rules' } : { project };
}
