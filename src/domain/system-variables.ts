import { readCommitConfig, type ServiceDefinition } from './config/read-config';
import { deployedCommit, runningConfig } from './deploy/deployment';
import { environmentUrl } from './environment-url';
import { resolveVariables, visibleAtRuntime } from './resolve-variables';
import { tableGet } from './table';
import type { EnvironmentId, Project } from './types';

export type SystemVariable = Readonly<{
  name: `MAGENTO_CLOUD_${string}`;
  value: string;
  /** For base64 JSON values: the decoded data, for a readable view. */
  decoded: unknown;
  note?: string;
}>;

type Endpoint = Readonly<{ scheme: string; port: number | null; username?: string; path?: string }>;

// Defaults Platform.sh uses for each service type's standard endpoint.
const ENDPOINTS: Readonly<Record<string, Endpoint>> = {
  mysql: { scheme: 'mysql', port: 3306, username: 'user', path: 'main' },
  mariadb: { scheme: 'mysql', port: 3306, username: 'user', path: 'main' },
  redis: { scheme: 'redis', port: 6379 },
  valkey: { scheme: 'redis', port: 6379 },
  elasticsearch: { scheme: 'http', port: 9200 },
  opensearch: { scheme: 'http', port: 9200 },
  rabbitmq: { scheme: 'amqp', port: 5672, username: 'guest' },
  solr: { scheme: 'solr', port: 8080, path: 'solr/collection1' },
  memcached: { scheme: 'memcached', port: 11211 },
};

export const SENSITIVE_PLACEHOLDER = '<sensitive: hidden>';

// Bytes to a binary string 8 KB at a time: a call per byte (or a spread of a large slice)
// took a fifth of a second on the megabyte of MAGENTO_CLOUD_RELATIONSHIPS of 5 000 services.
const CHUNK = 0x2000;

function base64Json(data: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(data));
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const slice = bytes.subarray(i, i + CHUNK) as unknown as number[];
    parts.push(String.fromCharCode.apply(null, slice));
  }
  return btoa(parts.join(''));
}

function relationshipEntry(name: string, endpoint: string, service: ServiceDefinition) {
  const defaults = ENDPOINTS[service.name] ?? { scheme: service.name, port: null };
  return {
    service: service.id,
    type: service.type,
    rel: endpoint,
    scheme: defaults.scheme,
    host: `${name}.internal`,
    port: defaults.port,
    username: defaults.username ?? null,
    password: '',
    path: defaults.path ?? null,
  };
}

export type RuntimeVariable = Readonly<{
  name: string;
  /** Null for a sensitive one: the application reads it, the page never shows it. */
  value: string | null;
}>;

/**
 * The variables the running application sees (DOMAIN.md §5), as its last deploy gave them:
 * those visible at runtime, `env:`-prefixed ones apart, as Unix environment variables named
 * without the prefix (`env:COMPOSER_AUTH` → `COMPOSER_AUTH`). Build-only ones are absent.
 */
export function runtimeVariables(
  project: Project,
  envId: EnvironmentId,
): { variables: RuntimeVariable[]; unix: RuntimeVariable[] } {
  const running = resolveVariables(project, envId).flatMap((r): RuntimeVariable[] => {
    if (!r.effective || !visibleAtRuntime(r)) return [];
    const pending = r.pendingRedeploy;
    if (pending && !pending.wasSet) return [];
    return [{ name: r.name, value: pending ? pending.running : r.value }];
  });
  const isUnix = (v: RuntimeVariable) => v.name.startsWith(ENV_PREFIX);
  return {
    variables: running.filter((v) => !isUnix(v)),
    unix: running.filter(isUnix).map((v) => ({ ...v, name: v.name.slice(ENV_PREFIX.length) })),
  };
}

const ENV_PREFIX = 'env:';

/**
 * The `MAGENTO_CLOUD_*` variables the platform sets in an active environment (DOMAIN.md §5),
 * from what runs there: the deployed tree, the running configuration and the variables of
 * the last deploy. Sensitive values are replaced before encoding, so they never reach the
 * page even in base64.
 */
export function systemVariables(project: Project, envId: EnvironmentId): SystemVariable[] {
  const env = tableGet(project.environments, envId);
  const commit = env && tableGet(project.commits, deployedCommit(env));
  if (!env || !commit || env.status !== 'active') return [];
  const config = runningConfig(project, env);
  const servicesById = new Map(config.services.map((s) => [s.id, s]));
  const base = environmentUrl(project, env);
  const host = new URL(base).host;

  const relationships = Object.fromEntries(
    config.app.relationships.flatMap((r) => {
      const service = servicesById.get(r.service);
      return service ? [[r.name, [relationshipEntry(r.name, r.endpoint, service)]]] : [];
    }),
  );
  const routes = Object.fromEntries(
    config.routes.map((route) => [
      route.pattern.replace(/\{(default|all)\}/g, host),
      {
        type: route.type,
        upstream: route.upstream,
        to: route.to?.replace(/\{(default|all)\}/g, host) ?? null,
        original_url: route.pattern,
      },
    ]),
  );
  const variables = Object.fromEntries(
    runtimeVariables(project, envId).variables.map((v) => [
      v.name,
      v.value ?? SENSITIVE_PLACEHOLDER,
    ]),
  );
  const documentRoot = config.app.documentRoot ? `/app/${config.app.documentRoot}` : '/app';

  const plain = (name: SystemVariable['name'], value: string, note?: string): SystemVariable =>
    note ? { name, value, decoded: null, note } : { name, value, decoded: null };
  // Encoded when first read: the panel shows a value only once it is unfolded, and with
  // thousands of services encoding them all took a third of a panel's render.
  const encoded = (name: SystemVariable['name'], data: unknown, note?: string): SystemVariable => {
    let text: string | undefined;
    return {
      name,
      get value() {
        text ??= base64Json(data);
        return text;
      },
      decoded: data,
      ...(note ? { note } : {}),
    };
  };

  return [
    plain('MAGENTO_CLOUD_ENVIRONMENT', env.id, 'The branch name.'),
    plain('MAGENTO_CLOUD_PROJECT', project.id),
    plain('MAGENTO_CLOUD_APPLICATION_NAME', config.app.name),
    plain('MAGENTO_CLOUD_APP_DIR', '/app'),
    plain('MAGENTO_CLOUD_DOCUMENT_ROOT', documentRoot),
    plain(
      'MAGENTO_CLOUD_TREE_ID',
      readCommitConfig(commit).tree,
      'The Git tree the build came from: it changes only when the files change.',
    ),
    encoded('MAGENTO_CLOUD_ROUTES', routes),
    encoded('MAGENTO_CLOUD_RELATIONSHIPS', relationships),
    encoded('MAGENTO_CLOUD_APPLICATION', config.app.raw),
    encoded(
      'MAGENTO_CLOUD_VARIABLES',
      variables,
      'Variables visible at runtime, as the last deploy gave them (env: ones are Unix environment variables instead). Sensitive values are replaced here; the application itself reads the real value.',
    ),
  ];
}
