import { pushRefusal } from '../deploy/config-checks';
import { ticketNote } from '../deploy/deployment';
import { filesAt, makeCommit } from '../git/commit-graph';
import { mergeHeads } from '../git/merge';
import { commitConfigChange } from '../operations/commit-config-change';
import { deployOf, succeed, withEnvironments } from '../operations/operation';
import { syncEnvironment } from '../operations/sync-environment';
import { tableGet, tableWith } from '../table';
import { inTreeOrder, rootOf } from '../tree';
import type { ConfigFileName, ConfigFiles, EnvironmentId, Project } from '../types';

/** How the imported files reached one environment of the kept tree. */
export type CarriedHow =
  /** The root: the files committed and pushed there. */
  | 'pushed'
  /** Behind its parent: a code sync (a fast-forward) brought the files down. */
  | 'synced'
  /** Has work of its own: its parent merged into it, as `git merge` and a push would. */
  | 'merged'
  /** Already had everything its parent has (its parent did not take the files). */
  | 'unchanged'
  /** Inactive: the platform neither syncs nor deploys it; it keeps its files. */
  | 'inactive'
  /** Its own work and the files change the same settings: it keeps its files. */
  | 'conflict'
  /** The platform would reject its files after the merge: it keeps its files. */
  | 'rejected';

export type Carried = Readonly<{
  env: EnvironmentId;
  how: CarriedHow;
  /**
   * For a conflict, the settings changed on both sides; for a rejection, the reason; for a
   * change that waits for a support ticket (Pro Staging and Production), what waits.
   */
  detail: string | null;
}>;

export type KeptImport =
  | Readonly<{ ok: true; project: Project; carried: readonly Carried[] }>
  | Readonly<{ ok: false; reason: string }>;

/**
 * The imported files applied to `current` rather than to a new project: one commit of the
 * imported files on the root (files not imported stay as they are there), then, down the
 * tree, each active environment takes its parent's new head: a code sync where it is behind,
 * a merge commit where it has commits of its own. Branches, titles, statuses, variables and
 * history are kept; each push and sync starts its deploy. `storageMb` is what the files need
 * (the project keeps its own storage where that is more).
 */
export function importIntoProject(
  current: Project,
  files: Partial<ConfigFiles>,
  imported: readonly ConfigFileName[],
  storageMb: number,
): KeptImport {
  const root = rootOf(current);
  if (!root) return { ok: false, reason: 'the project has no root environment' };
  let project: Project = { ...current, storageMb: Math.max(current.storageMb, storageMb) };
  const carried: Carried[] = [];

  const pushed = commitConfigChange(project, {
    env: root.id,
    files,
    message: `Import ${imported.join(', ')}`,
  });
  if ('error' in pushed) {
    if (pushed.error.code !== 'no-change') return { ok: false, reason: pushed.error.message };
    carried.push({ env: root.id, how: 'unchanged', detail: null });
  } else {
    project = pushed.project;
    carried.push({ env: root.id, how: 'pushed', detail: null });
  }

  for (const before of inTreeOrder(project)) {
    if (before.parentId === null) continue;
    const env = tableGet(project.environments, before.id) ?? before;
    const parent = tableGet(project.environments, env.parentId ?? '');
    if (!parent) continue;
    const note = (how: CarriedHow, detail: string | null = null) =>
      carried.push({ env: env.id, how, detail });
    const ticket = (to: ConfigFiles) => ticketNote(project, env, to).trim() || null;
    if (env.status !== 'active') {
      note('inactive');
      continue;
    }
    const merge = mergeHeads(project.commits, env.head, parent.head, {
      ours: env.id,
      theirs: parent.id,
    });
    if (merge.kind === 'up-to-date') note('unchanged');
    else if (merge.kind === 'conflict') {
      note('conflict', [...new Set(merge.conflicts.map((c) => c.label))].join('; '));
    } else if (merge.kind === 'fast-forward') {
      const waits = ticket(filesAt(project.commits, parent.head));
      const synced = syncEnvironment(project, { env: env.id, code: true, data: false });
      if ('error' in synced) note('rejected', synced.error.message);
      else {
        project = synced.project;
        note('synced', waits);
      }
    } else {
      const rejected = pushRefusal(project, env, merge.files, `The merge of ${parent.id}`);
      if (rejected) {
        note('rejected', rejected.error.message);
        continue;
      }
      const waits = ticket(merge.files);
      const message = `Merge branch '${parent.id}' into ${env.id}`;
      const commit = makeCommit([env.head, parent.head], message, project.clock + 1, merge.files);
      const moved = { ...env, head: commit.id };
      const result = succeed(
        withEnvironments({ ...project, commits: tableWith(project.commits, commit) }, moved),
        {
          type: 'commit',
          environment: env.id,
          activity: `pushed "${message}" (the imported files)`,
          deploy: deployOf(moved, `pushed "${message}"`),
        },
        '',
      );
      if ('project' in result) project = result.project;
      note('merged', waits);
    }
  }
  return { ok: true, project, carried };
}
