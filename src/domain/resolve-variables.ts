import { runningConfig } from './deploy/deployment';
import { tableGet } from './table';
import type { EnvironmentId, Project } from './types';
import {
  type KeyedRow,
  levelRows,
  SENSITIVE_KEY,
  type VariableLevel,
  type VariableRow,
  visibleAtRuntime,
} from './variable';

export type { VariableBadge, VariableLevel, VariableRow, VariableSource } from './variable';
export { visibleAtRuntime };

const LEVEL_ORDER: Readonly<Record<VariableLevel, number>> = {
  environment: 0,
  project: 1,
  application: 2,
};

/**
 * Every variable row that reaches an environment, with its level, source and badges
 * (DOMAIN.md §5): environment beats project beats application; a shadowed row is Inactive.
 * Application variables are those of the running `.magento.app.yaml`. An effective
 * environment or project row the running deployment got otherwise is marked pending a
 * redeploy; what ran then is the deployment's value, else the application's own, if any.
 */
export function resolveVariables(project: Project, envId: EnvironmentId): VariableRow[] {
  const env = tableGet(project.environments, envId);
  if (!env) throw new Error(`No environment ${envId}`);
  // The running configuration is parsed once per deployment; reading the file again cost a
  // full parse of a large .magento.app.yaml on every render of the panel.
  const appVariables = runningConfig(project, env).app.variables;
  const levels = levelRows(project, envId);
  const shadowing = new Set(levels.map((r) => r.name));
  const appRows: KeyedRow[] = appVariables.map(({ name, value }) => ({
    key: value,
    name,
    level: 'application',
    value,
    flags: null,
    source: { kind: 'application' },
    badges: shadowing.has(name) ? ['Inactive'] : [],
    effective: !shadowing.has(name),
  }));
  const appValue = new Map(appVariables.map((v) => [v.name, v.value]));
  const running = env.deployment?.variables;
  return [...levels, ...appRows]
    .sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.name.localeCompare(b.name))
    .map(({ key, ...r }): VariableRow => {
      if (!running || r.level === 'application' || !r.effective || !visibleAtRuntime(r)) return r;
      const now = Object.hasOwn(running, r.name) ? running[r.name] : undefined;
      if (now === key) return r;
      if (now === undefined) {
        const app = appValue.get(r.name);
        return { ...r, pendingRedeploy: { running: app ?? null, wasSet: app !== undefined } };
      }
      const shown = now.startsWith(SENSITIVE_KEY) ? null : now;
      return { ...r, pendingRedeploy: { running: shown, wasSet: true } };
    });
}
