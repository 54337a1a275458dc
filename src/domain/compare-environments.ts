import { resolveServices } from './resolve-services';
import { resolveVariables, type VariableRow } from './resolve-variables';
import type { EnvironmentId, Project } from './types';

export type ComparedRow = Readonly<{
  name: string;
  left: string | null;
  right: string | null;
  differs: boolean;
}>;

export type EnvironmentComparison = Readonly<{
  services: readonly ComparedRow[];
  variables: readonly ComparedRow[];
}>;

/** What is shown, and what counts when deciding whether two sides differ. */
type Side = Readonly<{ text: string; value: string }>;

function rows(left: Map<string, Side>, right: Map<string, Side>): ComparedRow[] {
  const names = [...new Set([...left.keys(), ...right.keys()])].sort();
  return names.map((name) => {
    const l = left.get(name);
    const r = right.get(name);
    return { name, left: l?.text ?? null, right: r?.text ?? null, differs: l?.value !== r?.value };
  });
}

function serviceMap(project: Project, env: EnvironmentId): Map<string, Side> {
  return new Map(
    resolveServices(project, env).services.map((s) => {
      const text = `${s.type}${s.disk !== null ? `, ${s.disk} MB` : ''}${s.pending ? ` (pending: ${s.pending})` : ''}`;
      return [s.id, { text, value: text }];
    }),
  );
}

function variableSide(row: VariableRow): Side {
  const value = row.value === null ? '(sensitive)' : row.value;
  const from = row.source.kind === 'inherited' ? `inherited from ${row.source.from}` : row.level;
  return { text: `${value} · ${from}`, value };
}

// Only effective rows: the compare view is about what each environment's application sees.
function variableMap(project: Project, env: EnvironmentId): Map<string, Side> {
  return new Map(
    resolveVariables(project, env)
      .filter((row) => row.effective)
      .map((row) => [row.name, variableSide(row)]),
  );
}

/** Two environments side by side: their services and effective variables, differences marked. */
export function compareEnvironments(
  project: Project,
  left: EnvironmentId,
  right: EnvironmentId,
): EnvironmentComparison {
  return {
    services: rows(serviceMap(project, left), serviceMap(project, right)),
    variables: rows(variableMap(project, left), variableMap(project, right)),
  };
}
