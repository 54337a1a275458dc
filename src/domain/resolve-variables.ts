import { type AppVariable, readApp } from './config/read-config';
import { runningFiles } from './deploy/deployment';
import { fingerprint } from './fingerprint';
import { tableGet, tableMap } from './table';
import { ancestorsOf } from './tree';
import {
  APP_FILE,
  type Environment,
  type EnvironmentId,
  type Project,
  type Variable,
  type VariableFlags,
} from './types';

export type VariableLevel = 'environment' | 'project' | 'application';

export type VariableBadge = 'Inherited' | 'Overridden' | 'Inactive';

export type VariableSource =
  | { kind: 'own' }
  | { kind: 'inherited'; from: EnvironmentId }
  | { kind: 'project' }
  | { kind: 'application' };

export type VariableRow = Readonly<{
  name: string;
  level: VariableLevel;
  /** Null for a sensitive variable: its value never leaves the domain. */
  value: string | null;
  flags: VariableFlags | null;
  source: VariableSource;
  badges: readonly VariableBadge[];
  /** Whether this row is the value the application sees (no higher level shadows it). */
  effective: boolean;
  /**
   * An effective row the running deployment got otherwise (set or changed since the last
   * deploy, DOMAIN.md §5): what runs now, null when that was nothing or is sensitive.
   * Undefined when what runs is this value.
   */
  pendingRedeploy?: Readonly<{
    /** The running value; null when it is sensitive, or when none was set. */
    running: string | null;
    /** Whether the last deploy had it at all. */
    wasSet: boolean;
  }>;
}>;

const LEVEL_ORDER: Readonly<Record<VariableLevel, number>> = {
  environment: 0,
  project: 1,
  application: 2,
};

/** A row with what a deployment keeps of its value: the value, or a sensitive one's fingerprint. */
type KeyedRow = VariableRow & { key: string };

function row(
  v: Variable,
  level: VariableLevel,
  source: VariableSource,
  badges: VariableBadge[],
  effective: boolean,
): KeyedRow {
  return {
    key: v.flags.sensitive ? `${SENSITIVE_KEY}${fingerprint(v.value)}` : v.value,
    name: v.name,
    level,
    value: v.flags.sensitive ? null : v.value,
    flags: v.flags,
    source,
    badges,
    effective,
  };
}

/**
 * Environment variables an environment sees: its own, plus for each other name the nearest
 * ancestor's inheritable one. A non-inheritable variable stops at the environment that set it,
 * so a further ancestor's inheritable value of the same name can still come through.
 */
function environmentLevel(project: Project, envId: EnvironmentId): KeyedRow[] {
  const env = tableGet(project.environments, envId);
  if (!env) return [];
  const ancestors = ancestorsOf(project, envId);
  const inheritedSource = (name: string) =>
    ancestors.find((a) => a.variables[name]?.flags.inheritable);

  const rows: KeyedRow[] = Object.values(env.variables).map((v) =>
    row(v, 'environment', { kind: 'own' }, inheritedSource(v.name) ? ['Overridden'] : [], true),
  );
  const seen = new Set(Object.keys(env.variables));
  for (const ancestor of ancestors) {
    for (const v of Object.values(ancestor.variables)) {
      if (seen.has(v.name) || !v.flags.inheritable) continue;
      seen.add(v.name);
      rows.push(
        row(v, 'environment', { kind: 'inherited', from: ancestor.id }, ['Inherited'], true),
      );
    }
  }
  return rows;
}

/**
 * Every variable row that reaches an environment, with its level, source and badges
 * (DOMAIN.md §5): environment beats project beats application; a shadowed row is Inactive.
 * Application variables are those of the running `.magento.app.yaml`. An effective row
 * the running deployment got otherwise is marked pending a redeploy.
 */
export function resolveVariables(project: Project, envId: EnvironmentId): VariableRow[] {
  const env = tableGet(project.environments, envId);
  if (!env) throw new Error(`No environment ${envId}`);
  const appVariables = readApp(runningFiles(project, env)[APP_FILE]).app.variables;
  const running = env.deployment?.variables;
  return variableRows(project, env, appVariables).map(({ key, ...r }): VariableRow => {
    if (!running || !r.effective || !visibleAtRuntime(r)) return r;
    const now = running[r.name];
    if (now === key) return r;
    const shown = now === undefined || now.startsWith(SENSITIVE_KEY) ? null : now;
    return { ...r, pendingRedeploy: { running: shown, wasSet: now !== undefined } };
  });
}

// A sensitive value is remembered as a fingerprint, so a deployment never holds it twice.
const SENSITIVE_KEY = 'sensitive:';

/** Whether the application sees the variable at runtime (application variables always). */
export function visibleAtRuntime(r: VariableRow): boolean {
  return r.flags === null || r.flags.runtime;
}

/**
 * The runtime variables a deploy of `appVariables` gives the environment now, as the
 * deployment keeps them (sensitive ones as a fingerprint).
 */
export function runtimeSnapshot(
  project: Project,
  env: Environment,
  appVariables: readonly AppVariable[],
): Record<string, string> {
  return Object.fromEntries(
    variableRows(project, env, appVariables)
      .filter((r) => r.effective && visibleAtRuntime(r))
      .map((r) => [r.name, r.key]),
  );
}

/**
 * `project` with each deployment that predates the explorer (a default, imported or generated
 * project, whose `variables` are null) holding the runtime variables it got: those
 * configured now. A change made afterwards is then pending a redeploy, as on the platform.
 */
export function withRunningVariables(project: Project): Project {
  return {
    ...project,
    environments: tableMap(project.environments, (env) => {
      if (!env.deployment || env.deployment.variables !== null) return env;
      const appVariables = readApp(runningFiles(project, env)[APP_FILE]).app.variables;
      const variables = runtimeSnapshot(project, env, appVariables);
      return { ...env, deployment: { ...env.deployment, variables } };
    }),
  };
}

function variableRows(
  project: Project,
  env: Environment,
  appVariables: readonly AppVariable[],
): KeyedRow[] {
  const envId = env.id;
  const envRows = environmentLevel(project, envId);
  const envNames = new Set(envRows.map((r) => r.name));

  const projectRows = Object.values(project.variables).map((v) => {
    const shadowed = envNames.has(v.name);
    return row(v, 'project', { kind: 'project' }, shadowed ? ['Inactive'] : [], !shadowed);
  });
  const projectNames = new Set(Object.keys(project.variables));

  const appRows: KeyedRow[] = appVariables.map(({ name, value }) => {
    const shadowed = envNames.has(name) || projectNames.has(name);
    return {
      key: value,
      name,
      level: 'application',
      value,
      flags: null,
      source: { kind: 'application' },
      badges: shadowed ? ['Inactive'] : [],
      effective: !shadowed,
    };
  });

  return [...envRows, ...projectRows, ...appRows].sort(
    (a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.name.localeCompare(b.name),
  );
}
