/** Core types of the explorer's domain: a Magento Cloud project as a tree of environments. */

import type { Table } from './table';

// Each list below is the one home of its values: types, schemas and UI lists derive from it.

export const PLAN_IDS = ['starter', 'pro'] as const;
export type PlanId = (typeof PLAN_IDS)[number];

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
] as const;
export type OperationType = (typeof OPERATION_TYPES)[number];
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
  /** The environment whose databases and files were last copied here. */
  from: EnvironmentId;
  at: number;
}>;

export const DEPLOY_STATE_KINDS = ['building', 'deployed', 'pending-ticket', 'failed'] as const;

export type DeployState = Readonly<{
  kind: (typeof DEPLOY_STATE_KINDS)[number];
  /** Short text for the node, e.g. "deployed: merged feature-x". */
  label: string;
  at: number;
}>;

export type Environment = Readonly<{
  /** The Git branch name, also the environment id. */
  id: EnvironmentId;
  title: string;
  parentId: EnvironmentId | null;
  role: Role;
  status: EnvironmentStatus;
  head: CommitId;
  /** Commit whose config is actually deployed; differs from head only while a change waits
   * for a support ticket (Pro Staging/Production). */
  deployed: CommitId;
  dataOrigin: DataOrigin | null;
  /** Environment-level variables set on this environment itself, by name. */
  variables: Readonly<Record<string, Variable>>;
  deployState: DeployState | null;
}>;

export type ActivityEntry = Readonly<{
  id: number;
  at: number;
  type: OperationType;
  environment: EnvironmentId;
  result: 'success' | 'refused';
  message: string;
}>;

export type Project = Readonly<{
  id: string;
  title: string;
  plan: PlanId;
  /** Region part of PaaS host names, e.g. "us". */
  region: string;
  environments: Table<Environment>;
  commits: Table<Commit>;
  /** Project-level variables: one value in every environment. */
  variables: Readonly<Record<string, Variable>>;
  /** Newest last; panels show it newest first. */
  activity: readonly ActivityEntry[];
  /** Logical clock, advanced by every operation. */
  clock: number;
}>;

export type OperationError = Readonly<{ code: string; message: string }>;
export type OperationResult = { project: Project; message: string } | { error: OperationError };
