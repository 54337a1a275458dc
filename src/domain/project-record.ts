import { treeIdOf } from './git/commit-graph';
import { tableFromRecord, tableToRecord } from './table';
import type {
  Build,
  Commit,
  CommitId,
  Deployment,
  Environment,
  EnvironmentId,
  Project,
} from './types';

/**
 * A project as JSON holds it (saved state, exported file, share link), and as the default
 * and synthetic projects are built: environments and commits as plain records by id.
 */
export type ProjectRecord = Readonly<
  Omit<Project, 'environments' | 'commits' | 'builds'> & {
    environments: Readonly<Record<EnvironmentId, Environment>>;
    commits: Readonly<Record<CommitId, Commit>>;
    builds: Readonly<Record<string, Build>>;
  }
>;

/** The project of a record; O(n), for loading and building, not for operations. */
export function projectFromRecord(record: ProjectRecord): Project {
  return {
    ...record,
    environments: tableFromRecord(record.environments),
    commits: tableFromRecord(record.commits),
    builds: tableFromRecord(record.builds),
  };
}

/** The project as a record, ids in order, for JSON; O(n log n). */
export function projectToRecord(project: Project): ProjectRecord {
  return {
    ...project,
    environments: tableToRecord(project.environments),
    commits: tableToRecord(project.commits),
    builds: tableToRecord(project.builds),
  };
}

/**
 * `commit` as running before the explorer tracked deploys (a default, imported or generated
 * project): its code and settings applied, the variables as configured.
 */
export function runningAsIs(commit: CommitId): Deployment {
  return { commit, applied: commit, variables: null, maintenance: false };
}

/** The builds of what `environments` run: one per tree. */
export function buildsOf(
  environments: Iterable<Environment>,
  commits: Readonly<Record<CommitId, Commit>>,
): Record<string, Build> {
  const builds: Record<string, Build> = {};
  for (const env of environments) {
    const commit = env.deployment && commits[env.deployment.commit];
    if (commit) {
      const id = treeIdOf(commit.files);
      builds[id] = { id, at: 0 };
    }
  }
  return builds;
}

// Keys that read well after a dot; anything else is quoted, e.g. `variables["a b"]`.
const PLAIN_KEY = /^[A-Za-z0-9_:-]+$/;

/** A path into a record, as problems name it: `['project', 'activity', 2, 'id']` → `project.activity[2].id`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'string' && PLAIN_KEY.test(key)) text += text ? `.${key}` : key;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text;
}
