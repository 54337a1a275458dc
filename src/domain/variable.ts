import { fingerprint } from './fingerprint';
import { tableGet, tableMap } from './table';
import { ancestorsOf } from './tree';
import type { Environment, EnvironmentId, Project, Variable, VariableFlags } from './types';

// Apart from the variable operations and from resolve-variables.ts (which reads the
// application's YAML): the default projects build variables, and the snapshot of what their
// deployments got, at start-up, and this must not pull YAML into the initial bundle.

/** The flags the web console starts a new variable with. */
export const DEFAULT_VARIABLE_FLAGS: VariableFlags = {
  inheritable: true,
  sensitive: false,
  build: true,
  runtime: true,
  json: false,
};

/** A variable with the platform's default flags, overridden where given. */
export function variable(
  name: string,
  value: string,
  flags: Partial<VariableFlags> = {},
): Variable {
  return { name, value, flags: { ...DEFAULT_VARIABLE_FLAGS, ...flags } };
}

/**
 * Variable names: `a-z A-Z 0-9 . _ : -`, up to 256 characters (DOMAIN.md §5). `__proto__`
 * is the one such name a JavaScript object cannot hold as a plain key, so it is refused.
 */
export function isValidVariableName(name: string): boolean {
  return /^[A-Za-z0-9._:-]{1,256}$/.test(name) && name !== '__proto__';
}

/**
 * The variable of that name among `variables`, never one of Object's own members: a
 * variable may well be called `constructor` or `toString`.
 */
export function variableNamed(
  variables: Readonly<Record<string, Variable>>,
  name: string,
): Variable | undefined {
  return Object.hasOwn(variables, name) ? variables[name] : undefined;
}

// --- the environment and project levels, as resolved and as a deployment keeps them

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

/** A row with what a deployment keeps of its value: the value, or a sensitive one's fingerprint. */
export type KeyedRow = VariableRow & { key: string };

export function row(
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
export function environmentLevel(project: Project, envId: EnvironmentId): KeyedRow[] {
  const env = tableGet(project.environments, envId);
  if (!env) return [];
  const ancestors = ancestorsOf(project, envId);
  const inheritedSource = (name: string) =>
    ancestors.find((a) => variableNamed(a.variables, name)?.flags.inheritable);

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

/** The environment and project rows of an environment, the project ones Inactive where shadowed. */
export function levelRows(project: Project, envId: EnvironmentId): KeyedRow[] {
  const envRows = environmentLevel(project, envId);
  const envNames = new Set(envRows.map((r) => r.name));
  const projectRows = Object.values(project.variables).map((v) => {
    const shadowed = envNames.has(v.name);
    return row(v, 'project', { kind: 'project' }, shadowed ? ['Inactive'] : [], !shadowed);
  });
  return [...envRows, ...projectRows];
}

// A sensitive value is remembered as a fingerprint, so a deployment never holds it twice.
export const SENSITIVE_KEY = 'sensitive:';

/** Whether the application sees the variable at runtime (application variables always). */
export function visibleAtRuntime(r: Pick<VariableRow, 'flags'>): boolean {
  return r.flags === null || r.flags.runtime;
}

/**
 * The environment and project variables a deploy gives the environment now, as the
 * deployment keeps them (sensitive ones as a fingerprint). Application variables are part
 * of the deployed tree, so a deployment needs no copy of them.
 */
export function runningVariables(project: Project, env: Environment): Record<string, string> {
  return Object.fromEntries(
    levelRows(project, env.id)
      .filter((r) => r.effective && visibleAtRuntime(r))
      .map((r) => [r.name, r.key]),
  );
}

/**
 * `project` with each deployment that predates the explorer (a default, imported or generated
 * project, whose `variables` are null) holding the variables it got: those configured now.
 * A change made afterwards is then pending a redeploy, as on the platform.
 */
export function withRunningVariables(project: Project): Project {
  return {
    ...project,
    environments: tableMap(project.environments, (env) =>
      !env.deployment || env.deployment.variables !== null
        ? env
        : { ...env, deployment: { ...env.deployment, variables: runningVariables(project, env) } },
    ),
  };
}
