import { commitConfigs } from '../derived-indexes';
import { treeIdOf } from '../git/commit-graph';
import {
  APP_FILE,
  type Commit,
  type ConfigFiles,
  ENV_FILE,
  ROUTES_FILE,
  SERVICES_FILE,
} from '../types';
import { isRecord, type ParsedYaml, parseYaml, type YamlProblem } from './yaml';

/**
 * What the config files of a commit say, read leniently: a reader never refuses, it reports
 * problems beside what it could read (the importer and the commit checks are the strict ones).
 */

/** A service id as services.yaml writes it (DOMAIN.md §4 says lowercase alphanumeric; real
 * projects also use `redis-session` and `opensearch1-1`). */
export const SERVICE_ID = /^[a-z0-9][a-z0-9_-]*$/;

/** A relationship's target as `.magento.app.yaml` writes it: `service-id:endpoint`. */
export const RELATIONSHIP_TARGET = /^[a-z0-9][a-z0-9_-]*:[a-z0-9][a-z0-9_-]*$/;

// --- .magento.app.yaml

export type Relationship = Readonly<{ name: string; service: string; endpoint: string }>;

export type AppVariable = Readonly<{ name: string; value: string }>;

export type AppDefinition = Readonly<{
  name: string;
  type: string;
  relationships: readonly Relationship[];
  disk: number | null;
  /** `variables:` flattened to `prefix:NAME`, e.g. `env:ADMIN_LOCALE`, `php:memory_limit`. */
  variables: readonly AppVariable[];
  documentRoot: string;
  mounts: readonly string[];
  hooks: Readonly<Record<string, string>>;
  crons: readonly string[];
  /** The whole file as data, for MAGENTO_CLOUD_APPLICATION. */
  raw: Readonly<Record<string, unknown>>;
}>;

export type AppRead = Readonly<{ app: AppDefinition; problems: readonly YamlProblem[] }>;

const EMPTY_APP: AppDefinition = {
  name: 'mymagento',
  type: 'php',
  relationships: [],
  disk: null,
  variables: [],
  documentRoot: '',
  mounts: [],
  hooks: {},
  crons: [],
  raw: {},
};

const TEXTS_KEPT = 256;

/**
 * `read` memoised by the text it reads. The same texts come back again and again: every
 * commit of a branch shares most files with its parent, and a dry run (a merge's or a push's
 * checks, for a button's state) reads files a commit already holds. The readings are
 * immutable; the most recently read texts are kept.
 */
function byText<R>(read: (text: string) => R): (text: string) => R {
  const kept = new Map<string, R>();
  return (text) => {
    const known = kept.get(text);
    if (known !== undefined) {
      kept.delete(text);
      kept.set(text, known);
      return known;
    }
    const reading = read(text);
    kept.set(text, reading);
    if (kept.size > TEXTS_KEPT) kept.delete(kept.keys().next().value as string);
    return reading;
  };
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? '';
}

/** A problem a reader found in text that parsed: placed at the line of its key path. */
function readProblem(
  file: string,
  parsed: ParsedYaml,
  path: string[],
  message: string,
): YamlProblem {
  return { file, line: parsed.lineOf(path), column: null, message, syntax: false };
}

function readRelationships(
  parsed: ParsedYaml,
  value: unknown,
  problems: YamlProblem[],
): Relationship[] {
  if (!isRecord(value)) return [];
  return Object.entries(value).flatMap(([name, target]) => {
    if (typeof target !== 'string') {
      const message = `relationships.${name}: expected "service:endpoint"`;
      problems.push(readProblem(APP_FILE, parsed, ['relationships', name], message));
      return [];
    }
    const [service = target, endpoint = service] = target.split(':');
    return [{ name, service, endpoint }];
  });
}

function readVariables(value: unknown): AppVariable[] {
  if (!isRecord(value)) return [];
  return Object.entries(value).flatMap(([prefix, group]) =>
    isRecord(group)
      ? Object.entries(group).map(([name, v]) => ({ name: `${prefix}:${name}`, value: text(v) }))
      : [{ name: prefix, value: text(group) }],
  );
}

function documentRootOf(web: unknown): string {
  const locations = isRecord(web) && isRecord(web.locations) ? web.locations : {};
  const root = locations['/'];
  return isRecord(root) && typeof root.root === 'string' ? root.root : '';
}

/** Reads `.magento.app.yaml`: name, type, relationships, variables and the rest (DOMAIN.md §4). */
export const readApp = byText((source: string): AppRead => {
  const parsed = parseYaml(APP_FILE, source);
  if ('problem' in parsed) return { app: EMPTY_APP, problems: [parsed.problem] };
  if (!isRecord(parsed.value)) return { app: EMPTY_APP, problems: [] };
  const raw = parsed.value;
  const problems: YamlProblem[] = [];
  return {
    app: {
      name: typeof raw.name === 'string' ? raw.name : EMPTY_APP.name,
      type: typeof raw.type === 'string' ? raw.type : EMPTY_APP.type,
      relationships: readRelationships(parsed, raw.relationships, problems),
      disk: typeof raw.disk === 'number' ? raw.disk : null,
      variables: readVariables(raw.variables),
      documentRoot: documentRootOf(raw.web),
      mounts: isRecord(raw.mounts) ? Object.keys(raw.mounts) : [],
      hooks: isRecord(raw.hooks)
        ? Object.fromEntries(Object.entries(raw.hooks).map(([k, v]) => [k, text(v)]))
        : {},
      crons: isRecord(raw.crons) ? Object.keys(raw.crons) : [],
      raw,
    },
    problems,
  };
});

// --- .magento/services.yaml

export type ServiceDefinition = Readonly<{
  id: string;
  /** As written, e.g. `mysql:10.0`. */
  type: string;
  name: string;
  /** Null when the type names no version, e.g. `rabbitmq`. */
  version: string | null;
  /** Persistent disk in MB, when the service has one. */
  disk: number | null;
}>;

export type ServicesRead = Readonly<{
  services: readonly ServiceDefinition[];
  problems: readonly YamlProblem[];
}>;

/** Reads `.magento/services.yaml`: a map of service id to type and disk (DOMAIN.md §4). */
export const readServices = byText((text: string): ServicesRead => {
  const parsed = parseYaml(SERVICES_FILE, text);
  if ('problem' in parsed) return { services: [], problems: [parsed.problem] };
  if (parsed.value === null) return { services: [], problems: [] };
  if (!isRecord(parsed.value)) {
    const problem = readProblem(SERVICES_FILE, parsed, [], 'expected a map of service ids');
    return { services: [], problems: [problem] };
  }
  const services: ServiceDefinition[] = [];
  const problems: YamlProblem[] = [];
  for (const [id, body] of Object.entries(parsed.value)) {
    const type = isRecord(body) ? body.type : undefined;
    if (typeof type !== 'string' || type === '') {
      problems.push(readProblem(SERVICES_FILE, parsed, [id], `${id}: missing "type"`));
      continue;
    }
    const [name = type, version = null] = type.split(':');
    const disk = isRecord(body) && typeof body.disk === 'number' ? body.disk : null;
    services.push({ id, type, name, version, disk });
  }
  return { services, problems };
});

// --- .magento/routes.yaml

export type RouteDefinition = Readonly<{
  /** The URL pattern as written, e.g. `https://{default}/`. */
  pattern: string;
  type: 'upstream' | 'redirect' | string;
  upstream: string | null;
  to: string | null;
  cache: boolean | null;
  /** Server-side includes: `ssi.enabled`, null where the route does not say. */
  ssi: boolean | null;
}>;

/** Reads `.magento/routes.yaml`: URL patterns to an upstream or a redirect. */
export const readRoutes = byText(
  (text: string): { routes: readonly RouteDefinition[]; problems: readonly YamlProblem[] } => {
    const parsed = parseYaml(ROUTES_FILE, text);
    if ('problem' in parsed) return { routes: [], problems: [parsed.problem] };
    if (!isRecord(parsed.value)) return { routes: [], problems: [] };
    const routes = Object.entries(parsed.value).map(([pattern, body]) => {
      const route = isRecord(body) ? body : {};
      const cache = isRecord(route.cache) ? route.cache.enabled !== false : null;
      // Adobe's example nests `ssi` under `cache`; Platform.sh's puts it on the route.
      const ssiBlock = isRecord(route.ssi)
        ? route.ssi
        : isRecord(route.cache) && isRecord(route.cache.ssi)
          ? route.cache.ssi
          : null;
      const ssi = ssiBlock ? ssiBlock.enabled === true : null;
      return {
        pattern,
        type: typeof route.type === 'string' ? route.type : 'upstream',
        upstream: typeof route.upstream === 'string' ? route.upstream : null,
        to: typeof route.to === 'string' ? route.to : null,
        cache,
        ssi,
      };
    });
    return { routes, problems: [] };
  },
);

// --- a commit's configuration

const readEnv = byText((text: string) => parseYaml(ENV_FILE, text));

export type CommitConfig = Readonly<{
  app: AppDefinition;
  services: readonly ServiceDefinition[];
  routes: readonly RouteDefinition[];
  /** `.magento.env.yaml` as parsed; null where it does not parse (the importer says why). */
  env: ParsedYaml | null;
  /** The Git tree of the files (MAGENTO_CLOUD_TREE_ID). */
  tree: string;
  problems: readonly YamlProblem[];
}>;

/** The parsed configuration of a commit; commits are immutable, so it is parsed once. */
export function readCommitConfig(commit: Commit): CommitConfig {
  const cached = commitConfigs.get(commit);
  if (cached) return cached;
  const config = readConfigFiles(commit.files);
  commitConfigs.set(commit, config);
  return config;
}

/** The parsed configuration of a set of config files. */
export function readConfigFiles(files: ConfigFiles): CommitConfig {
  const app = readApp(files[APP_FILE]);
  const services = readServices(files[SERVICES_FILE]);
  const routes = readRoutes(files[ROUTES_FILE]);
  const env = readEnv(files[ENV_FILE]);
  return {
    app: app.app,
    services: services.services,
    routes: routes.routes,
    env: 'problem' in env ? null : env,
    tree: treeIdOf(files),
    problems: [...app.problems, ...services.problems, ...routes.problems],
  };
}
