import type { Project } from '../types';

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

/** Errors refuse the import; warnings come with a project or with the errors. */
export type ImportResult =
  | { ok: true; project: Project; warnings: ImportMessage[] }
  | { ok: false; errors: ImportMessage[]; warnings: ImportMessage[] };
