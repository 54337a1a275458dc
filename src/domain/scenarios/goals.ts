import { readApp } from '../config/read-config';
import { sameValue, valueAt } from '../config/settings';
import { parseYaml } from '../config/yaml';
import { pendingTicket, runningConfig, runningFiles } from '../deploy/deployment';
import { fingerprint } from '../fingerprint';
import { isAncestor } from '../git/commit-graph';
import { rulesOf } from '../plans';
import { tableGet, tableHas, tableValues } from '../table';
import { activeCount } from '../tree';
import {
  APP_FILE,
  type ConfigFileName,
  type Environment,
  type EnvironmentId,
  type EnvironmentStatus,
  type OperationType,
  type PlanId,
  type Project,
} from '../types';
import { runningVariables, SENSITIVE_KEY, variableNamed } from '../variable';

/**
 * A scenario's goals: facts about a project that a checklist ticks off as they become true.
 * Each is plain data (a scenario file holds it as JSON) and is read from what the project
 * runs, not from what a branch holds, so a merge that waits for a ticket is not yet a goal met.
 */

/** A value a config setting can have, as YAML parses it. */
export type SettingValue =
  | string
  | number
  | boolean
  | null
  | readonly SettingValue[]
  | Readonly<{ [key: string]: SettingValue }>;

/** How `active-at-most` counts: the environments the plan's limit counts, or every one. */
export const ACTIVE_COUNTINGS = ['plan-limit', 'all'] as const;
export type ActiveCounting = (typeof ACTIVE_COUNTINGS)[number];

/** Activity-log results a goal can ask for. */
export const GOAL_RESULTS = ['success', 'refused'] as const;

export type Goal =
  /** `service` is a type (`rabbitmq`) or type and version (`rabbitmq:3.5`), as deployed there. */
  | Readonly<{ kind: 'runs-service'; env: EnvironmentId; service: string }>
  /** A setting of a running config file, by key path (`stage.global.SCD_ON_DEMAND`). */
  | Readonly<{
      kind: 'runs-setting';
      env: EnvironmentId;
      file: ConfigFileName;
      path: readonly string[];
      value: SettingValue;
    }>
  /** `into`'s head contains `from`'s head. */
  | Readonly<{ kind: 'merged'; from: EnvironmentId; into: EnvironmentId }>
  /** What the running application sees; any value when `value` is left out. */
  | Readonly<{ kind: 'variable-value'; env: EnvironmentId; name: string; value?: string }>
  /** The running application does not see the variable at all (a secret kept upstream). */
  | Readonly<{ kind: 'variable-unseen'; env: EnvironmentId; name: string }>
  /** A variable set on the environment itself has these flags (those given). */
  | Readonly<{
      kind: 'variable-flags';
      env: EnvironmentId;
      name: string;
      sensitive?: boolean;
      inheritable?: boolean;
    }>
  | Readonly<{ kind: 'active-at-most'; max: number; counting: ActiveCounting }>
  | Readonly<{ kind: 'exists'; env: EnvironmentId }>
  | Readonly<{ kind: 'status'; env: EnvironmentId; status: EnvironmentStatus }>
  | Readonly<{ kind: 'deploy-succeeded'; env: EnvironmentId }>
  | Readonly<{ kind: 'no-ticket-waiting'; env: EnvironmentId }>
  /** The environment's data was copied from `from` after the start. */
  | Readonly<{ kind: 'data-from'; env: EnvironmentId; from: EnvironmentId }>
  /**
   * The activity log has an entry of this type on `env` after the start. `env` is the one the
   * log names: for a refusal, the environment the request named (a branch's parent, the branch
   * to merge); for a success, the one that deployed (the new branch, the merge's parent).
   */
  | Readonly<{
      kind: 'activity';
      type: OperationType;
      env: EnvironmentId;
      result: (typeof GOAL_RESULTS)[number];
    }>;

export type GoalKind = Goal['kind'];

/** Every goal kind, in the order a reference lists them. */
export const GOAL_KINDS = [
  'runs-service',
  'runs-setting',
  'merged',
  'variable-value',
  'variable-unseen',
  'variable-flags',
  'active-at-most',
  'exists',
  'status',
  'deploy-succeeded',
  'no-ticket-waiting',
  'data-from',
  'activity',
] as const satisfies readonly GoalKind[];

function running(project: Project, id: EnvironmentId): Environment | undefined {
  const env = tableGet(project.environments, id);
  return env?.status === 'active' && env.deployment ? env : undefined;
}

/**
 * What the running application of `id` gets for variable `name` (DOMAIN.md §5): the value its
 * deployment was given (a sensitive one as its fingerprint key), else the running
 * `.magento.app.yaml`'s own; undefined when it sees none, or nothing runs there.
 */
function seenKey(project: Project, id: EnvironmentId, name: string): string | undefined {
  const env = running(project, id);
  if (!env?.deployment) return undefined;
  const given = env.deployment.variables ?? runningVariables(project, env);
  if (Object.hasOwn(given, name)) return given[name];
  return readApp(runningFiles(project, env)[APP_FILE]).app.variables.find((v) => v.name === name)
    ?.value;
}

/** The latest deploy of `id` ended well; with none in the log, what runs is not stuck. */
function latestDeploySucceeded(project: Project, id: EnvironmentId): boolean {
  const latest = project.activity.findLast((a) => a.environment === id && a.deploy !== null);
  if (latest) return latest.state === 'complete' && latest.result === 'success';
  const env = running(project, id);
  return env?.deployment?.maintenance === false;
}

/**
 * Whether `goal` holds in `project`. `since` is the clock of the scenario's start: goals about
 * the activity log and copied data count only what happened after it.
 */
export function goalMet(goal: Goal, project: Project, since = Number.NEGATIVE_INFINITY): boolean {
  switch (goal.kind) {
    case 'runs-service': {
      const env = running(project, goal.env);
      const [name, version] = goal.service.split(':');
      return (
        env !== undefined &&
        runningConfig(project, env).services.some(
          (s) => s.name === name && (version === undefined || s.version === version),
        )
      );
    }
    case 'runs-setting': {
      const env = running(project, goal.env);
      if (!env) return false;
      const parsed = parseYaml(goal.file, runningFiles(project, env)[goal.file]);
      return 'value' in parsed && sameValue(valueAt(parsed.value, goal.path), goal.value);
    }
    case 'merged': {
      const from = tableGet(project.environments, goal.from);
      const into = tableGet(project.environments, goal.into);
      if (!from || !into || !isAncestor(project.commits, from.head, into.head)) return false;
      // A branch made after the start holds its parent's commits until it has work of its
      // own: that is not "merged". Work from before the start counts once a merge brought it.
      const head = tableGet(project.commits, from.head);
      return (
        (head !== undefined && head.time > since) ||
        project.activity.some(
          (a) =>
            a.at > since &&
            a.type === 'merge' &&
            a.environment === into.id &&
            a.result === 'success',
        )
      );
    }
    case 'variable-value': {
      const key = seenKey(project, goal.env, goal.name);
      if (key === undefined) return false;
      if (goal.value === undefined) return true;
      return key === goal.value || key === `${SENSITIVE_KEY}${fingerprint(goal.value)}`;
    }
    case 'variable-unseen':
      return seenKey(project, goal.env, goal.name) === undefined;
    case 'variable-flags': {
      const vars = tableGet(project.environments, goal.env)?.variables;
      const own = vars && variableNamed(vars, goal.name);
      return (
        own !== undefined &&
        (goal.sensitive === undefined || own.flags.sensitive === goal.sensitive) &&
        (goal.inheritable === undefined || own.flags.inheritable === goal.inheritable)
      );
    }
    case 'active-at-most': {
      const count =
        goal.counting === 'plan-limit'
          ? activeCount(project)
          : tableValues(project.environments).filter((env) => env.status === 'active').length;
      return count <= goal.max;
    }
    case 'exists':
      return tableHas(project.environments, goal.env);
    case 'status':
      return tableGet(project.environments, goal.env)?.status === goal.status;
    case 'deploy-succeeded':
      return latestDeploySucceeded(project, goal.env);
    case 'no-ticket-waiting': {
      const env = tableGet(project.environments, goal.env);
      return env !== undefined && pendingTicket(project, env).length === 0;
    }
    case 'data-from': {
      const origin = running(project, goal.env)?.dataOrigin;
      return origin?.from === goal.from && origin.at > since;
    }
    case 'activity':
      return project.activity.some(
        (a) =>
          a.at > since &&
          a.type === goal.type &&
          a.environment === goal.env &&
          a.result === goal.result,
      );
  }
}

/** An operation on an environment as the log names it for a request (and a refusal). */
const ATTEMPT: Readonly<Record<OperationType, (env: EnvironmentId) => string>> = {
  branch: (env) => `branching from ${env}`,
  merge: (env) => `merging ${env}`,
  sync: (env) => `syncing ${env}`,
  activate: (env) => `activating ${env}`,
  deactivate: (env) => `deactivating ${env}`,
  delete: (env) => `deleting ${env}`,
  redeploy: (env) => `redeploying ${env}`,
  snapshot: (env) => `a snapshot of ${env}`,
  commit: (env) => `a push to ${env}`,
  variable: (env) => `a variable change on ${env}`,
  ticket: (env) => `a support ticket for ${env}`,
  cancel: (env) => `cancelling activity ${env}`,
  'inject-failure': (env) => `a failure injection on ${env}`,
  push: (env) => `pushing a new branch of ${env}`,
  'change-parent': (env) => `changing the parent of ${env}`,
  restore: (env) => `restoring a snapshot of ${env}`,
};

/** Where a success is logged on another environment than the request named. */
const SUCCESS: Readonly<Partial<Record<OperationType, (env: EnvironmentId) => string>>> = {
  branch: (env) => `branching ${env}`,
  push: (env) => `pushing ${env}`,
  merge: (env) => `a merge into ${env}`,
};

function settingText(value: SettingValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The goal as a checklist line, e.g. "staging runs rabbitmq:3.5". Given the project (or its
 * plan and edition), an `active-at-most` goal on the plan's limit says what that limit counts.
 */
export function describeGoal(
  goal: Goal,
  rules?: Readonly<{ plan: PlanId; edition: Project['edition'] }>,
): string {
  switch (goal.kind) {
    case 'runs-service':
      return `${goal.env} runs ${goal.service}`;
    case 'runs-setting':
      return `${goal.env} runs ${goal.file} with ${goal.path.join('.')}: ${settingText(goal.value)}`;
    case 'merged':
      return `${goal.from} is merged into ${goal.into}`;
    case 'variable-value':
      return goal.value === undefined
        ? `${goal.env}'s application sees ${goal.name}`
        : `${goal.env}'s application sees ${goal.name} = ${goal.value}`;
    case 'variable-unseen':
      return `${goal.env}'s application does not see ${goal.name}`;
    case 'variable-flags': {
      const flags = [
        goal.sensitive === undefined ? null : goal.sensitive ? 'sensitive' : 'not sensitive',
        goal.inheritable === undefined
          ? null
          : goal.inheritable
            ? 'inheritable'
            : 'not inheritable',
      ].filter((flag) => flag !== null);
      return `${goal.env} sets ${goal.name}${flags.length > 0 ? `, ${flags.join(' and ')}` : ''}`;
    }
    case 'active-at-most':
      if (goal.counting === 'all') return `at most ${goal.max} environments are active in all`;
      return rules
        ? `at most ${goal.max} ${rulesOf(rules).activeLimit.counts}`
        : `at most ${goal.max} active among the environments the plan's limit counts`;
    case 'exists':
      return `${goal.env} exists`;
    case 'status':
      return `${goal.env} is ${goal.status}`;
    case 'deploy-succeeded':
      return `the latest deploy of ${goal.env} succeeded`;
    case 'no-ticket-waiting':
      return `nothing on ${goal.env} waits for a support ticket`;
    case 'data-from':
      return `${goal.env} has a fresh copy of ${goal.from}'s data`;
    case 'activity':
      return goal.result === 'refused'
        ? `${ATTEMPT[goal.type](goal.env)} was refused`
        : `${(SUCCESS[goal.type] ?? ATTEMPT[goal.type])(goal.env)} succeeded`;
  }
}
