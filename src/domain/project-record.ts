import { tableFromRecord, tableToRecord } from './table';
import type { Commit, CommitId, Environment, EnvironmentId, Project } from './types';

/**
 * A project as JSON holds it (saved state, exported file, share link), and as the default
 * and synthetic projects are built: environments and commits as plain records by id.
 */
export type ProjectRecord = Readonly<
  Omit<Project, 'environments' | 'commits'> & {
    environments: Readonly<Record<EnvironmentId, Environment>>;
    commits: Readonly<Record<CommitId, Commit>>;
  }
>;

/** The project of a record; O(n), for loading and building, not for operations. */
export function projectFromRecord(record: ProjectRecord): Project {
  return {
    ...record,
    environments: tableFromRecord(record.environments),
    commits: tableFromRecord(record.commits),
  };
}

/** The project as a record, ids in order, for JSON; O(n log n). */
export function projectToRecord(project: Project): ProjectRecord {
  return {
    ...project,
    environments: tableToRecord(project.environments),
    commits: tableToRecord(project.commits),
  };
}
