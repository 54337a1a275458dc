/** Core types of the explorer's domain: a Magento Cloud project as a tree of environments. */

import type { Table } from './table';

// Each list below is the one home of its values: types, schemas and UI lists derive from it.

export const PLAN_IDS = ['starter', 'pro', 'pro-legacy'] as const;
export type PlanId = (typeof PLAN_IDS)[number];

/** Which docs the rules follow (DOMAIN.md §8): the 2.1 docs, or today's Adobe Commerce on cloud. */
export const EDITIONS = ['2.1', 'today'] as const;
export type Edition = (typeof EDITIONS)[number];

/** Every role an environment can have, root-most first. */
export const ROLES = [
  'global-master',
  'production',
  'staging',
  'integration',
  'development',
] as const;
export type Role = (typeof ROLES)[number];

export const ENVIRONMENT_STATUSES = ['active', 'inactive'] as const;
export type EnvironmentStatus = (typeof ENVIRONMENT_STATUSES)[number];

export const APP_FILE = '.magento.app.yaml';
export const SERVICES_FILE = '.magento/services.yaml';
export const ROUTES_FILE = '.magento/routes.yaml';
export const ENV_FILE = '.magento.env.yaml';

/** The four configuration files a commit carries, by their path in the repository. */
export const CONFIG_FILES = [APP_FILE, SERVICES_FILE, ROUTES_FILE, ENV_FILE] as const;
export type ConfigFileName = (typeof CONFIG_FILES)[number];

/** What an activity (and the operation behind it) is: the activity log's `type`. */
export const OPERATION_TYPES = [
  'branch',
  'merge',
  'sync',
  'activate',
  'deactivate',
  'delete',
  'redeploy',
  'snapshot',
  'commit',
  'variable',
  'ticket',
  'cancel',
  'inject-failure',
  'push',
  'change-parent',
  'restore',
] as const;
export type OperationType = (typeof OPERATION_TYPES)[number];

/** The phases a deploy runs through, in order (DOMAIN.md §7). */
export const DEPLOY_PHASES = ['build', 'deploy', 'post_deploy'] as const;
export type DeployPhase = (typeof DEPLOY_PHASES)[number];

export const ACTIVITY_STATES = ['pending', 'in_progress', 'complete', 'cancelled'] as const;
export type ActivityState = (typeof ACTIVITY_STATES)[number];

/** `refused`: the explorer's own entry for an attempt the platform turned down; no activity ran. */
export const ACTIVITY_RESULTS = ['success', 'failure', 'refused'] as const;
export type ActivityResult = (typeof ACTIVITY_RESULTS)[number];
export type ConfigFiles = Readonly<Record<ConfigFileName, string>>;

export type CommitId = string;
export type EnvironmentId = string;

export type Commit = Readonly<{
  id: CommitId;
  /** One parent for an ordinary commit, two for a merge commit, none for the first. */
  parents: readonly CommitId[];
  message: string;
  /** Logical time, so every result is reproducible. */
  time: number;
  files: ConfigFiles;
}>;

export type VariableFlags = Readonly<{
  /** Environment variables only: false keeps the value from flowing down to children. */
  inheritable: boolean;
  /** Hidden in the UI for good; the application can still read it. */
  sensitive: boolean;
  build: boolean;
  runtime: boolean;
  json: boolean;
}>;

export type Variable = Readonly<{
  name: string;
  value: string;
  flags: VariableFlags;
}>;

export type DataOrigin = Readonly<{
  /**
   * The environment whose databases and files were last copied here; null for data of its
   * own (branched without data, or Pro Integration, which takes none from Staging).
   */
  from: EnvironmentId | null;
  at: number;
}>;

/** What an environment's node says about its deploys. */
export const DEPLOY_STATE_KINDS = [
  'pending',
  'building',
  'deploying',
  'maintenance',
  'post-deploy',
  'deployed',
  'failed',
] as const;

export type DeployState = Readonly<{
  kind: (typeof DEPLOY_STATE_KINDS)[number];
  /** Short text for the node, e.g. "deployed: merged feature-x". */
  label: string;
  at: number;
}>;

/** What runs in an active environment: the outcome of its last deploy that got that far. */
export type Deployment = Readonly<{
  /** The code deployed: its tree is MAGENTO_CLOUD_TREE_ID. */
  commit: CommitId;
  /**
   * Whose services, routes and application settings are applied (the ticket scope of the
   * plan): `commit` itself, except on Pro Staging/Production while a change waits for a
   * support ticket.
   */
  applied: CommitId;
  /**
   * Runtime variables as the application got them at that deploy (sensitive ones as a
   * fingerprint, never the value); null when deployed before the explorer kept them (the
   * default, imported and older saved projects), which reads as "as configured".
   */
  variables: Readonly<Record<string, string>> | null;
  /** A failed deploy hook left the site in maintenance mode until a deploy succeeds. */
  maintenance: boolean;
}>;

/** A deploy failure a trainer asked for, in the phase given. */
export type InjectedFailure = DeployPhase;

export type PhaseRun = Readonly<{
  phase: DeployPhase;
  /** Simulated time, on the project's clock. */
  start: number;
  end: number;
  result: 'success' | 'failure' | 'skipped';
}>;

export type LogLine = Readonly<{
  /** Simulated seconds after the deploy started. */
  after: number;
  text: string;
}>;

/** Why a deploy runs, and what it may reuse. */
export type DeployTrigger = Readonly<{
  /** The commit to deploy: the environment's head when the deploy was asked for. */
  commit: CommitId;
  /** For the log: "merged feature-x", "pushed", "redeploy". */
  reason: string;
  /** Build again even when the tree was built (a build-visible variable changed). */
  rebuild: boolean;
  /** Apply the changes waiting for a support ticket (Complete support ticket). */
  applyTicket: boolean;
  /** Why the push or merge could not deploy at all (Import anyway): the build fails with these. */
  rejected?: readonly string[];
}>;

/** A deploy an activity runs: asked for by the trigger; planned, phase by phase, when it starts. */
export type DeployRun = Readonly<{
  trigger: DeployTrigger;
  startedAt: number | null;
  phases: readonly PhaseRun[];
  /** The deploy hook's maintenance window, when it got that far. */
  maintenance: Readonly<{ start: number; end: number }> | null;
  log: readonly LogLine[];
  /** What the environment runs once it completes; null when nothing changes (failed build). */
  outcome: Readonly<{ deployment: Deployment | null; result: 'success' | 'failure' }> | null;
}>;

export type Environment = Readonly<{
  /** The Git branch name, also the environment id. */
  id: EnvironmentId;
  title: string;
  parentId: EnvironmentId | null;
  role: Role;
  status: EnvironmentStatus;
  head: CommitId;
  /** What runs there; null while inactive or before its first deploy. */
  deployment: Deployment | null;
  dataOrigin: DataOrigin | null;
  /** Environment-level variables set on this environment itself, by name. */
  variables: Readonly<Record<string, Variable>>;
  deployState: DeployState | null;
  /** The next deploy fails in this phase (failure injection for trainers); null: it does not. */
  failNext: InjectedFailure | null;
}>;

export type ActivityEntry = Readonly<{
  id: number;
  /** When it was asked for, on the project's clock. */
  at: number;
  type: OperationType;
  environment: EnvironmentId;
  state: ActivityState;
  /** Null until it completes. */
  result: ActivityResult | null;
  message: string;
  completedAt: number | null;
  /** The deploy it runs, for merges, pushes, syncs, activations, redeploys and variables. */
  deploy: DeployRun | null;
  /** The `magento-cloud` (or `git`) command line that does the same on a real project. */
  command?: string;
}>;

/** A tree that has been built: a deploy of the same tree reuses its build (its "slug"). */
export type Build = Readonly<{ id: string; at: number }>;

export type Project = Readonly<{
  id: string;
  title: string;
  plan: PlanId;
  /** The edition of the rules the project follows. */
  edition: Edition;
  /** Region part of PaaS host names, e.g. "us". */
  region: string;
  environments: Table<Environment>;
  commits: Table<Commit>;
  /** Project-level variables: one value in every environment. */
  variables: Readonly<Record<string, Variable>>;
  /** Newest last; panels show it newest first. */
  activity: readonly ActivityEntry[];
  /** Trees built so far, by tree id. */
  builds: Table<Build>;
  /** Storage shared by the application and services, in MB: the plan's, or what was bought. */
  storageMb: number;
  /**
   * app/etc/config.php holds the store scopes (`ece-tools config:dump` was run and
   * committed), so static content deploys in the build rather than in the maintenance window.
   */
  configDumped: boolean;
  /** Snapshots of environments' data and mounted files, oldest first (DOMAIN.md §6). */
  snapshots: readonly Snapshot[];
  /** Simulated seconds: every operation moves it on by one, and deploys take their time. */
  clock: number;
}>;

/** A snapshot: an environment's data and mounted files at a moment, restorable for 7 days. */
export type Snapshot = Readonly<{
  id: string;
  environment: EnvironmentId;
  at: number;
  /** Where the data it holds came from, as the environment had it then. */
  data: DataOrigin | null;
}>;

/** How long a snapshot can be restored, in simulated seconds: 7 days. */
export const SNAPSHOT_DAYS = 7;
export const DAY_SECONDS = 24 * 60 * 60;
export const SNAPSHOT_SECONDS = SNAPSHOT_DAYS * DAY_SECONDS;

export type OperationError = Readonly<{ code: string; message: string }>;
export type OperationResult = { project: Project; message: string } | { error: OperationError };
