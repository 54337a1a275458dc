import type { Document, ToStringOptions } from 'yaml';
import { isMap, isNode, type Pair, YAMLMap } from 'yaml';
import { type SettingPath, sameValue, settingPaths, valueAt } from '../config/settings';
import { parseYaml, type YamlProblem, yamlFormat, yamlKeyText } from '../config/yaml';
import type { Table } from '../table';
import {
  CONFIG_FILES,
  type Commit,
  type CommitId,
  type ConfigFileName,
  type ConfigFiles,
} from '../types';
import { filesAt, isAncestor, mergeBase } from './commit-graph';

// A key set twice has no one value to merge: such a file is refused rather than guessed at.
const STRICT = { duplicateKeys: 'error' } as const;

/**
 * Merging two heads: a fast-forward when one is behind, otherwise a three-way merge of the
 * config files against their merge base, one setting at a time (see config/settings.ts).
 */

export type HeadsMerge =
  | Readonly<{ kind: 'up-to-date' }>
  | Readonly<{ kind: 'fast-forward'; head: CommitId }>
  | Readonly<{ kind: 'merge'; files: ConfigFiles }>
  | Readonly<{ kind: 'conflict'; conflicts: MergeConflict[] }>;

/**
 * What merging commit `theirs` into commit `ours` does: nothing when `ours` already holds
 * it, a fast-forward when `ours` is behind, otherwise a three-way merge of the config files
 * against the merge base (empty files for unrelated histories), which may conflict.
 */
export function mergeHeads(
  commits: Table<Commit>,
  ours: CommitId,
  theirs: CommitId,
  sides: MergeSides,
): HeadsMerge {
  if (isAncestor(commits, theirs, ours)) return { kind: 'up-to-date' };
  if (isAncestor(commits, ours, theirs)) return { kind: 'fast-forward', head: theirs };
  const base = filesAt(commits, mergeBase(commits, ours, theirs));
  const result = mergeConfigFiles(base, filesAt(commits, ours), filesAt(commits, theirs), sides);
  return 'conflicts' in result
    ? { kind: 'conflict', conflicts: result.conflicts }
    : { kind: 'merge', files: result.files };
}

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

export type MergeConflict = Readonly<{
  file: ConfigFileName;
  /** The setting for a user, e.g. ".magento/services.yaml: rabbitmq", or the file alone. */
  label: string;
  /** Both sides changed the setting differently, or the file cannot be merged at all. */
  kind: 'both-changed' | 'unmergeable';
  /** Why, as a clause: "changed on both sides", "does not parse on staging (…)". */
  reason: string;
}>;

export type FileMerge = Readonly<{ text: string }> | Readonly<{ conflicts: MergeConflict[] }>;

/** Names of the two sides, for messages. */
export type MergeSides = Readonly<{ ours: string; theirs: string }>;

/**
 * Three-way merge of one config file at the level of one setting (see `settingPaths`).
 * A file changed on one side only is taken as that side wrote it. Otherwise settings that
 * only `theirs` changed are copied into `ours` through the YAML document, so ours' comments
 * and formatting survive; a setting both changed differently is a conflict, and so is a
 * file that does not parse on any of the three.
 */
export function mergeConfigFile(
  file: ConfigFileName,
  base: string,
  ours: string,
  theirs: string,
  sides: MergeSides,
): FileMerge {
  if (ours === theirs || base === theirs) return { text: ours };
  if (base === ours) return { text: theirs };

  const baseFile = parseYaml(file, base, STRICT);
  const oursFile = parseYaml(file, ours, STRICT);
  const theirsFile = parseYaml(file, theirs, STRICT);
  if ('problem' in baseFile) return notParsed(file, 'the merge base', baseFile.problem);
  if ('problem' in oursFile) return notParsed(file, sides.ours, oursFile.problem);
  if ('problem' in theirsFile) return notParsed(file, sides.theirs, theirsFile.problem);

  const taken = new Map<string, SettingPath>();
  const conflicts: MergeConflict[] = [];
  for (const path of settingPaths(file, [baseFile.value, oursFile.value, theirsFile.value])) {
    const [b, o, t] = [baseFile, oursFile, theirsFile].map((side) => valueAt(side.value, path));
    if (sameValue(b, t) || sameValue(o, t)) continue;
    if (sameValue(b, o)) taken.set(JSON.stringify(path), path);
    else {
      const label = path.length === 0 ? file : `${file}: ${path.join('.')}`;
      conflicts.push({ file, label, kind: 'both-changed', reason: 'changed on both sides' });
    }
  }
  if (conflicts.length > 0) return { conflicts };
  if (taken.size === 0) return { text: ours };
  // The whole file is one setting when it is not a mapping; theirs changed it alone.
  if (taken.has('[]')) return { text: theirs };

  const text = copySettings(
    oursFile.doc,
    theirsFile.doc,
    [...taken.values()],
    yamlFormat(ours, theirs),
  );
  const check = text === null ? null : parseYaml(file, text, STRICT);
  // The document can hold what its plain value hides (aliases, odd keys): trust only a
  // result that reads back as ours with theirs' settings.
  const faithful =
    check !== null &&
    'value' in check &&
    settingPaths(file, [baseFile.value, oursFile.value, theirsFile.value, check.value]).every(
      (path) =>
        sameValue(
          valueAt(check.value, path),
          valueAt((taken.has(JSON.stringify(path)) ? theirsFile : oursFile).value, path),
        ),
    );
  return text !== null && faithful
    ? { text }
    : unmergeable(
        file,
        'cannot be merged setting by setting (it uses YAML aliases or unusual keys)',
      );
}

/** Ours' document with theirs' settings copied in, as text; null where copying fails. */
function copySettings(
  ours: Document,
  theirs: Document,
  paths: readonly SettingPath[],
  format: ToStringOptions,
): string | null {
  try {
    for (const path of paths) copySetting(ours, theirs, path);
    return ours.toString(format);
  } catch {
    return null;
  }
}

function notParsed(file: ConfigFileName, side: string, problem: YamlProblem): FileMerge {
  const { line, column, message } = problem;
  const place = line === null ? '' : `line ${line}, column ${column ?? 1}: `;
  return unmergeable(file, `does not parse on ${side} (${place}${message})`);
}

function unmergeable(file: ConfigFileName, reason: string): FileMerge {
  return { conflicts: [{ file, label: file, kind: 'unmergeable', reason }] };
}

function keyText(pair: Pair): string {
  return yamlKeyText(pair.key);
}

function mapAt(doc: Document, path: SettingPath): YAMLMap | undefined {
  let node: unknown = doc.contents;
  for (const key of path) {
    node = isMap(node) ? node.items.find((pair) => keyText(pair) === key)?.value : undefined;
  }
  return isMap(node) ? node : undefined;
}

function pairAt(doc: Document, path: SettingPath): Pair | undefined {
  const key = path.at(-1);
  return mapAt(doc, path.slice(0, -1))?.items.find((pair) => keyText(pair) === key);
}

/** The mapping at `path` in `ours`, created (with the key as `theirs` writes it) if missing. */
function ensureMap(ours: Document, theirs: Document, path: SettingPath): YAMLMap {
  if (ours.contents === null) ours.contents = new YAMLMap();
  for (let depth = 1; depth <= path.length; depth++) {
    if (mapAt(ours, path.slice(0, depth))) continue;
    const parent = mapAt(ours, path.slice(0, depth - 1));
    const template = pairAt(theirs, path.slice(0, depth));
    if (!parent || !template) throw new Error(`No mapping at ${path.join('.')}`);
    const pair = template.clone();
    pair.value = new YAMLMap();
    parent.items.push(pair);
  }
  const map = mapAt(ours, path);
  if (!map) throw new Error(`No mapping at ${path.join('.')}`);
  return map;
}

/**
 * Makes the setting at `path` in `ours` what it is in `theirs`, in place: theirs' entry is
 * copied with its comments and quoting, or removed when theirs has none (with any mapping
 * left empty that theirs does not have either). Throws where the document's shape differs
 * from its plain value (aliases); callers treat that as a setting they cannot merge.
 */
function copySetting(ours: Document, theirs: Document, path: SettingPath): void {
  const source = pairAt(theirs, path);
  if (source) {
    const target = ensureMap(ours, theirs, path.slice(0, -1));
    const existing = target.items.find((pair) => keyText(pair) === path.at(-1));
    if (!existing) target.items.push(source.clone());
    else existing.value = isNode(source.value) ? source.value.clone() : source.value;
    return;
  }
  for (let depth = path.length; depth > 0; depth--) {
    const parentPath = path.slice(0, depth - 1);
    const parent = mapAt(ours, parentPath);
    if (!parent) return;
    parent.items = parent.items.filter((pair) => keyText(pair) !== path[depth - 1]);
    if (depth === 1 || parent.items.length > 0 || pairAt(theirs, parentPath)) return;
  }
}

/**
 * `files` with the settings of `scope` as `source` has them (a whole file, or one key path
 * of one, copied through the YAML document so the rest keeps its comments). Where a key path
 * cannot be copied (a file that does not parse, aliases), the whole file is taken.
 */
export function takeSettings(
  files: ConfigFiles,
  source: ConfigFiles,
  scope: readonly Readonly<{ file: ConfigFileName; path?: readonly string[] }>[],
): ConfigFiles {
  const result: Record<ConfigFileName, string> = { ...files };
  for (const { file, path } of scope) {
    if (result[file] === source[file]) continue;
    if (!path) {
      result[file] = source[file];
      continue;
    }
    const ours = parseYaml(file, result[file]);
    const theirs = parseYaml(file, source[file]);
    const copied =
      'problem' in ours || 'problem' in theirs
        ? null
        : copySettings(ours.doc, theirs.doc, [path], yamlFormat(result[file]));
    result[file] = copied ?? source[file];
  }
  return result;
}
