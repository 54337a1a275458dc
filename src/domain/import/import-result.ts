import type { Project } from '../types';
import type { KeptImport } from './import-into-project';

/** One file handed to the importer: its path as chosen (folders included) and its text. */
export type ImportFile = Readonly<{ path: string; text: string }>;

/** A finding about the imported files, placed as precisely as the input allows. */
export type ImportMessage = Readonly<{
  /** The file's path as given, e.g. `myrepo/.magento/services.yaml`. */
  file: string;
  /** 1-based line, when the finding has a place in the file. */
  line: number | null;
  /** Key path inside the file, e.g. `mysql.type` or `relationships.database`. */
  path: string | null;
  /** What is wrong (or worth knowing), in words a Magento developer uses. */
  message: string;
}>;

/**
 * Errors refuse the import; warnings come with a project or with the errors. A good import
 * offers two projects: `project`, a new one of the plan's fixed branches, and `kept`, the
 * files applied to the current project (its branches and variables kept; null without one,
 * or with the reason it cannot be done). Where every
 * file was read and the errors are only what the platform would refuse to deploy, `anyway`
 * is the project as it would be: its environments show the failed deploy, with the errors.
 */
export type ImportResult =
  | { ok: true; project: Project; kept: KeptImport | null; warnings: ImportMessage[] }
  | { ok: false; errors: ImportMessage[]; warnings: ImportMessage[]; anyway: Project | null };

/**
 * One line for a finding, for a list or a log:
 * `myrepo/.magento/services.yaml, line 4 (mysql.type): service "mysql" has no type: …`.
 */
export function formatImportMessage({ file, line, path, message }: ImportMessage): string {
  const place = [file, line === null ? null : `line ${line}`].filter(Boolean).join(', ');
  return `${place}${path === null ? '' : ` (${path})`}: ${message}`;
}
