import type { Relationship, ServiceDefinition } from './config/read-config';
import { readCommitConfig } from './config/read-config';
import type { YamlProblem } from './config/yaml';
import { deployedCommit, runningConfig } from './deploy/deployment';
import { roleRulesOf, type ThirdPartyService } from './plans';
import { tableGet } from './table';
import type { EnvironmentId, Project } from './types';

export type ServiceRow = ServiceDefinition &
  Readonly<{
    /** Relationship names in `.magento.app.yaml` that reach this service. */
    usedBy: readonly string[];
    /** Set when the head commit changes this service but it waits for a support ticket. */
    pending: 'added' | 'removed' | 'changed' | null;
  }>;

export type EnvironmentServices = Readonly<{
  active: boolean;
  services: readonly ServiceRow[];
  /** Relationships that name no service in services.yaml. */
  danglingRelationships: readonly { name: string; service: string }[];
  platform: readonly string[];
  thirdParty: readonly ThirdPartyService[];
  appDiskMb: number;
  diskUsedMb: number;
  storageMb: number;
  problems: readonly YamlProblem[];
}>;

function pendingChange(
  deployed: ServiceDefinition | undefined,
  head: ServiceDefinition | undefined,
): ServiceRow['pending'] {
  if (!deployed && head) return 'added';
  if (deployed && !head) return 'removed';
  if (deployed && head && (deployed.type !== head.type || deployed.disk !== head.disk)) {
    return 'changed';
  }
  return null;
}

/** Relationship names by the service they reach, in the order the file gives them. */
function relationshipsByService(relationships: readonly Relationship[]): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const r of relationships) {
    const list = names.get(r.service);
    if (list) list.push(r.name);
    else names.set(r.service, [r.name]);
  }
  return names;
}

/** The runtimes an application `type` can name (Platform.sh's), as people write them. */
const RUNTIME_NAMES: Readonly<Record<string, string>> = {
  php: 'PHP',
  nodejs: 'Node.js',
  python: 'Python',
  ruby: 'Ruby',
  golang: 'Go',
  java: 'Java',
  elixir: 'Elixir',
  dotnet: '.NET',
  lisp: 'Lisp',
};

/** `nodejs:20` → "Node.js"; a runtime the explorer does not know is named as written. */
function runtimeName(type: string): string {
  const name = type.split(':')[0] ?? type;
  return RUNTIME_NAMES[name] ?? name;
}

/**
 * What runs in an environment: the services of its running configuration with the
 * relationships that use them, the changes of its deployed code that wait for a support
 * ticket (Pro Staging/Production), and what the platform adds.
 */
export function resolveServices(project: Project, envId: EnvironmentId): EnvironmentServices {
  const env = tableGet(project.environments, envId);
  if (!env) throw new Error(`No environment ${envId}`);
  const deployed = runningConfig(project, env);
  const code = tableGet(project.commits, deployedCommit(env));
  if (!code) throw new Error(`Environment ${envId} has no commit`);
  const waiting = readCommitConfig(code);
  const ticketPending = deployed !== waiting;

  const headById = new Map(waiting.services.map((s) => [s.id, s]));
  const deployedById = new Map(deployed.services.map((s) => [s.id, s]));
  const ids = [
    ...deployedById.keys(),
    ...[...headById.keys()].filter((id) => !deployedById.has(id)),
  ];

  const deployedUse = relationshipsByService(deployed.app.relationships);
  const waitingUse = ticketPending
    ? relationshipsByService(waiting.app.relationships)
    : deployedUse;
  const services: ServiceRow[] = ids.map((id) => {
    const current = deployedById.get(id);
    const next = headById.get(id);
    const shown = (current ?? next) as ServiceDefinition;
    return {
      ...shown,
      usedBy: (current ? deployedUse : waitingUse).get(id) ?? [],
      pending: ticketPending ? pendingChange(current, next) : null,
    };
  });

  const danglingRelationships = deployed.app.relationships
    .filter((r) => !deployedById.has(r.service))
    .map(({ name, service }) => ({ name, service }));

  const rules = roleRulesOf(project, env.role);
  const active = env.status === 'active';
  const appDiskMb = deployed.app.disk ?? 0;
  const serviceDisk = deployed.services.reduce((sum, s) => sum + (s.disk ?? 0), 0);
  return {
    active,
    services,
    danglingRelationships,
    platform: active
      ? [
          'HTTP router',
          `${runtimeName(deployed.app.type)} application server (${deployed.app.type})`,
          'Git',
          'SSH',
        ]
      : [],
    thirdParty: active ? rules.thirdParty : [],
    appDiskMb,
    diskUsedMb: appDiskMb + serviceDisk,
    storageMb: project.storageMb,
    problems: [...deployed.problems, ...(ticketPending ? waiting.problems : [])],
  };
}

export type ClusterNode = Readonly<{ index: 1 | 2 | 3; runs: readonly string[] }>;

/** Product names of service types as the cluster card shows them. */
const SERVICE_NAMES: Readonly<Record<string, string>> = {
  mysql: 'MariaDB',
  mariadb: 'MariaDB',
  redis: 'Redis',
  valkey: 'Valkey',
  elasticsearch: 'Elasticsearch',
  opensearch: 'OpenSearch',
  rabbitmq: 'RabbitMQ',
  solr: 'Solr',
  memcached: 'Memcached',
  'activemq-artemis': 'ActiveMQ Artemis',
};

/** How one service runs on node `index` of the three (DOMAIN.md §3, Production cluster). */
function onNode(service: ServiceDefinition, index: 1 | 2 | 3): string {
  const name = `${SERVICE_NAMES[service.name] ?? service.name}${service.version ? ` ${service.version}` : ''}`;
  switch (service.name) {
    case 'mysql':
    case 'mariadb':
      // Galera: each node writes its own auto-increment values, three apart.
      return `${name} (Galera node: auto_increment_increment 3, auto_increment_offset ${index})`;
    case 'redis':
    case 'valkey':
      return `${name} (${index === 1 ? 'primary' : 'replica'})`;
    default:
      return name;
  }
}

/**
 * What each node of a Pro Production cluster runs: the platform's web tier and shared files,
 * then the environment's own running services, each as the cluster runs it. Empty where the
 * role has no cluster.
 */
export function clusterNodes(project: Project, envId: EnvironmentId): ClusterNode[] {
  const env = tableGet(project.environments, envId);
  const cluster = env && roleRulesOf(project, env.role).cluster;
  if (!env || !cluster) return [];
  const { services } = runningConfig(project, env);
  return ([1, 2, 3] as const).map((index) => ({
    index,
    runs: [...cluster.platform, ...services.map((s) => onNode(s, index))],
  }));
}
