import { isMap, type Node } from 'yaml';
import { type ParsedYaml, parseYaml, yamlKeyText } from '../config/yaml';
import type { ImportMessage } from './import-result';

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

/** The largest config file the importer reads; real ones are a few KB. */
const MAX_FILE_BYTES = 1024 * 1024;

// Control characters YAML does not allow (C0 but tab, line feed and carriage return; C1 but
// next-line) and the replacement character a browser puts where bytes were not UTF-8.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const BINARY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u0080-\u0084\u0086-\u009F\uFFFD]/;

function megabytes(bytes: number): string {
  // Rounded up, so a file just over the limit never reads "1 MB".
  return `${Math.ceil((bytes / MAX_FILE_BYTES) * 10) / 10} MB`;
}

/**
 * Checks that a file is text of a size worth parsing: a file over 1 MB or holding binary
 * data (an image, an archive) is refused before the YAML parser sees it.
 */
function validateText(file: string, text: string): ImportMessage | null {
  const bytes = new TextEncoder().encode(text).byteLength;
  if (bytes > MAX_FILE_BYTES) {
    return {
      file,
      line: null,
      path: null,
      message: `too large (${megabytes(bytes)}; the limit is 1 MB)`,
    };
  }
  const binary = BINARY.exec(text);
  if (binary) {
    const line = text.slice(0, binary.index).split('\n').length;
    return {
      file,
      line,
      path: null,
      message: 'not a YAML text file: it holds binary data (is it an image or an archive?)',
    };
  }
  return null;
}

function duplicateKeys(
  file: string,
  node: unknown,
  path: readonly string[],
  lineAt: ParsedYaml['lineAt'],
): ImportMessage[] {
  if (!isMap(node)) {
    const items = (node as { items?: unknown[] } | null)?.items;
    return Array.isArray(items)
      ? items.flatMap((item) => duplicateKeys(file, item, path, lineAt))
      : [];
  }
  const seen = new Set<string>();
  return node.items.flatMap((pair) => {
    const key = yamlKeyText(pair.key);
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
  if ('problem' in parsed) {
    const { line, message, syntax } = parsed.problem;
    const shown = syntax ? `YAML syntax error: ${message}` : message;
    return { error: { file, line, path: null, message: shown } };
  }
  return {
    source: { file, text, value: parsed.value, lineOf: parsed.lineOf },
    warnings: duplicateKeys(file, parsed.doc.contents, [], parsed.lineAt),
  };
}
