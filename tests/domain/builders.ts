import { parseDocument } from 'yaml';
import { settle } from '../../src/domain/deploy/activities';
import { makeCommit } from '../../src/domain/git/commit-graph';
import { commitConfigChange } from '../../src/domain/operations/commit-config-change';
import { type Table, tableGet, tableOf } from '../../src/domain/table';
import type {
  Commit,
  ConfigFileName,
  ConfigFiles,
  EnvironmentId,
  OperationError,
  OperationResult,
  Project,
} from '../../src/domain/types';
import { env } from '../support/builders';

/**
 * The project and message of a successful operation, once every deploy it set off has run
 * (as the instant deploy speed shows it); fails the test with the reason otherwise.
 */
export function succeeded(result: OperationResult): { project: Project; message: string } {
  return { ...started(result), project: settle(started(result).project) };
}

/** The project and message of a successful operation as it returns it: its deploy queued. */
export function started(result: OperationResult): { project: Project; message: string } {
  if ('error' in result) {
    throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  }
  return result;
}

/** The error of a refused operation; fails the test when it succeeded. */
export function refused(result: OperationResult): OperationError {
  if (!('error' in result)) throw new Error(`expected a refusal, got: ${result.message}`);
  return result.error;
}

/** YAML text with the value at `path` set (or deleted when `value` is undefined), 4-space indent. */
export function editYaml(text: string, path: readonly string[], value: unknown): string {
  const doc = parseDocument(text);
  if (value === undefined) doc.deleteIn(path);
  else doc.setIn(path, value);
  return doc.toString({ indent: 4 });
}

/** The text of a config file at an environment's head. */
export function fileOn(project: Project, id: EnvironmentId, file: ConfigFileName): string {
  const head = tableGet(project.commits, env(project, id).head);
  if (!head) throw new Error(`no head commit for ${id}`);
  return head.files[file];
}

/** The project after committing one edited setting on an environment. */
export function commitSetting(
  project: Project,
  id: EnvironmentId,
  file: ConfigFileName,
  path: readonly string[],
  value: unknown,
): Project {
  const text = editYaml(fileOn(project, id, file), path, value);
  return succeeded(
    commitConfigChange(project, {
      env: id,
      files: { [file]: text },
      message: `edit ${path.join('.')}`,
    }),
  ).project;
}

/** Freezes a value and everything it holds, so any mutation throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

const NO_FILES: ConfigFiles = {
  '.magento.app.yaml': '',
  '.magento/services.yaml': '',
  '.magento/routes.yaml': '',
  '.magento.env.yaml': '',
};

/**
 * A commit graph from a parent list, e.g. `{ a: [], b: ['a'], c: ['a'], m: ['b', 'c'] }`,
 * with ids equal to the names and times in listing order.
 */
export function commitGraph(parents: Readonly<Record<string, readonly string[]>>): Table<Commit> {
  return tableOf(
    Object.entries(parents).map(([id, ps], time) => ({
      ...makeCommit(ps, id, time, NO_FILES),
      id,
    })),
  );
}

export type SettingEdit = Readonly<{
  file: ConfigFileName;
  path: readonly string[];
  /** The setting the edit belongs to, as a merge conflict names it. */
  setting: string;
  /** The value written for a small number; undefined deletes. */
  value: (n: number) => unknown;
}>;

/** Edits of the default config files, one per setting, some below the setting's level. */
export const SETTING_EDITS: readonly SettingEdit[] = [
  {
    file: '.magento/services.yaml',
    path: ['redis', 'type'],
    setting: '.magento/services.yaml: redis',
    value: (n) => `redis:3.${n}`,
  },
  {
    file: '.magento/services.yaml',
    path: ['rabbitmq'],
    setting: '.magento/services.yaml: rabbitmq',
    value: (n) => ({ type: `rabbitmq:3.${n}`, disk: 512 }),
  },
  {
    file: '.magento/services.yaml',
    path: ['elasticsearch'],
    setting: '.magento/services.yaml: elasticsearch',
    value: () => undefined,
  },
  {
    file: '.magento.app.yaml',
    path: ['relationships', 'queue'],
    setting: '.magento.app.yaml: relationships.queue',
    value: (n) => `rabbitmq${n}:rabbitmq`,
  },
  {
    file: '.magento.app.yaml',
    path: ['variables', 'env', 'ADMIN_LOCALE'],
    setting: '.magento.app.yaml: variables.env.ADMIN_LOCALE',
    value: (n) => `l${n}`,
  },
  {
    file: '.magento.app.yaml',
    path: ['disk'],
    setting: '.magento.app.yaml: disk',
    value: (n) => 1024 * (n + 1),
  },
  {
    file: '.magento.env.yaml',
    path: ['stage', 'build', 'SCD_THREADS'],
    setting: '.magento.env.yaml: stage.build.SCD_THREADS',
    value: (n) => n,
  },
  {
    file: '.magento/routes.yaml',
    path: ['http://{default}/', 'upstream'],
    setting: '.magento/routes.yaml: http://{default}/',
    value: (n) => `app${n}:php`,
  },
];
