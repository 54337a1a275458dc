import { RELATIONSHIP_TARGET, readApp, SERVICE_ID } from '../config/read-config';
import { isRecord } from '../config/yaml';
import type { AdditionalApp } from './classify-import-files';
import { type ConfigSource, readConfigSource } from './config-source';
import type { ImportMessage } from './import-result';

/**
 * The importer's checks of each file, in the words a Magento developer uses, each finding
 * placed at its file, line and key path: errors refuse the import, warnings come with it.
 */

// --- words for values

/** What a YAML value is, in words, for "expected X, found Y" messages. */
function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') {
    const flat = value.replace(/\s+/g, ' ');
    const shown = flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
    return `the text "${shown}"`;
  }
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  return 'a map';
}

// --- findings

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
function createFindings(source: ConfigSource): Findings {
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

// --- `type:` values

export type TypeProblem = Readonly<{ level: Level; message: string }>;

const NAME = /^[a-z][a-z0-9-]*$/;
// `10`, `10.4`, `3`, `11.4`: digits with dots; not `latest`, not `10.x`.
const VERSION = /^\d+(\.\d+)*$/;

/**
 * What is wrong with a `type:` value written as `name:version` (a service's `mysql:10.4`,
 * the application's `php:8.3`): an error for a malformed one, a warning when it names no
 * version, `null` when it is fine. `examples` end the message, e.g. `mysql:10.4 or redis:7.2`.
 */
function typeProblem(type: unknown, examples: string): TypeProblem | null {
  if (typeof type !== 'string' || type === '') {
    return {
      level: 'error',
      message: `the type must be name:version, e.g. ${examples}; found ${describeValue(type)}`,
    };
  }
  const [name = '', version, ...rest] = type.split(':');
  if (!NAME.test(name) || rest.length > 0) {
    return {
      level: 'error',
      message: `type "${type}" is not name:version (lowercase name, then a version number), e.g. ${examples}`,
    };
  }
  if (version === undefined) {
    return {
      level: 'warning',
      message: `type "${type}" has no version: pin one as ${name}:<version> so every environment runs the same`,
    };
  }
  if (!VERSION.test(version)) {
    return {
      level: 'error',
      message: `type "${type}" has no valid version: "${version}" is not a version number; write e.g. ${examples}`,
    };
  }
  return null;
}

// --- `disk:` values

/** Reports a `disk:` that is not a whole number of MB above 0; an absent one is fine. */
function validateDisk(
  findings: Findings,
  path: readonly string[],
  disk: unknown,
  subject: string,
): void {
  if (disk === undefined) return;
  if (typeof disk === 'number' && Number.isInteger(disk) && disk > 0) return;
  findings.error(
    path,
    `${subject}: disk must be a whole number of MB above 0 (e.g. 2048), found ${describeValue(disk)}`,
  );
}

// --- .magento.app.yaml

const SUBJECT = 'the application';

function validateRelationshipShapes(findings: Findings, relationships: unknown): void {
  if (relationships === undefined || relationships === null) return;
  if (!isRecord(relationships)) {
    findings.error(
      ['relationships'],
      `relationships must be a map of name: "service:endpoint" (e.g. database: "mysql:mysql"), found ${describeValue(relationships)}`,
    );
    return;
  }
  for (const [name, target] of Object.entries(relationships)) {
    if (typeof target === 'string' && RELATIONSHIP_TARGET.test(target)) continue;
    findings.error(
      ['relationships', name],
      `relationship "${name}" must be "service:endpoint" (e.g. "mysql:mysql"), found ${describeValue(target)}`,
    );
  }
}

/**
 * Checks the shape of `.magento.app.yaml` (DOMAIN.md §4): a map with the application's
 * `name` and `type`, relationships written as `name: "service:endpoint"`, a positive `disk`.
 * Whether the relationships reach real services is `validateRelationships`' job.
 */
export function validateApp(source: ConfigSource): Findings {
  const findings = createFindings(source);
  const { value } = source;
  if (value === null) {
    findings.error(
      [],
      'is empty: it must at least name the application ("name: mymagento") and its type ("type: php:8.3")',
    );
    return findings;
  }
  if (!isRecord(value)) {
    findings.error(
      [],
      `expected a map of application settings (name:, type:, relationships: …), found ${describeValue(value)}`,
    );
    return findings;
  }
  if (value.name === undefined || value.name === null) {
    findings.error(['name'], `${SUBJECT} has no name: add e.g. "name: mymagento"`);
  } else if (typeof value.name !== 'string' || value.name === '') {
    findings.error(['name'], `${SUBJECT} name must be text, found ${describeValue(value.name)}`);
  }
  if (value.type === undefined || value.type === null) {
    findings.error(['type'], `${SUBJECT} has no type: add e.g. "type: php:8.3"`);
  } else {
    const problem = typeProblem(value.type, 'php:8.3 or nodejs:20');
    if (problem) findings.add(problem.level, ['type'], `${SUBJECT}: ${problem.message}`);
  }
  validateRelationshipShapes(findings, value.relationships);
  validateDisk(findings, ['disk'], value.disk, SUBJECT);
  if (value.variables !== undefined && value.variables !== null && !isRecord(value.variables)) {
    findings.error(
      ['variables'],
      `variables must be a map of prefixes (env:, php:) to names and values, found ${describeValue(value.variables)}`,
    );
  }
  return findings;
}

// --- .magento/services.yaml

export type ServicesCheck = Readonly<{
  findings: Findings;
  /** Every service id the file defines, `null` when the file is not a map of ids. */
  ids: readonly string[] | null;
}>;

const EXAMPLES = 'mysql:10.4 or redis:7.2';

/**
 * Checks `.magento/services.yaml` (DOMAIN.md §4): a map of service ids, each with a
 * `type: name:version` and an optional `disk` in MB. An empty file means no services.
 */
export function validateServices(source: ConfigSource): ServicesCheck {
  const findings = createFindings(source);
  const { value } = source;
  if (value === null) return { findings, ids: [] };
  if (!isRecord(value)) {
    findings.error(
      [],
      `expected a map of service ids (e.g. "mysql:" with "type: mysql:10.4" under it), found ${describeValue(value)}`,
    );
    return { findings, ids: null };
  }
  for (const [id, body] of Object.entries(value)) {
    const subject = `service "${id}"`;
    if (!SERVICE_ID.test(id)) {
      findings.error(
        [id],
        `service id "${id}" is not valid: use lowercase letters, digits, "-" and "_"`,
      );
    }
    if (!isRecord(body)) {
      findings.error(
        [id],
        `${subject} must be a map with "type:" (and "disk:"), found ${describeValue(body)}`,
      );
      continue;
    }
    if (body.type === undefined || body.type === null) {
      findings.error([id, 'type'], `${subject} has no type: add e.g. "type: mysql:10.4"`);
    } else {
      const problem = typeProblem(body.type, EXAMPLES);
      if (problem) findings.add(problem.level, [id, 'type'], `${subject}: ${problem.message}`);
    }
    validateDisk(findings, [id, 'disk'], body.disk, subject);
  }
  return { findings, ids: Object.keys(value) };
}

// --- .magento/routes.yaml

function listed(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}

/** What a route can send requests to: the applications, and services that serve HTTP. */
export type Upstreams = Readonly<{
  /** Null when not known (no application file was imported). */
  apps: readonly string[] | null;
  /** Services of services.yaml that serve HTTP (Varnish), by id. */
  services: readonly string[];
}>;

function validateUpstream(
  findings: Findings,
  pattern: string,
  upstream: unknown,
  { apps, services }: Upstreams,
): void {
  const path = [pattern, 'upstream'];
  const example = `${apps?.[0] ?? 'mymagento'}:http`;
  if (upstream === undefined || upstream === null) {
    findings.error(
      path,
      `upstream route "${pattern}" names no upstream: add e.g. upstream: "${example}"`,
    );
    return;
  }
  if (typeof upstream !== 'string' || upstream === '') {
    findings.error(
      path,
      `route "${pattern}": upstream must be "application:endpoint" (e.g. "${example}"), found ${describeValue(upstream)}`,
    );
    return;
  }
  const app = upstream.split(':')[0] ?? upstream;
  if (services.includes(app)) return;
  if (apps !== null && !apps.includes(app)) {
    const known =
      apps.length === 1
        ? `the application is named ${listed(apps)}`
        : `the applications are ${listed(apps)}`;
    findings.error(path, `route "${pattern}" sends requests to application "${app}", but ${known}`);
  }
}

function validateRedirect(findings: Findings, pattern: string, route: Record<string, unknown>) {
  if (typeof route.to === 'string' && route.to !== '') return;
  if (route.to === undefined && isRecord(route.redirects)) return; // partial redirects only
  findings.error(
    [pattern, 'to'],
    route.to === undefined || route.to === null
      ? `redirect route "${pattern}" has no target: add e.g. to: "https://{default}/"`
      : `redirect route "${pattern}": to must be a URL, found ${describeValue(route.to)}`,
  );
}

/**
 * Checks `.magento/routes.yaml`: each URL pattern maps to an `upstream` route naming one of
 * the project's applications (`null` when unknown) or a service that serves HTTP (a Varnish
 * in front of the application), or to a `redirect` with a target.
 */
export function validateRoutes(source: ConfigSource, upstreams: Upstreams): Findings {
  const findings = createFindings(source);
  const { value } = source;
  if (value === null) {
    findings.warn([], 'has no routes: no URL reaches the application');
    return findings;
  }
  if (!isRecord(value)) {
    findings.error(
      [],
      `expected a map of URL patterns (e.g. "https://{default}/":) to routes, found ${describeValue(value)}`,
    );
    return findings;
  }
  for (const [pattern, route] of Object.entries(value)) {
    if (!/^https?:\/\//.test(pattern)) {
      findings.error(
        [pattern],
        `route "${pattern}" is not a URL pattern: start it with http:// or https://, e.g. "https://{default}/"`,
      );
    }
    if (!isRecord(route)) {
      findings.error(
        [pattern],
        `route "${pattern}" must be a map with "type:" and "upstream:" or "to:", found ${describeValue(route)}`,
      );
      continue;
    }
    let type = route.type;
    if (type === undefined || type === null) {
      findings.warn([pattern, 'type'], `route "${pattern}" has no type: it is read as "upstream"`);
      type = 'upstream';
    }
    if (type === 'upstream') validateUpstream(findings, pattern, route.upstream, upstreams);
    else if (type === 'redirect') validateRedirect(findings, pattern, route);
    else {
      findings.error(
        [pattern, 'type'],
        `route "${pattern}": type must be "upstream" or "redirect", found ${describeValue(type)}`,
      );
    }
  }
  return findings;
}

// --- .magento.env.yaml

/** Top-level sections ece-tools reads from `.magento.env.yaml`. */
const SECTIONS = ['stage', 'log', 'system'];
const STAGES = ['global', 'build', 'deploy', 'post-deploy'];

function validateStages(findings: Findings, stage: unknown): void {
  if (stage === undefined || stage === null) return;
  if (!isRecord(stage)) {
    findings.error(
      ['stage'],
      `stage must be a map of global, build, deploy and post-deploy, found ${describeValue(stage)}`,
    );
    return;
  }
  for (const [name, settings] of Object.entries(stage)) {
    if (!STAGES.includes(name)) {
      findings.warn(
        ['stage', name],
        `unknown stage "${name}": ece-tools reads only global, build, deploy and post-deploy, so these settings are ignored`,
      );
    } else if (settings !== null && !isRecord(settings)) {
      findings.error(
        ['stage', name],
        `stage "${name}" must be a map of settings (e.g. SCD_THREADS: 4), found ${describeValue(settings)}`,
      );
    }
  }
}

/**
 * Checks `.magento.env.yaml` (DOMAIN.md §4): deployment settings by `stage` (global, build,
 * deploy, post-deploy) and a `log` section. An empty or comment-only file is fine.
 */
export function validateEnv(source: ConfigSource): Findings {
  const findings = createFindings(source);
  const { value } = source;
  if (value === null) return findings;
  if (!isRecord(value)) {
    findings.error(
      [],
      `expected a map with "stage:" (global, build, deploy, post-deploy) and "log:", found ${describeValue(value)}`,
    );
    return findings;
  }
  for (const key of Object.keys(value)) {
    if (SECTIONS.includes(key)) continue;
    findings.warn(
      [key],
      `unknown section "${key}": ece-tools reads only stage, log and system, so it is ignored`,
    );
  }
  validateStages(findings, value.stage);
  return findings;
}

// --- relationships against services

export type ServicesSide = Readonly<{ source: ConfigSource; ids: readonly string[] }>;

export type OtherApps = Readonly<{
  /** Names of the project's other applications: a relationship may reach one of them. */
  names: readonly string[];
  /** Service ids the other deployed applications reach, so those are not unused. */
  services: readonly string[];
}>;

function typeOf(services: ConfigSource, id: string): string {
  const body = isRecord(services.value) ? services.value[id] : undefined;
  return isRecord(body) && typeof body.type === 'string' ? ` (${body.type})` : '';
}

/**
 * Checks that the application's relationships reach services of `.magento/services.yaml`
 * (an error where one names a service that is not there, unless it names another
 * application) and warns about services no relationship reaches: deployed but unused.
 */
export function validateRelationships(
  app: ConfigSource,
  services: ServicesSide,
  others: OtherApps,
): { errors: ImportMessage[]; warnings: ImportMessage[] } {
  const appFindings = createFindings(app);
  const serviceFindings = createFindings(services.source);
  const raw =
    isRecord(app.value) && isRecord(app.value.relationships) ? app.value.relationships : {};
  const relationships = readApp(app.text).app.relationships.filter((r) => {
    const target = raw[r.name];
    return typeof target === 'string' && RELATIONSHIP_TARGET.test(target);
  });
  const defined =
    services.ids.length > 0 ? `it defines: ${services.ids.join(', ')}` : 'it defines none';
  for (const { name, service } of relationships) {
    if (services.ids.includes(service) || others.names.includes(service)) continue;
    appFindings.error(
      ['relationships', name],
      `relationship "${name}" names service "${service}", which ${services.source.file} does not define (${defined})`,
    );
  }
  const reached = new Set([...relationships.map((r) => r.service), ...others.services]);
  for (const id of services.ids) {
    if (reached.has(id)) continue;
    serviceFindings.warn(
      [id],
      `service "${id}"${typeOf(services.source, id)} is deployed but unused: no relationship in ${app.file} reaches it`,
    );
  }
  return { errors: appFindings.errors, warnings: serviceFindings.warnings };
}

// --- other applications

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
