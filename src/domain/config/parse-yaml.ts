import { parseDocument } from 'yaml';

export type YamlProblem = Readonly<{
  file: string;
  line: number | null;
  message: string;
  /** A syntax error, as opposed to text that parses but cannot be expanded safely. */
  syntax?: boolean;
}>;

export type YamlParse = { ok: true; value: unknown } | { ok: false; problem: YamlProblem };

/** Parses one config file; a syntax error comes back with its file and line, never thrown. */
export function parseYaml(file: string, text: string): YamlParse {
  const doc = parseDocument(text, { uniqueKeys: false });
  const [error] = doc.errors;
  if (error) {
    const line = error.linePos?.[0]?.line ?? null;
    const firstLine = error.message.split('\n')[0] ?? error.message;
    const message = firstLine.replace(/ at line \d+, column \d+:?$/, '');
    return { ok: false, problem: { file, line, message, syntax: true } };
  }
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: 100 }) };
  } catch (cause) {
    // toJS refuses aliases that expand without bound ("billion laughs").
    const reason = cause instanceof Error ? cause.message : String(cause);
    return { ok: false, problem: { file, line: null, message: `cannot be read: ${reason}` } };
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
