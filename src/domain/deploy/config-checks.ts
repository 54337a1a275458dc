import { readApp, readServices } from '../config/read-config';
import { parseYaml } from '../config/yaml';
import { type OperationFailure, refuse } from '../operations/operation';
import type { Environment, Project } from '../types';
import { APP_FILE, type ConfigFileName, type ConfigFiles, SERVICES_FILE } from '../types';
import { runningFiles } from './deployment';

/**
 * What the platform's Git server checks before it builds anything (DOMAIN.md §7): a push or
 * a merge whose result fails one of these is rejected, and nothing runs.
 */

/**
 * The service types the platform knows, with their versions (2.1-era and later releases,
 * DOMAIN.md §4 and §8). A major alone (`opensearch:2`) names that major's latest release.
 */
export const SERVICE_VERSIONS: Readonly<Record<string, readonly string[]>> = {
  mysql: ['10.0', '10.1', '10.2', '10.3', '10.4', '10.5', '10.6', '10.11', '11.4', '11.8'],
  mariadb: ['10.0', '10.1', '10.2', '10.3', '10.4', '10.5', '10.6', '10.11', '11.4', '11.8'],
  redis: ['2.8', '3.0', '3.2', '4.0', '5.0', '6.0', '6.2', '7.0', '7.2'],
  valkey: ['8.0', '8.1', '9.0'],
  elasticsearch: [
    '1.4',
    '1.7',
    '2.4',
    '5.2',
    '5.4',
    '6.5',
    '6.8',
    '7.5',
    '7.7',
    '7.9',
    '7.10',
    '7.17',
  ],
  opensearch: ['1.1', '1.2', '2.4', '2.5', '2.11', '2.19', '3'],
  rabbitmq: ['3.5', '3.6', '3.7', '3.8', '3.9', '3.11', '3.12', '3.13', '4.0', '4.1', '4.3'],
  solr: ['3.6', '4.10', '6.3', '6.6', '7.6', '8.11', '9.4'],
  'activemq-artemis': ['2.42'],
  memcached: ['1.4', '1.5', '1.6'],
  varnish: ['6.0', '7.2', '7.6'],
  'network-storage': ['1.0', '2.0'],
};

/** Whether `type` (`name:version`, or a bare name) is one the platform can deploy. */
export function isKnownServiceType(type: string): boolean {
  const [name = '', version] = type.split(':');
  const versions = SERVICE_VERSIONS[name];
  if (!versions) return false;
  if (version === undefined) return true;
  return versions.some((known) => known === version || known.split('.')[0] === version);
}

/** -1, 0 or 1 as version `a` is lower than, equal to or higher than `b`, part by part. */
function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? 0;
    const y = pb[i] ?? 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

export type PushRejection = Readonly<{
  file: ConfigFileName;
  line: number | null;
  /** The setting, e.g. `services.mysql.type` or `relationships.database`. */
  setting: string;
  message: string;
}>;

export type PushContext = Readonly<{
  /** The project's storage, shared by the application and services, in MB. */
  storageMb: number;
  /** The config files running where this goes (for downgrades); null where nothing runs. */
  running: ConfigFiles | null;
}>;

function lineOf(file: ConfigFileName, text: string, path: readonly string[]): number | null {
  const parsed = parseYaml(file, text);
  return 'problem' in parsed ? null : parsed.lineOf(path);
}

/** Every reason the platform would reject these config files, file and line included. */
export function pushRejections(files: ConfigFiles, context: PushContext): PushRejection[] {
  const rejections: PushRejection[] = [];
  const reject = (file: ConfigFileName, path: string[], setting: string, message: string) =>
    rejections.push({ file, line: lineOf(file, files[file], path), setting, message });
  const { services } = readServices(files[SERVICES_FILE]);
  const { app } = readApp(files[APP_FILE]);
  const ids = new Set(services.map((s) => s.id));

  for (const service of services) {
    if (!isKnownServiceType(service.type)) {
      reject(
        SERVICES_FILE,
        [service.id, 'type'],
        `services.${service.id}.type`,
        `'${service.type}' is not a valid service type.`,
      );
    }
  }
  for (const relationship of app.relationships) {
    if (ids.has(relationship.service)) continue;
    const defined = ids.size > 0 ? `it defines ${[...ids].join(', ')}` : 'it defines none';
    reject(
      APP_FILE,
      ['relationships', relationship.name],
      `relationships.${relationship.name}`,
      `'${relationship.service}:${relationship.endpoint}' names the service "${relationship.service}", which ${SERVICES_FILE} does not define (${defined}).`,
    );
  }
  if (context.running) {
    const before = new Map(
      readServices(context.running[SERVICES_FILE]).services.map((s) => [s.id, s]),
    );
    for (const service of services) {
      const old = before.get(service.id);
      if (!old || old.name !== service.name || !old.version || !service.version) continue;
      if (compareVersions(service.version, old.version) >= 0) continue;
      reject(
        SERVICES_FILE,
        [service.id, 'type'],
        `services.${service.id}.type`,
        `'${service.type}' would downgrade the running ${old.type}, which is not possible: keep ${old.type}, or give the service a new name (a new service starts empty).`,
      );
    }
  }
  const disk = (app.disk ?? 0) + services.reduce((sum, s) => sum + (s.disk ?? 0), 0);
  if (disk > context.storageMb) {
    rejections.push({
      file: SERVICES_FILE,
      line: null,
      setting: 'disk',
      message: `Resources exceeding plan limit; disk: ${disk.toFixed(2)}MB > ${context.storageMb.toFixed(2)}MB; try removing a service, or add more storage to your plan`,
    });
  }
  return rejections;
}

/** One rejection as the platform's log prints it, with the file and line it is about. */
export function rejectionLine(r: PushRejection): string {
  if (r.setting === 'disk') return `Error: ${r.message}`;
  const place = r.line === null ? r.file : `${r.file}, line ${r.line}`;
  return `- ${r.setting}: ${r.message} (${place})`;
}

/** The lines a rejected push prints: the configuration errors, then the abort. */
export function rejectionLog(rejections: readonly PushRejection[]): string[] {
  const parsing = rejections.filter((r) => r.setting !== 'disk');
  const lines: string[] = [];
  if (parsing.length > 0) {
    lines.push(
      'E: Error parsing configuration files:',
      ...parsing.map((r) => `    ${rejectionLine(r)}`),
    );
  }
  lines.push(...rejections.filter((r) => r.setting === 'disk').map(rejectionLine));
  lines.push('E: Error: Invalid configuration files, aborting build');
  return lines;
}

/**
 * Services that look renamed from `before` to `after` (one gone, one new of the same type):
 * the platform deletes the old one and its data, and the new one starts empty.
 */
export function serviceRenames(before: ConfigFiles, after: ConfigFiles): string[] {
  const old = readServices(before[SERVICES_FILE]).services;
  const next = readServices(after[SERVICES_FILE]).services;
  const gone = old.filter((s) => !next.some((n) => n.id === s.id));
  const added = next.filter((s) => !old.some((o) => o.id === s.id));
  return gone.flatMap((g) => {
    const renamed = added.find((a) => a.name === g.name);
    return renamed
      ? [
          `Service "${g.id}" is renamed "${renamed.id}": the platform deletes ${g.id} and its data, and ${renamed.id} starts empty.`,
        ]
      : [];
  });
}

/**
 * The refusal of a push or a merge that leaves `env` with `files` the platform rejects, in
 * its words (file and line for each), or null when they would deploy. `what` starts the
 * sentence: "The push to staging", "The merge of feature-x into staging".
 */
export function pushRefusal(
  project: Project,
  env: Environment,
  files: ConfigFiles,
  what: string,
): OperationFailure | null {
  const running = env.deployment ? runningFiles(project, env) : null;
  const rejections = pushRejections(files, { storageMb: project.storageMb, running });
  if (rejections.length === 0) return null;
  return refuse(
    'rejected',
    `${what} was rejected before anything ran: ${rejections.map(rejectionLine).join(' ')} Nothing was deployed; fix the files, then try again.`,
  );
}
