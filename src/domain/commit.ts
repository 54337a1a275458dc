import { fingerprint } from './fingerprint';
import type { Commit, ConfigFiles } from './types';

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
