import {
  type Alias,
  type Document,
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  LineCounter,
  type Node,
  parseDocument,
  type ToStringOptions,
  visit,
} from 'yaml';

/**
 * The one way into and out of YAML for the whole domain: config readers, commits, merges,
 * edits, the importer and the editor all parse here, so a file gets the same problems and
 * the same line numbers wherever it is read.
 */

export type YamlProblem = Readonly<{
  file: string;
  /** 1-based; null when the problem has no place. */
  line: number | null;
  column: number | null;
  /** The parser's reason, without its excerpt of the source. */
  message: string;
  /** A syntax error, as opposed to text that parses but cannot be expanded safely. */
  syntax: boolean;
}>;

export type ParsedYaml = Readonly<{
  /** The document, comments and formatting included (for edits and merges). */
  doc: Document.Parsed;
  /** Its plain value; `null` for an empty or comment-only file. */
  value: unknown;
  /** Line of the deepest key of `path` the file holds (the file's first line for `[]`). */
  lineOf: (path: readonly string[]) => number | null;
  /** Line of a node's start (`node.range[0]`) in the text. */
  lineAt: (offset: number | undefined) => number | null;
}>;

export type YamlRead = ParsedYaml | Readonly<{ problem: YamlProblem }>;

export type YamlOptions = Readonly<{
  /**
   * What a key set twice in one mapping is: `last-wins` (what the platform's reader does, and
   * what the importer warns about) or `error` (commits and merges, which must not guess).
   */
  duplicateKeys?: 'last-wins' | 'error';
}>;

// Aliases that expand past this many nodes are refused ("billion laughs").
const MAX_ALIAS_COUNT = 100;

/** The text of a mapping key as written, for walking a document's pairs. */
export function yamlKeyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

/** Parses one config file; a problem comes back with its file, line and column, never thrown. */
export function parseYaml(file: string, text: string, options: YamlOptions = {}): YamlRead {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    uniqueKeys: options.duplicateKeys === 'error',
    lineCounter,
  });
  const [error] = doc.errors;
  if (error) {
    const start = error.linePos?.[0];
    const firstLine = error.message.split('\n')[0] ?? error.message;
    const message = firstLine.replace(/ at line \d+, column \d+:?$/, '');
    return {
      problem: { file, line: start?.line ?? 1, column: start?.col ?? 1, message, syntax: true },
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? null;
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const bomb = largestAlias(doc);
    const place = bomb && lineCounter.linePos(bomb.alias.range?.[0] ?? 0);
    return {
      problem: {
        file,
        line: place?.line ?? null,
        column: place?.col ?? null,
        message: bomb
          ? `cannot be read: the alias *${bomb.alias.source} expands to ${Math.round(bomb.size).toLocaleString('en')} values, too many to read safely (${reason})`
          : `cannot be read: ${reason}`,
        syntax: false,
      },
    };
  }
  const lineAt = (offset: number | undefined) =>
    offset === undefined ? null : lineCounter.linePos(offset).line;
  const lineOf = (path: readonly string[]): number | null => {
    let node: unknown = doc.contents;
    let line = lineAt((node as Node | null)?.range?.[0]);
    for (const key of path) {
      // With duplicate keys, the last one is the one that counts.
      const pair = isMap(node) ? node.items.findLast((p) => yamlKeyText(p.key) === key) : undefined;
      if (!pair) break;
      line = lineAt((pair.key as Node | null)?.range?.[0]) ?? line;
      node = pair.value;
    }
    return line;
  };
  return { doc, value, lineOf, lineAt };
}

/**
 * The alias that expands to the most values, and how many: the place to point at when a
 * document's aliases expand past the limit. Each node's size is counted once (memoised), so
 * this stays linear in the document even for the bomb it is looking for.
 */
function largestAlias(doc: Document.Parsed): { alias: Alias; size: number } | null {
  const sizes = new Map<unknown, number>();
  const sizeOf = (node: unknown): number => {
    if (isAlias(node)) {
      const target = node.resolve(doc);
      return target ? sizeOf(target) : 1;
    }
    const known = sizes.get(node);
    if (known !== undefined) return known;
    sizes.set(node, 1); // an anchor inside itself counts once
    let size = 1;
    if (isCollection(node)) {
      for (const item of node.items) {
        size += isPair(item) ? sizeOf(item.key) + sizeOf(item.value) : sizeOf(item);
      }
    }
    sizes.set(node, size);
    return size;
  };
  let largest: { alias: Alias; size: number } | null = null;
  visit(doc, {
    Alias(_, alias) {
      const size = sizeOf(alias);
      if (!largest || size > largest.size) largest = { alias, size };
    },
  });
  return largest;
}

/** The problem for a user: `file, line 3, column 1: reason`. */
export function yamlProblemText({ file, line, column, message }: YamlProblem): string {
  const place = line === null ? '' : `, line ${line}${column === null ? '' : `, column ${column}`}`;
  return `${file}${place}: ${message}`;
}

/** A parsed mapping (not a list, not a scalar). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Options that make `Document.toString` write the way a file was written: its indent
 * width and whether block sequences are indented under their key, read from the first of
 * `texts` that shows any indentation; long lines are never folded.
 */
export function yamlFormat(...texts: string[]): ToStringOptions {
  for (const text of texts) {
    const lines = text.split('\n');
    const indents = lines
      .filter((line) => /^ +[^ #]/.test(line))
      .map((line) => line.length - line.trimStart().length);
    if (indents.length === 0) continue;
    const flushSequence = lines.some((line, i) => {
      const key = /^( *)[^ #-][^#]*:\s*$/.exec(line);
      return key !== null && (lines[i + 1] ?? '').startsWith(`${key[1]}- `);
    });
    return { indent: Math.min(...indents), indentSeq: !flushSequence, lineWidth: 0 };
  }
  return { lineWidth: 0 };
}

/**
 * `text` with `change` applied to its document, written back in the file's own format
 * (comments kept); null when the text does not parse.
 */
export function editYamlText(text: string, change: (doc: Document.Parsed) => void): string | null {
  const parsed = parseYaml('', text, { duplicateKeys: 'error' });
  if ('problem' in parsed) return null;
  change(parsed.doc);
  return parsed.doc.toString(yamlFormat(text));
}
