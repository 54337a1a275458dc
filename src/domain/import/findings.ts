import type { ConfigSource } from './config-source';
import type { ImportMessage } from './import-result';

export type Level = 'error' | 'warning';

/** Errors and warnings about one file, each placed at a key path and its line. */
export type Findings = Readonly<{
  errors: ImportMessage[];
  warnings: ImportMessage[];
  add: (level: Level, path: readonly string[], message: string) => void;
  error: (path: readonly string[], message: string) => void;
  warn: (path: readonly string[], message: string) => void;
}>;

/** A collector of findings about `source`; the line of each comes from its key path. */
export function createFindings(source: ConfigSource): Findings {
  const errors: ImportMessage[] = [];
  const warnings: ImportMessage[] = [];
  const add = (level: Level, path: readonly string[], message: string) => {
    const found: ImportMessage = {
      file: source.file,
      line: source.lineOf(path),
      path: path.length > 0 ? path.join('.') : null,
      message,
    };
    (level === 'error' ? errors : warnings).push(found);
  };
  return {
    errors,
    warnings,
    add,
    error: (path, message) => add('error', path, message),
    warn: (path, message) => add('warning', path, message),
  };
}
