import {
  APP_FILE,
  type ConfigFileName,
  type Edition,
  type EnvironmentId,
  type PlanId,
  type Project,
  ROUTES_FILE,
  type Role,
  SERVICES_FILE,
} from './types';

/**
 * The plans' rules as data (DOMAIN.md §2, §3, §8): one table per edition of the docs, each
 * plan's entry spread from the 2.1 one with what today's docs change. A rule the panel shows
 * carries the source it comes from (the S-numbers of DOMAIN.md).
 */

/** The documents behind the rules, by DOMAIN.md's S-number. */
export const SOURCES = {
  S1: 'Magento Commerce Cloud 2.1: Cloud architecture',
  S2: 'Magento Commerce Cloud 2.1: Starter architecture',
  S3: 'Magento Commerce Cloud 2.1: Pro architecture',
  S4: 'Magento Commerce Cloud 2.1: Pro develop and deploy workflow',
  S5: 'Magento Commerce Cloud 2.1: Pro architecture (legacy, before 23 October 2017)',
  S6: 'Magento Commerce Cloud 2.1: Cloud plans',
  S10: 'Magento Commerce Cloud 2.1: services.yaml',
  S12: 'Magento Commerce Cloud 2.1: New Relic, Fastly, Blackfire',
  S14: 'Magento Commerce Cloud 2.1: Pro environment management',
  S15: 'Magento Commerce Cloud 2.1: Snapshots and backups',
  S16: 'Adobe Commerce on cloud: Project overview',
  S19: 'Adobe Commerce on cloud today: Starter architecture',
  S20: 'Adobe Commerce on cloud today: Build and deploy variables (no support ticket)',
  S21: 'Adobe Commerce on cloud today: Pro architecture',
} as const;

export type SourceId = keyof typeof SOURCES;

/** A rule as the panel states it, with the document it comes from. */
export type Rule = Readonly<{ text: string; source: SourceId }>;

/** A setting whose change waits for a support ticket: a whole file, or one key path of it. */
export type TicketSetting = Readonly<{ file: ConfigFileName; path?: readonly string[] }>;

/** Third-party services the platform provides per role (DOMAIN.md §2–4). */
export type ThirdPartyService = Readonly<{
  name: 'Fastly' | 'New Relic' | 'Blackfire';
  purpose: string;
  note?: string;
}>;

export type ClusterSpec = Readonly<{
  summary: string;
  loadBalancer: string;
  /** What each node runs besides the environment's own services. */
  platform: readonly string[];
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
  /** Variables change only through a support ticket (Pro legacy Staging/Production). */
  variablesByTicket: boolean;
  snapshots: boolean;
  /** Data can be synced from this environment into a child. */
  dataSyncFrom: boolean;
  /** Data can be synced into this environment from its parent. */
  dataSyncInto: boolean;
  canDeactivate: boolean;
  /** Rules that differ from an ordinary environment, shown in the overview. */
  notes: readonly Rule[];
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
  /** The roles whose active environments count; null: every environment counts. */
  roles: readonly Role[] | null;
  /** The header's count, `{n}` and `{max}` filled in: "Integration: {n} of {max} active". */
  headline: string;
  /** What the count is, for a refusal: "active Integration environments". */
  counts: string;
  source: SourceId;
}>;

export type PlanRules = Readonly<{
  id: PlanId;
  edition: Edition;
  label: string;
  /** The document that describes the plan's architecture. */
  source: SourceId;
  summary: string;
  fixedBranches: readonly FixedBranch[];
  /** The fixed branches are provisioned by the platform: none of them can be deleted. */
  provisioned: boolean;
  roles: Readonly<Partial<Record<Role, RoleRules>>>;
  /** Role of a branch created from a parent of the given role. */
  childRole: Readonly<Partial<Record<Role, Role>>>;
  activeLimit: ActiveLimit;
  /** Total project storage shared by the application and services, in MB. */
  storageMb: number;
  /** Where new work should branch from, for the refusal message. */
  branchFromHint: EnvironmentId;
  footnotes: readonly Rule[];
}>;

export const EDITION_LABEL: Readonly<Record<Edition, string>> = {
  '2.1': 'Magento Commerce Cloud 2.1',
  today: 'Adobe Commerce on cloud today',
};

const FASTLY: ThirdPartyService = { name: 'Fastly', purpose: 'CDN and full-page cache' };
const NEW_RELIC: ThirdPartyService = { name: 'New Relic', purpose: 'APM monitoring' };
const BLACKFIRE: ThirdPartyService = { name: 'Blackfire', purpose: 'PHP profiler' };

const PAAS_URL = 'https://{branch}-{hash}-{project}.{region}.magentosite.cloud/';
const STARTER_PAAS = 'Shared PaaS containers';
const PRO_PAAS = 'PaaS containers on a shared grid';
const PRO_IAAS = 'Dedicated IaaS hardware';

/** 2.1: services, routes and the application (DOMAIN.md §3); `.magento.env.yaml` never waits. */
const TICKET_SCOPE_2_1: readonly TicketSetting[] = [
  { file: SERVICES_FILE },
  { file: ROUTES_FILE },
  { file: APP_FILE },
];

/** Today: services, mounts and disk, workers and PHP extensions (DOMAIN.md §8). */
const TICKET_SCOPE_TODAY: readonly TicketSetting[] = [
  { file: SERVICES_FILE },
  { file: APP_FILE, path: ['mounts'] },
  { file: APP_FILE, path: ['disk'] },
  { file: APP_FILE, path: ['workers'] },
  { file: APP_FILE, path: ['runtime', 'extensions'] },
];

/** An ordinary PaaS environment: the defaults every role starts from. */
const PAAS: Omit<RoleRules, 'role' | 'label' | 'infrastructure' | 'thirdParty' | 'notes'> = {
  dedicated: false,
  urlPattern: PAAS_URL,
  canBranchFrom: true,
  ticketScope: [],
  variablesByTicket: false,
  snapshots: true,
  dataSyncFrom: true,
  dataSyncInto: true,
  canDeactivate: true,
};

/** Pro Staging or Production: dedicated hardware, no branching, snapshots or data sync. */
const DEDICATED = {
  ...PAAS,
  dedicated: true,
  canBranchFrom: false,
  ticketScope: TICKET_SCOPE_2_1,
  snapshots: false,
  dataSyncFrom: false,
  dataSyncInto: false,
  canDeactivate: false,
} as const;

// --- Starter (DOMAIN.md §2)

const STARTER_YAML_NOTE: Rule = {
  text: 'All YAML configuration applies to every Starter environment, Production included.',
  source: 'S10',
};

const starter: PlanRules = {
  id: 'starter',
  edition: '2.1',
  label: 'Starter',
  source: 'S2',
  summary: 'master is Production; staging and integration branches run in shared PaaS containers.',
  fixedBranches: [
    { id: 'master', title: 'Production', role: 'production', parentId: null },
    { id: 'staging', title: 'Staging', role: 'staging', parentId: 'master' },
  ],
  provisioned: false,
  roles: {
    production: {
      ...PAAS,
      role: 'production',
      label: 'Production',
      infrastructure: STARTER_PAAS,
      thirdParty: [
        FASTLY,
        { ...NEW_RELIC, note: 'New Relic covers master plus two environments of your choice.' },
      ],
      notes: [
        { text: 'The live store: code reaches it by merging staging into master.', source: 'S2' },
        {
          text: 'Runs the same stack as Staging: Fastly, Nginx + PHP-FPM, Redis, search and MariaDB.',
          source: 'S2',
        },
      ],
    },
    staging: {
      ...PAAS,
      role: 'staging',
      label: 'Staging',
      infrastructure: STARTER_PAAS,
      thirdParty: [FASTLY, NEW_RELIC, BLACKFIRE],
      notes: [
        {
          text: 'Pre-production: branch integration work from here and merge it back to test.',
          source: 'S2',
        },
      ],
    },
    integration: {
      ...PAAS,
      role: 'integration',
      label: 'Integration',
      infrastructure: STARTER_PAAS,
      thirdParty: [],
      notes: [
        {
          text: 'Development work: branch from staging, test, then merge into staging.',
          source: 'S2',
        },
      ],
    },
  },
  childRole: { production: 'integration', staging: 'integration', integration: 'integration' },
  activeLimit: {
    max: 4,
    roles: null,
    headline: 'active: {n} of {max}',
    counts: 'active environments, master included',
    source: 'S6',
  },
  storageMb: 5120,
  branchFromHint: 'staging',
  footnotes: [
    {
      text: 'The docs count Starter environments two ways ("three testable environments" or "up to three Integration environments and a Production"); the explorer reads both as master plus 3 more active, staging normally one of them.',
      source: 'S1',
    },
    STARTER_YAML_NOTE,
  ],
};

// --- Pro (DOMAIN.md §3)

const proCluster: ClusterSpec = {
  summary: 'Three-node high-availability cluster across three availability zones',
  loadBalancer: 'Elastic Load Balancer, one HAProxy per node',
  platform: ['Nginx + PHP-FPM', 'GlusterFS (var, pub/media, pub/static, app/etc)'],
  loadBalancerHost: '{env}.c.{project}.ent.magento.cloud',
  nodeHost: '{env}.{index}.{project}.ent.magento.cloud',
  gateways: 'Three gateway servers with static IPs',
  sizes: 'Pro12 (4 CPU, 16 GB per node) to Pro120 (40 CPU, 160 GB per node)',
  backups: 'Hourly EBS snapshots, kept for the last 24 hours',
  cdn: 'Fastly in front as CDN',
};

const proDedicatedNotes: readonly Rule[] = [
  { text: 'No branching: new work branches from integration or below.', source: 'S3' },
  {
    text: 'YAML changes (services, routes, application) take effect only through a support ticket; .magento.env.yaml deploys without one.',
    source: 'S3',
  },
  {
    text: 'No snapshots, no data sync from or into here; a sync into Integration moves code only.',
    source: 'S14',
  },
  { text: 'Cannot be deactivated or deleted: the platform provisions it.', source: 'S3' },
];

const PRO_MASTER_NOTE: Rule = {
  text: 'The docs do not draw where master hangs; the explorer models production as a child of master that merges up into it after each release.',
  source: 'S16',
};

const proIntegrationRelic = { ...NEW_RELIC, note: 'New Relic on one Integration branch only.' };

const pro: PlanRules = {
  id: 'pro',
  edition: '2.1',
  label: 'Pro',
  source: 'S3',
  summary:
    'Integration runs on PaaS containers; Staging and Production run on dedicated hardware, Production as a 3-node cluster.',
  fixedBranches: [
    { id: 'master', title: 'Global Master', role: 'global-master', parentId: null },
    { id: 'production', title: 'Production', role: 'production', parentId: 'master' },
    { id: 'staging', title: 'Staging', role: 'staging', parentId: 'production' },
    { id: 'integration', title: 'Integration', role: 'integration', parentId: 'staging' },
  ],
  provisioned: true,
  roles: {
    'global-master': {
      ...PAAS,
      role: 'global-master',
      label: 'Global Master',
      infrastructure: 'PaaS; part of Integration',
      thirdParty: [],
      canBranchFrom: false,
      notes: [
        {
          text: 'Receives a copy of the Production code after each release (modelled as production merging up into master).',
          source: 'S4',
        },
        {
          text: 'No branching from master: new work branches from integration or below.',
          source: 'S3',
        },
      ],
    },
    production: {
      ...DEDICATED,
      role: 'production',
      label: 'Production',
      infrastructure: `${PRO_IAAS}, 3-node high-availability cluster`,
      thirdParty: [FASTLY, NEW_RELIC, BLACKFIRE],
      urlPattern: 'https://{branch}.c.{project}.ent.magento.cloud/',
      notes: proDedicatedNotes,
      cluster: proCluster,
    },
    staging: {
      ...DEDICATED,
      role: 'staging',
      label: 'Staging',
      infrastructure: `${PRO_IAAS}, same hardware class as Production`,
      thirdParty: [FASTLY, NEW_RELIC, BLACKFIRE],
      urlPattern: 'https://{branch}.{project}.ent.magento.cloud/',
      notes: proDedicatedNotes,
    },
    integration: {
      ...PAAS,
      role: 'integration',
      label: 'Integration',
      infrastructure: PRO_PAAS,
      thirdParty: [BLACKFIRE, proIntegrationRelic],
      notes: [
        {
          text: 'Base of development: branch new work from here, merge it back to test.',
          source: 'S4',
        },
        {
          text: 'Keeps an Integration database of its own: no data comes from Staging or Production, by any operation.',
          source: 'S3',
        },
      ],
    },
    development: {
      ...PAAS,
      role: 'development',
      label: 'Development',
      infrastructure: PRO_PAAS,
      thirdParty: [BLACKFIRE, proIntegrationRelic],
      notes: [
        { text: 'Counts toward the Integration group limit of active environments.', source: 'S3' },
      ],
    },
  },
  childRole: { integration: 'development', development: 'development' },
  activeLimit: {
    max: 5,
    roles: ['integration', 'development'],
    headline: 'Integration: {n} of {max} active',
    counts: 'active in the Integration group (integration and its branches)',
    source: 'S3',
  },
  storageMb: 5120,
  branchFromHint: 'integration',
  footnotes: [
    PRO_MASTER_NOTE,
    {
      text: 'With staging, production and master, the Integration limit of 5 makes 8 active environments.',
      source: 'S3',
    },
  ],
};

// --- Pro, legacy: projects created before 23 October 2017 (DOMAIN.md §3, S5)

const legacyDedicated = {
  ...DEDICATED,
  thirdParty: [FASTLY, NEW_RELIC, BLACKFIRE],
  variablesByTicket: true,
  notes: [
    {
      text: 'On the platform its only branch is master, in a Git repository of its own: code arrives from Integration master.',
      source: 'S5',
    },
    {
      text: 'No YAML, variable or route change without a support ticket; .magento.env.yaml deploys without one.',
      source: 'S5',
    },
    { text: 'No branching, no snapshots, no data sync from or into here.', source: 'S5' },
    { text: 'Cannot be deactivated or deleted: the platform provisions it.', source: 'S5' },
  ],
} as const;

const proLegacy: PlanRules = {
  id: 'pro-legacy',
  edition: '2.1',
  label: 'Pro legacy',
  source: 'S5',
  summary:
    'Projects from before 23 October 2017: Integration (up to six active, master included) on PaaS; Staging and Production each a master branch on dedicated hardware, receiving code from Integration master.',
  fixedBranches: [
    { id: 'production', title: 'Production (master)', role: 'production', parentId: null },
    { id: 'staging', title: 'Staging (master)', role: 'staging', parentId: 'production' },
    { id: 'master', title: 'Integration master', role: 'integration', parentId: 'staging' },
  ],
  provisioned: true,
  roles: {
    production: {
      ...legacyDedicated,
      role: 'production',
      label: 'Production',
      infrastructure: `${PRO_IAAS}, 3-node cluster`,
      urlPattern: 'https://{branch}.c.{project}.ent.magento.cloud/',
      cluster: proCluster,
    },
    staging: {
      ...legacyDedicated,
      role: 'staging',
      label: 'Staging',
      infrastructure: PRO_IAAS,
      urlPattern: 'https://{branch}.c.{project}.ent.magento.cloud/',
    },
    integration: {
      ...PAAS,
      role: 'integration',
      label: 'Integration master',
      infrastructure: PRO_PAAS,
      thirdParty: [],
      canDeactivate: false,
      notes: [
        {
          text: 'Integration master: branch from here; merging it into Staging is the legacy push of master to the Staging repository.',
          source: 'S5',
        },
        {
          text: 'Fastly, New Relic and Blackfire run only on Staging and Production.',
          source: 'S5',
        },
      ],
    },
    development: {
      ...PAAS,
      role: 'development',
      label: 'Integration',
      infrastructure: PRO_PAAS,
      thirdParty: [],
      notes: [
        {
          text: 'One of up to six active Integration environments, master included.',
          source: 'S5',
        },
      ],
    },
  },
  childRole: { integration: 'development', development: 'development' },
  activeLimit: {
    max: 6,
    roles: ['integration', 'development'],
    headline: 'Integration: {n} of {max} active',
    counts: 'active Integration environments, master included',
    source: 'S5',
  },
  storageMb: 5120,
  branchFromHint: 'master',
  footnotes: [
    {
      text: 'Staging and Production have Git repositories of their own, each with only a master branch; the explorer draws them as parents of Integration master so a merge shows the push of code to them.',
      source: 'S5',
    },
  ],
};

// --- today's edition: what Adobe's current cloud guide changes (DOMAIN.md §8)

const withoutBlackfire = (services: readonly ThirdPartyService[]) =>
  services.filter((s) => s.name !== 'Blackfire');

/** A plan's roles with today's third-party services and ticket scope. */
function rolesToday(
  roles: PlanRules['roles'],
  change: (rules: RoleRules) => Partial<RoleRules> = () => ({}),
): PlanRules['roles'] {
  return Object.fromEntries(
    Object.entries(roles).map(([role, rules]) => [
      role,
      {
        ...rules,
        thirdParty: withoutBlackfire(rules.thirdParty),
        ticketScope: rules.ticketScope.length > 0 ? TICKET_SCOPE_TODAY : [],
        ...change(rules),
      },
    ]),
  );
}

const starterToday: PlanRules = {
  ...starter,
  edition: 'today',
  source: 'S19',
  roles: rolesToday(starter.roles),
  activeLimit: {
    max: 2,
    roles: ['integration'],
    headline: 'Integration: {n} of {max} active',
    counts: 'active Integration environments (master and staging apart)',
    source: 'S19',
  },
  footnotes: [
    {
      text: 'Today: master, staging and up to two active Integration environments branched from staging; inactive branches are unlimited.',
      source: 'S19',
    },
    STARTER_YAML_NOTE,
  ],
};

const proDedicatedNotesToday: readonly Rule[] = [
  { text: 'No branching: new work branches from integration or below.', source: 'S21' },
  {
    text: 'Services, mounts and disk, workers and PHP extensions change only through a support ticket; .magento.env.yaml and other application settings deploy without one.',
    source: 'S21',
  },
  ...proDedicatedNotes.slice(2),
];

const proToday: PlanRules = {
  ...pro,
  edition: 'today',
  source: 'S21',
  roles: rolesToday(pro.roles, (rules) =>
    rules.dedicated
      ? { notes: proDedicatedNotesToday }
      : rules.role === 'integration' || rules.role === 'development'
        ? { thirdParty: [] }
        : {},
  ),
  activeLimit: {
    max: 2,
    roles: ['integration', 'development'],
    headline: 'Integration: {n} of {max} active',
    counts: 'active in the Integration group (integration plus one more)',
    source: 'S21',
  },
  footnotes: [
    PRO_MASTER_NOTE,
    {
      text: 'Today: integration plus one more active branch; projects from before 5 June 2020 had more, smaller ones.',
      source: 'S21',
    },
    {
      text: 'A support ticket is needed for services, mounts and disk, workers and PHP extensions; routes and crons on some projects only.',
      source: 'S21',
    },
  ],
};

const proLegacyToday: PlanRules = {
  ...proLegacy,
  edition: 'today',
  roles: rolesToday(proLegacy.roles),
};

export const PLANS: Readonly<Record<Edition, Readonly<Record<PlanId, PlanRules>>>> = {
  '2.1': { starter, pro, 'pro-legacy': proLegacy },
  today: { starter: starterToday, pro: proToday, 'pro-legacy': proLegacyToday },
};

export function planRules(plan: PlanId, edition: Edition = '2.1'): PlanRules {
  return PLANS[edition][plan];
}

/** The rules a project follows: its plan's, in its edition. */
export function rulesOf(project: Pick<Project, 'plan' | 'edition'>): PlanRules {
  return PLANS[project.edition][project.plan];
}

/** Rules of a role in a project's plan; every role an environment can have exists there. */
export function roleRulesOf(project: Pick<Project, 'plan' | 'edition'>, role: Role): RoleRules {
  const rules = rulesOf(project).roles[role];
  if (!rules) throw new Error(`Plan ${project.plan} has no role ${role}`);
  return rules;
}

/** The header's count against the active limit, e.g. "Integration: 2 of 5 active". */
export function activeLimitHeadline(
  project: Pick<Project, 'plan' | 'edition'>,
  count: number,
): string {
  const { headline, max } = rulesOf(project).activeLimit;
  return headline.replace('{n}', String(count)).replace('{max}', String(max));
}

/** Rules of a role in a plan of an edition (the 2.1 docs unless given). */
export function roleRules(plan: PlanId, role: Role, edition: Edition = '2.1'): RoleRules {
  return roleRulesOf({ plan, edition }, role);
}

/**
 * Whether an environment of `role` takes a copy of its parent's data (on activation, a
 * branch, or at the start): not from Pro Staging or Production, nor into them (DOMAIN.md §3).
 */
export function copiesParentData(rules: PlanRules, parentRole: Role, role: Role): boolean {
  return Boolean(rules.roles[parentRole]?.dataSyncFrom && rules.roles[role]?.dataSyncInto);
}
