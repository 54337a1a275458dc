import { type Table, tableGet } from '../table';
import { CONFIG_FILES, type Commit, type CommitId, type ConfigFiles } from '../types';

const EMPTY: ConfigFiles = Object.fromEntries(
  CONFIG_FILES.map((file) => [file, '']),
) as ConfigFiles;

/** The config files at a commit; empty files for a commit the project does not hold. */
export function filesAt(commits: Table<Commit>, id: CommitId | null): ConfigFiles {
  return (id !== null && tableGet(commits, id)?.files) || EMPTY;
}
