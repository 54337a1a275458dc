import { readApp, readServices } from '../config/read-config';
import { isRecord } from '../config/yaml';
import { settle } from '../deploy/activities';
import { deployOf, succeed } from '../operations/operation';
import { planRules } from '../plans';
import { inTreeOrder } from '../tree';
import {
  APP_FILE,
  CONFIG_FILES,
  type ConfigFileName,
  type ConfigFiles,
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
import { importIntoProject } from './import-into-project';
import {
  formatImportMessage,
  type ImportFile,
  type ImportMessage,
  type ImportResult,
} from './import-result';
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
  const fail = (anyway: Project | null = null): ImportResult => ({
    ok: false,
    errors: inFileOrder(files, errors),
    warnings: inFileOrder(files, warnings),
    anyway,
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
  // Up to here a file could not be read; what follows would only not deploy.
  const unreadable = errors.length > 0;
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
  const httpServices = services ? servicesServingHttp(services) : [];
  const checks = [
    app ? validateApp(app) : null,
    servicesCheck?.findings,
    routes ? validateRoutes(routes, { apps, services: httpServices }) : null,
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
  const storage = storageFor(plan, filled.files, at);
  warnings.push(...storage.notes);
  const imported = CONFIG_FILES.filter((name) => chosen[name]);
  const project = importedProject(plan, filled.files, imported, base, storage.mb);
  if (errors.length === 0) {
    const given = Object.fromEntries(imported.map((name) => [name, filled.files[name]]));
    const kept = base ? importIntoProject(base, given, imported, storage.mb) : null;
    return { ok: true, project, kept, warnings: inFileOrder(files, warnings) };
  }
  if (unreadable) return fail();
  const lines = inFileOrder(files, errors).map((e) => `    - ${formatImportMessage(e)}`);
  return fail(rejectedEverywhere(project, ['E: Error parsing configuration files:', ...lines]));
}

/** The ids of services that serve HTTP and can be a route's upstream (Varnish). */
function servicesServingHttp(services: ConfigSource): string[] {
  if (!isRecord(services.value)) return [];
  return Object.entries(services.value).flatMap(([id, body]) =>
    isRecord(body) && typeof body.type === 'string' && body.type.split(':')[0] === 'varnish'
      ? [id]
      : [],
  );
}

const STORAGE_STEP_MB = 5120;

/**
 * The project's storage: the plan's, or, where the files ask for more disk than that (as a
 * project with bought storage does), the next 5 GB step above what they ask for, with a note.
 */
function storageFor(plan: PlanId, files: ConfigFiles, at: (name: ConfigFileName) => string) {
  const planMb = planRules(plan).storageMb;
  const { app } = readApp(files[APP_FILE]);
  const serviceMb = readServices(files[SERVICES_FILE]).services.reduce(
    (sum, s) => sum + (s.disk ?? 0),
    0,
  );
  const needed = (app.disk ?? 0) + serviceMb;
  if (needed <= planMb) return { mb: planMb, notes: [] };
  const mb = Math.ceil(needed / STORAGE_STEP_MB) * STORAGE_STEP_MB;
  const message = `the files ask for ${needed} MB of disk (application ${app.disk ?? 0} MB, services ${serviceMb} MB), more than the plan's ${planMb} MB: the project gets ${mb} MB of storage, as one with extra storage bought would have`;
  return { mb, notes: [note(at(SERVICES_FILE), message)] };
}

/** The project with a first deploy of its files that the platform rejects, on every environment. */
function rejectedEverywhere(project: Project, rejected: readonly string[]): Project {
  let p = project;
  for (const env of inTreeOrder(project)) {
    const result = succeed(
      p,
      {
        type: 'commit',
        environment: env.id,
        activity: 'pushed the imported files: rejected by the platform',
        deploy: deployOf(env, 'pushed the imported files', { rejected }),
      },
      '',
    );
    if ('project' in result) p = result.project;
  }
  return settle(p);
}
