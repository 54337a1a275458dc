import {
  APP_FILE,
  CONFIG_FILES,
  type ConfigFileName,
  type ConfigFiles,
  ENV_FILE,
  ROUTES_FILE,
  SERVICES_FILE,
} from '../types';
import { isRecord, parseYaml } from './yaml';

/**
 * Config files setting by setting: what one setting is (one service, one relationship, one
 * variable, one route), where it sits, and whether two versions agree on it. Merges and
 * previews compare through here, so "changed" means the same thing to both.
 */

export type SettingPath = readonly string[];

/**
 * How deep a top-level key splits into separate settings: `relationships.<name>` is one
 * setting, `variables.<prefix>.<name>` and `stage.<stage>.<NAME>` too; any other key is one
 * setting as a whole.
 */
const SPLIT_DEPTH: Readonly<Record<ConfigFileName, Readonly<Record<string, number>>>> = {
  [APP_FILE]: { relationships: 1, variables: 2 },
  [SERVICES_FILE]: {},
  [ROUTES_FILE]: {},
  [ENV_FILE]: { stage: 2 },
};

type Mapping = Readonly<Record<string, unknown>>;

/**
 * The settings of one config file across several versions of it (plain parsed values),
 * each as a key path. A key splits into its children only where every version holds a
 * mapping there or nothing, so a setting replaced by a scalar is compared as a whole.
 * Returns `[[]]` (the whole file is one setting) when a version is not a mapping at all.
 */
export function settingPaths(file: ConfigFileName, versions: readonly unknown[]): SettingPath[] {
  const roots = versions.map((value) => value ?? {});
  if (!roots.every(isRecord)) return [[]];
  return unionOfKeys(roots).flatMap((key) =>
    split(
      [key],
      SPLIT_DEPTH[file][key] ?? 0,
      roots.map((root) => root[key]),
    ),
  );
}

function split(path: SettingPath, depth: number, values: readonly unknown[]): SettingPath[] {
  const maps = values.filter((value) => value !== undefined);
  if (depth === 0 || !maps.every(isRecord)) return [path];
  return unionOfKeys(maps).flatMap((key) =>
    split(
      [...path, key],
      depth - 1,
      values.map((value) => (isRecord(value) ? value[key] : undefined)),
    ),
  );
}

function unionOfKeys(maps: readonly Mapping[]): string[] {
  return [...new Set(maps.flatMap((map) => Object.keys(map)))];
}

/** The value at a key path of a plain parsed value, `undefined` where it is absent. */
export function valueAt(value: unknown, path: SettingPath): unknown {
  let current = value;
  for (const key of path) {
    if (!isRecord(current) || !Object.hasOwn(current, key)) return undefined;
    current = current[key];
  }
  return current;
}

/** Deep equality of plain values as parsed from YAML (key order does not matter). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return Number.isNaN(a) && Number.isNaN(b);
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => sameValue(item, b[i]))
    );
  }
  const keysA = Object.keys(a);
  const recordB = b as Record<string, unknown>;
  return (
    keysA.length === Object.keys(b).length &&
    keysA.every(
      (key) =>
        Object.hasOwn(b, key) && sameValue((a as Record<string, unknown>)[key], recordB[key]),
    )
  );
}

export type SettingChange = Readonly<{
  file: ConfigFileName;
  /** Key path of the setting, e.g. `rabbitmq` or `relationships.rabbitmq`; empty for a whole file. */
  setting: string;
  kind: 'added' | 'removed' | 'changed';
  before: unknown;
  after: unknown;
}>;

function parsedValue(file: ConfigFileName, text: string): unknown {
  const result = parseYaml(file, text);
  return 'problem' in result ? text : result.value;
}

/** Setting by setting, what differs between two versions of the config files. */
export function diffSettings(before: ConfigFiles, after: ConfigFiles): SettingChange[] {
  return CONFIG_FILES.flatMap((file) => {
    if (before[file] === after[file]) return [];
    const a = parsedValue(file, before[file]);
    const b = parsedValue(file, after[file]);
    return settingPaths(file, [a, b]).flatMap((path): SettingChange[] => {
      const x = valueAt(a, path);
      const y = valueAt(b, path);
      if (sameValue(x, y)) return [];
      const kind = x === undefined ? 'added' : y === undefined ? 'removed' : 'changed';
      return [{ file, setting: path.join('.'), kind, before: x, after: y }];
    });
  });
}
