import { readApp } from '../config/read-app';
import type { AdditionalApp } from './classify-import-files';
import { readConfigSource } from './config-source';
import type { ImportMessage } from './import-result';

export type AdditionalAppRead = Readonly<{
  /** `null` when the file cannot be read or names no application. */
  name: string | null;
  /** Services its relationships reach, when it is deployed (not a `.sample`). */
  reaches: readonly string[];
  warning: ImportMessage;
}>;

const NOT_MODELLED = 'the explorer models one application per project';

/**
 * Reads an application file besides the imported one. It is never imported: the warning
 * names the application and its relationships (and the services they name that
 * services.yaml lacks, given its ids), since the explorer shows one application per project.
 */
export function readAdditionalApp(
  { file, sample }: AdditionalApp,
  serviceIds: readonly string[] | null,
): AdditionalAppRead {
  const read = readConfigSource(file.path, file.text);
  if ('error' in read) {
    const { line, message } = read.error;
    const text = `another application file, not imported (${NOT_MODELLED}); it cannot be read either: ${message}`;
    return {
      name: null,
      reaches: [],
      warning: { file: file.path, line, path: null, message: text },
    };
  }
  const { app } = readApp(file.text);
  const name = typeof app.raw.name === 'string' ? app.name : null;
  const services = [...new Set(app.relationships.map((r) => r.service))];
  const missing = serviceIds === null ? [] : services.filter((s) => !serviceIds.includes(s));
  const relationships = app.relationships.map((r) => `${r.name} → ${r.service}:${r.endpoint}`);
  const parts = [
    `another application ${name === null ? 'without a name' : `"${name}"`}${
      sample ? ' (a .sample file: not deployed until it is renamed)' : ''
    } is not imported: ${NOT_MODELLED}`,
    relationships.length > 0
      ? `its relationships: ${relationships.join(', ')}`
      : 'it has no relationships',
    ...(missing.length > 0 ? [`not in services.yaml: ${missing.join(', ')}`] : []),
  ];
  return {
    name,
    reaches: sample ? [] : services,
    warning: {
      file: file.path,
      line: read.source.lineOf(['name']),
      path: null,
      message: parts.join('; '),
    },
  };
}
