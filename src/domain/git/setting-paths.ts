import type { ConfigFileName } from '../types';

export type SettingPath = readonly string[];

/**
 * How deep a top-level key splits into separate settings: `relationships.<name>` is one
 * setting, `variables.<prefix>.<name>` and `stage.<stage>.<NAME>` too; any other key is one
 * setting as a whole.
 */
const SPLIT_DEPTH: Readonly<Record<ConfigFileName, Readonly<Record<string, number>>>> = {
  '.magento.app.yaml': { relationships: 1, variables: 2 },
  '.magento/services.yaml': {},
  '.magento/routes.yaml': {},
  '.magento.env.yaml': { stage: 2 },
};

type Mapping = Readonly<Record<string, unknown>>;

function isMapping(value: unknown): value is Mapping {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The settings of one config file across several versions of it (plain parsed values),
 * each as a key path. A key splits into its children only where every version holds a
 * mapping there or nothing, so a setting replaced by a scalar is compared as a whole.
 * Returns `[[]]` (the whole file is one setting) when a version is not a mapping at all.
 */
export function settingPaths(file: ConfigFileName, versions: readonly unknown[]): SettingPath[] {
  const roots = versions.map((value) => value ?? {});
  if (!roots.every(isMapping)) return [[]];
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
  if (depth === 0 || !maps.every(isMapping)) return [path];
  return unionOfKeys(maps).flatMap((key) =>
    split(
      [...path, key],
      depth - 1,
      values.map((value) => (isMapping(value) ? value[key] : undefined)),
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
    if (!isMapping(current) || !Object.hasOwn(current, key)) return undefined;
    current = current[key];
  }
  return current;
}
