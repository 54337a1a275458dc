import { type Document, isMap, isNode, isScalar, type Pair, YAMLMap } from 'yaml';
import type { SettingPath } from './setting-paths';

function keyText(pair: Pair): string {
  return String(isScalar(pair.key) ? pair.key.value : pair.key);
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
export function copySetting(ours: Document, theirs: Document, path: SettingPath): void {
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
