import { CONFIG_FILES, type ConfigFileName, type ConfigFiles } from '../types';
import { type MergeConflict, type MergeSides, mergeConfigFile } from './merge-config-file';

export type FilesMerge =
  | Readonly<{ files: ConfigFiles }>
  | Readonly<{ conflicts: MergeConflict[] }>;

/** Three-way merge of the four config files; conflicts of every file are reported together. */
export function mergeConfigFiles(
  base: ConfigFiles,
  ours: ConfigFiles,
  theirs: ConfigFiles,
  sides: MergeSides,
): FilesMerge {
  const merged: Partial<Record<ConfigFileName, string>> = {};
  const conflicts: MergeConflict[] = [];
  for (const file of CONFIG_FILES) {
    const result = mergeConfigFile(file, base[file], ours[file], theirs[file], sides);
    if ('conflicts' in result) conflicts.push(...result.conflicts);
    else merged[file] = result.text;
  }
  return conflicts.length > 0 ? { conflicts } : { files: merged as ConfigFiles };
}
