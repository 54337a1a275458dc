import { readCommitConfig } from './config/read-config';
import { tableGet } from './table';
import { ancestorsOf } from './tree';
import type { EnvironmentId, Project, Variable, VariableFlags } from './types';

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
}>;

const LEVEL_ORDER: Readonly<Record<VariableLevel, number>> = {
  environment: 0,
  project: 1,
  application: 2,
};

function row(
  v: Variable,
  level: VariableLevel,
  source: VariableSource,
  badges: VariableBadge[],
  effective: boolean,
): VariableRow {
  return {
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
function environmentLevel(project: Project, envId: EnvironmentId): VariableRow[] {
  const env = tableGet(project.environments, envId);
  if (!env) return [];
  const ancestors = ancestorsOf(project, envId);
  const inheritedSource = (name: string) =>
    ancestors.find((a) => a.variables[name]?.flags.inheritable);

  const rows: VariableRow[] = Object.values(env.variables).map((v) =>
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
 */
export function resolveVariables(project: Project, envId: EnvironmentId): VariableRow[] {
  const env = tableGet(project.environments, envId);
  if (!env) throw new Error(`No environment ${envId}`);
  const envRows = environmentLevel(project, envId);
  const envNames = new Set(envRows.map((r) => r.name));

  const projectRows = Object.values(project.variables).map((v) => {
    const shadowed = envNames.has(v.name);
    return row(v, 'project', { kind: 'project' }, shadowed ? ['Inactive'] : [], !shadowed);
  });
  const projectNames = new Set(Object.keys(project.variables));

  const commit = tableGet(project.commits, env.deployed) ?? tableGet(project.commits, env.head);
  const appVariables = commit ? readCommitConfig(commit).app.variables : [];
  const appRows: VariableRow[] = appVariables.map(({ name, value }) => {
    const shadowed = envNames.has(name) || projectNames.has(name);
    return {
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
