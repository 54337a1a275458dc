import { isRecord } from '../config/yaml';
import {
  APP_FILE,
  CONFIG_FILES,
  type ConfigFileName,
  ENV_FILE,
  type PlanId,
  type Project,
  ROUTES_FILE,
  SERVICES_FILE,
} from '../types';
import { classifyImportFiles } from './classify-import-files';
import { type ConfigSource, readConfigSource } from './config-source';
import {
  readAdditionalApp,
  validateApp,
  validateEnv,
  validateRelationships,
  validateRoutes,
  validateServices,
} from './import-checks';
import type { ImportFile, ImportMessage, ImportResult } from './import-result';
import { fillMissingFiles, importedProject, STAND_IN_APP_NAME } from './imported-project';

const EXPECTED_NAMES =
  '.magento.app.yaml, .magento/services.yaml, .magento/routes.yaml or .magento.env.yaml';

function note(file: string, message: string): ImportMessage {
  return { file, line: null, path: null, message };
}

/** Messages in the order of the files as given, then by line; notes on missing files last. */
function inFileOrder(files: readonly ImportFile[], messages: ImportMessage[]): ImportMessage[] {
  const order = new Map(files.map((f, i) => [f.path, i]));
  const rank = (m: ImportMessage) => order.get(m.file) ?? files.length;
  return [...messages].sort((a, b) => rank(a) - rank(b) || (a.line ?? 0) - (b.line ?? 0));
}

function appSettings(app: ConfigSource | undefined) {
  const value = isRecord(app?.value) ? app.value : null;
  return {
    name: typeof value?.name === 'string' ? value.name : null,
    relationships: isRecord(value?.relationships) ? Object.keys(value.relationships) : [],
  };
}

/**
 * Imports a user's own configuration files (paths may carry folders, e.g.
 * `myrepo/.magento/services.yaml`) into a project of the plan: validates every file with
 * messages placed by file, line and key path, and builds the project when nothing is wrong.
 * At least `.magento.app.yaml` or `.magento/services.yaml` is needed; each missing file gets
 * a stand-in and a warning (see `fillMissingFiles`). Application files besides the root one
 * are reported, not imported: the explorer models one application per project.
 */
export function importConfig(
  plan: PlanId,
  files: readonly ImportFile[],
  base?: Project,
): ImportResult {
  const errors: ImportMessage[] = [];
  const warnings: ImportMessage[] = [];
  const fail = (): ImportResult => ({
    ok: false,
    errors: inFileOrder(files, errors),
    warnings: inFileOrder(files, warnings),
  });

  const { root, chosen, additionalApps, skipped, unrecognised } = classifyImportFiles(files);
  const at = (name: ConfigFileName) => (root === '' ? name : `${root}/${name}`);
  if (files.length === 0) errors.push(note(at(APP_FILE), 'no files to import'));
  const anyRecognised = unrecognised.length < files.length;
  for (const file of unrecognised) {
    if (anyRecognised) warnings.push(note(file.path, 'ignored: not a Magento Cloud config file'));
    else
      errors.push(note(file.path, `not a Magento Cloud config file (expected ${EXPECTED_NAMES})`));
  }
  warnings.push(...skipped);
  if (anyRecognised && !chosen[APP_FILE] && !chosen[SERVICES_FILE]) {
    errors.push(
      note(
        at(APP_FILE),
        'missing: an import needs .magento.app.yaml or .magento/services.yaml (or both)',
      ),
    );
  }
  if (errors.length > 0) return fail();

  const sources: Partial<Record<ConfigFileName, ConfigSource>> = {};
  for (const name of CONFIG_FILES) {
    const file = chosen[name];
    const read = file ? readConfigSource(file.path, file.text) : null;
    if (read && 'error' in read) errors.push(read.error);
    else if (read) {
      sources[name] = read.source;
      warnings.push(...read.warnings);
    }
  }
  const app = sources[APP_FILE];
  const services = sources[SERVICES_FILE];
  const servicesCheck = services ? validateServices(services) : null;
  const serviceIds = servicesCheck?.ids ?? (chosen[SERVICES_FILE] ? null : []);
  const others = additionalApps.map((extra) => readAdditionalApp(extra, serviceIds));
  const otherNames = others.flatMap((o) => (o.name === null ? [] : [o.name]));
  const settings = appSettings(app);

  const routes = sources[ROUTES_FILE];
  const env = sources[ENV_FILE];
  // Upstreams are checked against the imported application only, never against a stand-in.
  const apps = settings.name === null ? null : [settings.name, ...otherNames];
  const checks = [
    app ? validateApp(app) : null,
    servicesCheck?.findings,
    routes ? validateRoutes(routes, apps) : null,
    env ? validateEnv(env) : null,
    app && isRecord(app.value) && services && servicesCheck?.ids
      ? validateRelationships(
          app,
          { source: services, ids: servicesCheck.ids },
          { names: otherNames, services: others.flatMap((o) => o.reaches) },
        )
      : null,
  ];
  for (const check of checks) {
    errors.push(...(check?.errors ?? []));
    warnings.push(...(check?.warnings ?? []));
  }
  warnings.push(...others.map((o) => o.warning));

  const filled = fillMissingFiles(
    chosen,
    at,
    settings.name ?? STAND_IN_APP_NAME,
    settings.relationships,
  );
  warnings.push(...filled.notes);
  if (errors.length > 0) return fail();
  const imported = CONFIG_FILES.filter((name) => chosen[name]);
  const project = importedProject(plan, filled.files, imported, base);
  return { ok: true, project, warnings: inFileOrder(files, warnings) };
}
