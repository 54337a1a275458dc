import { rulesOf, SOURCES } from '../plans';
import { tableGet } from '../table';
import { activeCountAfter, countsTowardLimit, environmentsWith } from '../tree';
import type {
  ActivityEntry,
  DeployState,
  DeployTrigger,
  Environment,
  EnvironmentId,
  OperationError,
  OperationResult,
  OperationType,
  Project,
} from '../types';

/**
 * What every operation shares: how it is described as a value, how it succeeds (one logged
 * activity, the clock one tick on) and how it refuses (a code for tests, a sentence for the
 * user, and the project untouched).
 */

/** An operation as a value: the store runs whichever one it is handed. */
export type Operation<Args> = Readonly<{
  type: OperationType;
  perform: (project: Project, args: Args) => OperationResult;
  /** The environment the activity log names for an attempt (null: the project itself). */
  subject: (args: Args) => EnvironmentId | null;
  /**
   * For an operation on one environment: why no form of it can run there now (null when
   * one can), so a button can say so before it is pressed.
   */
  blockedOn?: (project: Project, env: EnvironmentId) => OperationError | null;
}>;

/** Operations on one environment, named by `env`. */
export const onEnvironment = (args: Readonly<{ env: EnvironmentId | null }>) => args.env;

/** `blockedOn` of an operation whose only argument is the environment: its dry run. */
export function dryRunOn(
  perform: (project: Project, args: Readonly<{ env: EnvironmentId }>) => OperationResult,
) {
  return (project: Project, env: EnvironmentId): OperationError | null => {
    const result = perform(project, { env });
    return 'error' in result ? result.error : null;
  };
}

export type OperationFailure = Extract<OperationResult, { error: OperationError }>;

/** A refused request: `code` is stable for tests, `message` is a sentence for the user. */
export function refuse(code: string, message: string): OperationFailure {
  return { error: { code, message } };
}

type ActivityRecord = Pick<ActivityEntry, 'type' | 'environment' | 'result' | 'message'> & {
  deploy?: DeployTrigger;
};

/**
 * The project one tick later, with `record` logged at that tick: done at once, or, with a
 * deploy, queued (`pending`) for the clock to run (deploy/activities.ts).
 */
function appendActivity(project: Project, record: ActivityRecord): Project {
  const at = project.clock + 1;
  const id = (project.activity.at(-1)?.id ?? 0) + 1;
  const { deploy, ...rest } = record;
  const entry: ActivityEntry = deploy
    ? {
        id,
        at,
        ...rest,
        state: 'pending',
        result: null,
        completedAt: null,
        deploy: {
          trigger: deploy,
          startedAt: null,
          phases: [],
          maintenance: null,
          log: [],
          outcome: null,
        },
      }
    : { id, at, ...rest, state: 'complete', completedAt: at, deploy: null };
  const logged = { ...project, clock: at, activity: [...project.activity, entry] };
  const env = deploy ? tableGet(logged.environments, record.environment) : undefined;
  if (!deploy || !env) return logged;
  const deployState: DeployState = { kind: 'pending', label: `pending: ${deploy.reason}`, at };
  return withEnvironments(logged, { ...env, deployState });
}

export type SuccessRecord = Readonly<{
  type: OperationType;
  /** The environment the activity is about (for a deploy: the one that deploys). */
  environment: EnvironmentId;
  /** The log's short text, e.g. "merged into staging". */
  activity: string;
  /** The deploy it sets off, if any. */
  deploy?: DeployTrigger;
}>;

/**
 * Completes an operation whose changes are in `changed` (clock not yet advanced): advances
 * the clock, logs the activity (queuing its deploy, if it has one) and returns `message`
 * for the status line.
 */
export function succeed(changed: Project, record: SuccessRecord, message: string): OperationResult {
  const project = appendActivity(changed, {
    type: record.type,
    environment: record.environment,
    result: record.deploy ? null : 'success',
    message: record.activity,
    ...(record.deploy ? { deploy: record.deploy } : {}),
  });
  return { project, message };
}

/** A deploy of the environment's head, for `reason`. */
export function deployOf(
  env: Environment,
  reason: string,
  options: Partial<Pick<DeployTrigger, 'rebuild' | 'applyTicket' | 'commit' | 'rejected'>> = {},
): DeployTrigger {
  return { commit: env.head, reason, rebuild: false, applyTicket: false, ...options };
}

export type RefusedAttempt = Readonly<{
  type: OperationType;
  environment: EnvironmentId;
  error: OperationError;
}>;

/**
 * The project with a refused attempt in its activity log (result "refused", the reason as
 * message), one tick later. Operations never log their own refusals, since a refused
 * operation leaves the project as it was; the store calls this where the log should show one.
 */
export function recordRefusal(project: Project, attempt: RefusedAttempt): Project {
  return appendActivity(project, {
    type: attempt.type,
    environment: attempt.environment,
    result: 'refused',
    message: attempt.error.message,
  });
}

/**
 * The project with `command` (the CLI line that does the same on a real project) on every
 * activity logged after the one numbered `afterId`: what one operation or refusal logged.
 */
export function withCommandLine(project: Project, afterId: number, command: string): Project {
  const first = project.activity.findIndex((entry) => entry.id > afterId);
  if (first < 0) return project;
  return {
    ...project,
    activity: [
      ...project.activity.slice(0, first),
      ...project.activity.slice(first).map((entry) => ({ ...entry, command })),
    ],
  };
}

/**
 * A refusal ('busy') while an activity of `env` has not ended: it would be left without the
 * environment it deploys.
 */
export function busyRefusal(
  project: Project,
  env: EnvironmentId,
  action: string,
): OperationFailure | null {
  const open = project.activity.findLast(
    (a) => a.environment === env && (a.state === 'pending' || a.state === 'in_progress'),
  );
  if (!open) return null;
  return refuse(
    'busy',
    `${env} is busy with a ${open.type} activity (${open.state.replace('_', ' ')}): wait for it to finish, or cancel it while it builds, then ${action} ${env}.`,
  );
}

/**
 * The environment an operation names, or a refusal when it does not exist ('not-found') or,
 * with `mustBeActive`, is inactive ('inactive').
 */
export function lookupEnvironment(
  project: Project,
  id: EnvironmentId,
  mustBeActive = false,
): Environment | OperationFailure {
  const env = tableGet(project.environments, id);
  if (!env) return refuse('not-found', `There is no environment named "${id}".`);
  if (mustBeActive && env.status !== 'active') {
    return refuse('inactive', `${id} is inactive: activate it first.`);
  }
  return env;
}

/**
 * The parent of `env`, or a refusal for the root ('no-parent'); `action` completes the
 * sentence "there is no parent to …", e.g. "merge it into".
 */
export function lookupParent(
  project: Project,
  env: Environment,
  action: string,
): Environment | OperationFailure {
  if (env.parentId === null) {
    return refuse('no-parent', `${env.id} is the root: there is no parent to ${action}.`);
  }
  return lookupEnvironment(project, env.parentId);
}

/**
 * The project with the given environments added or replaced, by id; the children index of
 * the project's environments, if known, is carried forward to the new table.
 */
export function withEnvironments(project: Project, ...environments: Environment[]): Project {
  return { ...project, environments: environmentsWith(project.environments, ...environments) };
}

/**
 * A refusal ('active-limit') when `candidate`, which is `project` with `changed` added or
 * replaced so that it is active, holds more active environments than the plan allows;
 * `null` when it is within the limit or `changed` does not count toward it. `subject`
 * starts the sentence ("Activating feature-x").
 */
export function activeLimitRefusal(
  project: Project,
  candidate: Project,
  changed: Environment,
  subject: string,
): OperationFailure | null {
  const plan = rulesOf(candidate);
  const count = activeCountAfter(project, candidate, [changed]);
  if (count <= plan.activeLimit.max || !countsTowardLimit(candidate, changed)) return null;
  return refuse(
    'active-limit',
    `${subject} would make ${count} ${plan.activeLimit.counts}; ${plan.label} allows ${plan.activeLimit.max} (${SOURCES[plan.activeLimit.source]}). Deactivate one first, or push the branch instead: a pushed branch stays inactive.`,
  );
}
