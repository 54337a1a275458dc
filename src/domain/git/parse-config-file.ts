import { type Document, parseDocument } from 'yaml';
import type { ConfigFileName } from '../types';

export type YamlProblem = Readonly<{
  line: number;
  column: number;
  /** The parser's reason, without its excerpt of the source. */
  reason: string;
  /** For a user: file, line, column and reason. */
  text: string;
}>;

export type ParsedConfigFile =
  | Readonly<{ doc: Document.Parsed; value: unknown }>
  | Readonly<{ problem: YamlProblem }>;

/**
 * Parses one config file, keeping the document (comments, formatting) and its plain value.
 * The first parse error comes back as a problem with the line and column it starts at.
 */
export function parseConfigFile(file: ConfigFileName, text: string): ParsedConfigFile {
  const doc = parseDocument(text, { prettyErrors: true });
  const [error] = doc.errors;
  if (error) {
    const start = error.linePos?.[0];
    const reason = error.message.split(/ at line \d+, column \d+/)[0] ?? error.message;
    return problem(file, start?.line ?? 1, start?.col ?? 1, reason);
  }
  try {
    return { doc, value: doc.toJS() };
  } catch (cause) {
    // toJS refuses documents whose aliases expand without bound.
    return problem(file, 1, 1, cause instanceof Error ? cause.message : String(cause));
  }
}

function problem(file: ConfigFileName, line: number, column: number, reason: string) {
  return {
    problem: { line, column, reason, text: `${file}, line ${line}, column ${column}: ${reason}` },
  };
}
