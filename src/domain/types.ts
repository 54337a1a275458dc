/** Core types of the explorer's domain: a Magento Cloud project as a tree of environments. */

import type { Table } from './table';

export type PlanId = 'starter' | 'pro';

export type Role = 'global-master' | 'production' | 'staging' | 'integration' | 'development';

export type EnvironmentStatus = 'active' | 'inactive';

/** The four configuration files a commit carries, by their path in the repository. */
export const CONFIG_FILES = [
  '.magento.app.yaml',
  '.magento/services.yaml',
  '.magento/routes.yaml',
  '.magento.env.yaml',
] as const;
export type ConfigFileName = (typeof CONFIG_FILES)[number];
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

export type DeployState = Readonly<{
  kind: 'building' | 'deployed' | 'pending-ticket' | 'failed';
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
  type: string;
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
