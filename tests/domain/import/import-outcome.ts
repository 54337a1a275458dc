import { type ConfigSource, readConfigSource } from '../../../src/domain/import/config-source';
import type { ImportMessage, ImportResult } from '../../../src/domain/import/import-result';
import type { Project } from '../../../src/domain/types';

/** The project and warnings of an import; fails the test with the errors otherwise. */
export function imported(result: ImportResult): { project: Project; warnings: ImportMessage[] } {
  if (!result.ok) {
    const errors = result.errors.map((e) => `${e.file}:${e.line} ${e.path}: ${e.message}`);
    throw new Error(`expected the import to succeed:\n${errors.join('\n')}`);
  }
  return result;
}

/** The errors of a refused import, after checking that it returned no project. */
export function refused(result: ImportResult): ImportMessage[] {
  if (result.ok) throw new Error(`expected the import to fail, got ${result.project.title}`);
  if ('project' in result) throw new Error('a refused import must not return a project');
  return result.errors;
}

export const APP_YAML = `name: mymagento
type: php:8.3
relationships:
    database: "mysql:mysql"
    redis: "redis:redis"
`;

export const SERVICES_YAML = `mysql:
    type: mysql:10.6
    disk: 2048
redis:
    type: redis:7.2
`;

export const ROUTES_YAML = `"https://{default}/":
    type: upstream
    upstream: "mymagento:http"
`;

export const ENV_YAML = `stage:
    build:
        SCD_THREADS: 4
`;

/** A parsed config file for the validators; fails the test when it does not parse. */
export function sourceOf(file: string, text: string): ConfigSource {
  const read = readConfigSource(file, text);
  if ('error' in read) throw new Error(`expected ${file} to parse: ${read.error.message}`);
  return read.source;
}

/** `line path: message` of each finding, for compact expectations. */
export function placed(messages: readonly ImportMessage[]): string[] {
  return messages.map((m) => `${m.line ?? '-'} ${m.path ?? '-'}: ${m.message}`);
}
