import { fingerprint } from '../fingerprint';
import { type Table, tableGet } from '../table';
import { CONFIG_FILES, type Commit, type CommitId, type ConfigFiles } from '../types';

/**
 * The commit graph: commits are immutable and named by their content, and every Git question
 * the operations ask (is this behind that, where did they diverge) is answered here.
 */

/** A commit whose id is the fingerprint of everything it holds. */
export function makeCommit(
  parents: readonly string[],
  message: string,
  time: number,
  files: ConfigFiles,
): Commit {
  const id = fingerprint(JSON.stringify([parents, message, time, files]));
  return { id, parents, message, time, files };
}

const EMPTY: ConfigFiles = Object.fromEntries(
  CONFIG_FILES.map((file) => [file, '']),
) as ConfigFiles;

/** The config files at a commit; empty files for a commit the project does not hold. */
export function filesAt(commits: Table<Commit>, id: CommitId | null): ConfigFiles {
  return (id !== null && tableGet(commits, id)?.files) || EMPTY;
}

/** Whether two sets of config files hold the same text. */
export function sameConfigFiles(a: ConfigFiles, b: ConfigFiles): boolean {
  return CONFIG_FILES.every((name) => a[name] === b[name]);
}

/**
 * Every commit reachable from `id` through parent links, `id` itself included.
 * Parents missing from `commits` are listed but not followed.
 */
function commitAncestors(commits: Table<Commit>, id: CommitId): Set<CommitId> {
  const seen = new Set<CommitId>();
  const stack = [id];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(tableGet(commits, next)?.parents ?? []));
  }
  return seen;
}

/**
 * Whether `ancestor` is reachable from `descendant` (a commit counts as its own ancestor, as
 * in `git merge-base --is-ancestor`). When it holds, moving `ancestor` to `descendant` is a
 * fast-forward.
 */
export function isAncestor(
  commits: Table<Commit>,
  ancestor: CommitId,
  descendant: CommitId,
): boolean {
  return commitAncestors(commits, descendant).has(ancestor);
}

/**
 * The best common ancestor of two commits: a common ancestor that is not an ancestor of
 * another common ancestor. When history has several (criss-cross merges), the newest wins,
 * then the smallest id, so the choice is reproducible. `null` for unrelated histories.
 */
export function mergeBase(commits: Table<Commit>, a: CommitId, b: CommitId): CommitId | null {
  const ofA = commitAncestors(commits, a);
  const common = [...commitAncestors(commits, b)].filter((id) => ofA.has(id));
  // Every ancestor of a common ancestor is common too, so one walk marks all the ones
  // that are behind another.
  const behind = new Set<CommitId>();
  const stack = common.flatMap((id) => tableGet(commits, id)?.parents ?? []);
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (behind.has(next)) continue;
    behind.add(next);
    stack.push(...(tableGet(commits, next)?.parents ?? []));
  }
  const timeOf = (id: CommitId) => tableGet(commits, id)?.time ?? 0;
  const best = common
    .filter((id) => !behind.has(id))
    .sort((x, y) => timeOf(y) - timeOf(x) || x.localeCompare(y));
  return best[0] ?? null;
}

/** The Git tree of a set of files (MAGENTO_CLOUD_TREE_ID): the same files, the same tree. */
export function treeIdOf(files: ConfigFiles): string {
  return fingerprint(JSON.stringify(files));
}
