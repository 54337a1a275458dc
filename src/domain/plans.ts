import {
  APP_FILE,
  type ConfigFileName,
  type EnvironmentId,
  type PlanId,
  ROUTES_FILE,
  type Role,
  SERVICES_FILE,
} from './types';

/** A setting whose change waits for a support ticket: a whole file, or one key path of it. */
export type TicketSetting = Readonly<{ file: ConfigFileName; path?: readonly string[] }>;

/** 2.1: services, routes and the application (DOMAIN.md §3); `.magento.env.yaml` never waits. */
const TICKET_SCOPE_2_1: readonly TicketSetting[] = [
  { file: SERVICES_FILE },
  { file: ROUTES_FILE },
  { file: APP_FILE },
];

/** Third-party services the platform provides per role (DOMAIN.md §2–4). */
export type ThirdPartyService = Readonly<{
  name: 'Fastly' | 'New Relic' | 'Blackfire';
  purpose: string;
  note?: string;
}>;

export type ClusterNode = Readonly<{ index: 1 | 2 | 3; runs: readonly string[] }>;

export type ClusterSpec = Readonly<{
  summary: string;
  loadBalancer: string;
  nodes: readonly ClusterNode[];
  /** Host name templates; `{env}` and `{project}` are filled in per environment. */
  loadBalancerHost: string;
  nodeHost: string;
  gateways: string;
  sizes: string;
  backups: string;
  cdn: string;
}>;

export type RoleRules = Readonly<{
  role: Role;
  label: string;
  infrastructure: string;
  /** Dedicated hardware (Pro Staging/Production) versus shared PaaS containers. */
  dedicated: boolean;
  thirdParty: readonly ThirdPartyService[];
  /** Host name template of the environment's URL; `{branch}`, `{project}`, `{region}`. */
  urlPattern: string;
  canBranchFrom: boolean;
  /** Changes of these settings take effect only through a support ticket; empty: none do. */
  ticketScope: readonly TicketSetting[];
  snapshots: boolean;
  /** Data can be synced from this environment into a child. */
  dataSyncFrom: boolean;
  /** Rules that differ from an ordinary environment, shown in the overview. */
  notes: readonly string[];
  cluster?: ClusterSpec;
}>;

/** The environments every project of a plan starts with, root first. */
export type FixedBranch = Readonly<{
  id: EnvironmentId;
  title: string;
  role: Role;
  parentId: EnvironmentId | null;
}>;

export type ActiveLimit = Readonly<{
  max: number;
  /** `null`: every environment counts; otherwise the subtree rooted at this branch. */
  scope: EnvironmentId | null;
  label: string;
}>;

export type PlanRules = Readonly<{
  id: PlanId;
  label: string;
  summary: string;
  fixedBranches: readonly FixedBranch[];
  roles: Readonly<Partial<Record<Role, RoleRules>>>;
  /** Role of a branch created from a parent of the given role. */
  childRole: Readonly<Partial<Record<Role, Role>>>;
  activeLimit: ActiveLimit;
  /** Total project storage shared by the application and services, in MB. */
  storageMb: number;
  /** Where new work should branch from, for the refusal message. */
  branchFromHint: EnvironmentId;
  footnotes: readonly string[];
}>;

const FASTLY: ThirdPartyService = { name: 'Fastly', purpose: 'CDN and full-page cache' };
const NEW_RELIC: ThirdPartyService = { name: 'New Relic', purpose: 'APM monitoring' };
const BLACKFIRE: ThirdPartyService = { name: 'Blackfire', purpose: 'PHP profiler' };

const PAAS_URL = 'https://{branch}-{hash}-{project}.{region}.magentosite.cloud/';

const STARTER_PAAS = 'Shared PaaS containers';

const starter: PlanRules = {
  id: 'starter',
  label: 'Starter',
  summary: 'master is Production; staging and integration branches run in shared PaaS containers.',
  fixedBranches: [
    { id: 'master', title: 'Production', role: 'production', parentId: null },
    { id: 'staging', title: 'Staging', role: 'staging', parentId: 'master' },
  ],
  roles: {
    production: {
      role: 'production',
      label: 'Production',
      infrastructure: STARTER_PAAS,
      dedicated: false,
      thirdParty: [
        FASTLY,
        { ...NEW_RELIC, note: 'New Relic covers master plus two environments of your choice.' },
      ],
      urlPattern: PAAS_URL,
      canBranchFrom: true,
      ticketScope: [],
      snapshots: true,
      dataSyncFrom: true,
      notes: [
        'The live store: code reaches it by merging staging into master.',
        'Runs the same stack as Staging: Fastly, Nginx + PHP-FPM, Redis, search and MariaDB.',
      ],
    },
    staging: {
      role: 'staging',
      label: 'Staging',
      infrastructure: STARTER_PAAS,
      dedicated: false,
      thirdParty: [FASTLY, NEW_RELIC, BLACKFIRE],
      urlPattern: PAAS_URL,
      canBranchFrom: true,
      ticketScope: [],
      snapshots: true,
      dataSyncFrom: true,
      notes: ['Pre-production: branch integration work from here and merge it back to test.'],
    },
    integration: {
      role: 'integration',
      label: 'Integration',
      infrastructure: STARTER_PAAS,
      dedicated: false,
      thirdParty: [],
      urlPattern: PAAS_URL,
      canBranchFrom: true,
      ticketScope: [],
      snapshots: true,
      dataSyncFrom: true,
      notes: ['Development work: branch from staging, test, then merge into staging.'],
    },
  },
  childRole: { production: 'integration', staging: 'integration', integration: 'integration' },
  activeLimit: { max: 4, scope: null, label: 'active environments, master included' },
  storageMb: 5120,
  branchFromHint: 'staging',
  footnotes: [
    'The docs count Starter environments two ways ("three testable environments" or "up to three Integration environments and a Production"); the explorer reads both as master plus 3 more active, staging normally one of them.',
    'All YAML configuration applies to every Starter environment, Production included.',
  ],
};

const PRO_PAAS = 'PaaS containers on a shared grid';
const PRO_IAAS = 'Dedicated IaaS hardware';

const proCluster: ClusterSpec = {
  summary: 'Three-node high-availability cluster across three availability zones',
  loadBalancer: 'Elastic Load Balancer, one HAProxy per node',
  nodes: ([1, 2, 3] as const).map((index) => ({
    index,
    runs: [
      'Nginx + PHP-FPM',
      'GlusterFS (var, pub/media, pub/static, app/etc)',
      index === 1 ? 'Redis (active)' : 'Redis (replica)',
      'Elasticsearch',
      'MariaDB (Galera cluster, auto-increment offset 3)',
    ],
  })),
  loadBalancerHost: '{env}.c.{project}.ent.magento.cloud',
  nodeHost: '{env}.{index}.{project}.ent.magento.cloud',
  gateways: 'Three gateway servers with static IPs',
  sizes: 'Pro12 (4 CPU, 16 GB per node) to Pro120 (40 CPU, 160 GB per node)',
  backups: 'Hourly EBS snapshots, kept for the last 24 hours',
  cdn: 'Fastly in front as CDN',
};

const proDedicatedNotes = [
  'No branching: new work branches from integration or below.',
  'YAML changes (services, routes, application) take effect only through a support ticket.',
  'No snapshots, and no data sync from here; a sync into Integration moves code only.',
  'Settings are managed only in part from the web UI.',
];

const pro: PlanRules = {
  id: 'pro',
  label: 'Pro',
  summary:
    'Integration runs on PaaS containers; Staging and Production run on dedicated hardware, Production as a 3-node cluster.',
  fixedBranches: [
    { id: 'master', title: 'Global Master', role: 'global-master', parentId: null },
    { id: 'production', title: 'Production', role: 'production', parentId: 'master' },
    { id: 'staging', title: 'Staging', role: 'staging', parentId: 'production' },
    { id: 'integration', title: 'Integration', role: 'integration', parentId: 'staging' },
  ],
  roles: {
    'global-master': {
      role: 'global-master',
      label: 'Global Master',
      infrastructure: 'PaaS; part of Integration',
      dedicated: false,
      thirdParty: [],
      urlPattern: PAAS_URL,
      canBranchFrom: false,
      ticketScope: [],
      snapshots: true,
      dataSyncFrom: true,
      notes: [
        'Receives a copy of the Production code after each release (modelled as production merging up into master).',
        'No branching from master: new work branches from integration or below.',
      ],
    },
    production: {
      role: 'production',
      label: 'Production',
      infrastructure: `${PRO_IAAS}, 3-node high-availability cluster`,
      dedicated: true,
      thirdParty: [FASTLY, NEW_RELIC, BLACKFIRE],
      urlPattern: 'https://{branch}.c.{project}.ent.magento.cloud/',
      canBranchFrom: false,
      ticketScope: TICKET_SCOPE_2_1,
      snapshots: false,
      dataSyncFrom: false,
      notes: proDedicatedNotes,
      cluster: proCluster,
    },
    staging: {
      role: 'staging',
      label: 'Staging',
      infrastructure: `${PRO_IAAS}, same hardware class as Production`,
      dedicated: true,
      thirdParty: [FASTLY, NEW_RELIC, BLACKFIRE],
      urlPattern: 'https://{branch}.{project}.ent.magento.cloud/',
      canBranchFrom: false,
      ticketScope: TICKET_SCOPE_2_1,
      snapshots: false,
      dataSyncFrom: false,
      notes: proDedicatedNotes,
    },
    integration: {
      role: 'integration',
      label: 'Integration',
      infrastructure: PRO_PAAS,
      dedicated: false,
      thirdParty: [BLACKFIRE, { ...NEW_RELIC, note: 'New Relic on one Integration branch only.' }],
      urlPattern: PAAS_URL,
      canBranchFrom: true,
      ticketScope: [],
      snapshots: true,
      dataSyncFrom: true,
      notes: ['Base of development: branch new work from here, merge it back to test.'],
    },
    development: {
      role: 'development',
      label: 'Development',
      infrastructure: PRO_PAAS,
      dedicated: false,
      thirdParty: [BLACKFIRE, { ...NEW_RELIC, note: 'New Relic on one Integration branch only.' }],
      urlPattern: PAAS_URL,
      canBranchFrom: true,
      ticketScope: [],
      snapshots: true,
      dataSyncFrom: true,
      notes: ['Counts toward the Integration group limit of 5 active environments.'],
    },
  },
  childRole: { integration: 'development', development: 'development' },
  activeLimit: {
    max: 5,
    scope: 'integration',
    label: 'active in the Integration group (integration and its branches)',
  },
  storageMb: 5120,
  branchFromHint: 'integration',
  footnotes: [
    'The docs do not draw where master hangs; the explorer models production as a child of master that merges up into it after each release.',
    'With staging, production and master, the Integration limit of 5 makes 8 active environments.',
  ],
};

export const PLANS: Readonly<Record<PlanId, PlanRules>> = { starter, pro };

export const PLAN_IDS: readonly PlanId[] = ['starter', 'pro'];

export function planRules(plan: PlanId): PlanRules {
  return PLANS[plan];
}

/** Rules of a role in a plan; every role an environment can have exists in its plan. */
export function roleRules(plan: PlanId, role: Role): RoleRules {
  const rules = PLANS[plan].roles[role];
  if (!rules) throw new Error(`Plan ${plan} has no role ${role}`);
  return rules;
}
