import { isMap, isScalar, LineCounter, type Node, parseDocument, type YAMLMap } from 'yaml';
import { parseYaml } from '../config/parse-yaml';
import type { ImportMessage } from './import-result';
import { validateText } from './validate-text';

/** A config file that parsed: its plain value and where each key stands in the text. */
export type ConfigSource = Readonly<{
  file: string;
  text: string;
  /** `null` for an empty or comment-only file. */
  value: unknown;
  /** Line of the deepest key of `path` the file holds (the file's first line for `[]`). */
  lineOf: (path: readonly string[]) => number | null;
}>;

export type ConfigSourceRead =
  | Readonly<{ source: ConfigSource; warnings: readonly ImportMessage[] }>
  | Readonly<{ error: ImportMessage }>;

function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

/** The last pair with this key: with duplicate keys, the last one is the one that counts. */
function pairOf(map: YAMLMap, key: string) {
  return map.items.findLast((pair) => keyText(pair.key) === key);
}

function duplicateKeys(
  file: string,
  node: unknown,
  path: readonly string[],
  lineAt: (offset: number | undefined) => number | null,
): ImportMessage[] {
  if (!isMap(node)) {
    const items = (node as { items?: unknown[] } | null)?.items;
    return Array.isArray(items)
      ? items.flatMap((item) => duplicateKeys(file, item, path, lineAt))
      : [];
  }
  const seen = new Set<string>();
  return node.items.flatMap((pair) => {
    const key = keyText(pair.key);
    const here = [...path, key];
    const nested = duplicateKeys(file, pair.value, here, lineAt);
    if (!seen.has(key)) {
      seen.add(key);
      return nested;
    }
    const line = lineAt((pair.key as Node | null)?.range?.[0]);
    const message = `"${key}" is set twice; the last one counts`;
    return [{ file, line, path: here.join('.'), message }, ...nested];
  });
}

/**
 * Reads one config file for import: refuses it when too large, binary or not YAML (with the
 * line of the syntax error), and warns about keys set twice.
 */
export function readConfigSource(file: string, text: string): ConfigSourceRead {
  const refused = validateText(file, text);
  if (refused) return { error: refused };
  const parsed = parseYaml(file, text);
  if (!parsed.ok) {
    const { line, message, syntax } = parsed.problem;
    const shown = syntax ? `YAML syntax error: ${message}` : message;
    return { error: { file, line, path: null, message: shown } };
  }
  const value = parsed.value;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: false, lineCounter });
  const lineAt = (offset: number | undefined) =>
    offset === undefined ? null : lineCounter.linePos(offset).line;

  const lineOf = (path: readonly string[]): number | null => {
    let node: unknown = doc.contents;
    let line = lineAt((node as Node | null)?.range?.[0]);
    for (const key of path) {
      const pair = isMap(node) ? pairOf(node, key) : undefined;
      if (!pair) break;
      line = lineAt((pair.key as Node | null)?.range?.[0]) ?? line;
      node = pair.value;
    }
    return line;
  };

  return {
    source: { file, text, value: value ?? null, lineOf },
    warnings: duplicateKeys(file, doc.contents, [], lineAt),
  };
}
