import * as z from 'zod/mini';
import { planRules } from '../domain/plans';
import { buildsOf, formatPath, type ProjectRecord } from '../domain/project-record';
import {
  ACTIVITY_RESULTS,
  ACTIVITY_STATES,
  CONFIG_FILES,
  type ConfigFileName,
  DEPLOY_PHASES,
  DEPLOY_STATE_KINDS,
  EDITIONS,
  ENVIRONMENT_STATUSES,
  type Environment,
  OPERATION_TYPES,
  PLAN_IDS,
  ROLES,
} from '../domain/types';

// zod/mini rather than zod: the start-up read needs this schema on every load, and the mini
// build keeps the initial bundle small. Every schema names what it expects, so each issue's
// message is ours ("expected a string or null, found the number 3"), not zod's generic text.

function expecting(what: string) {
  return {
    error: (issue: { input?: unknown }) =>
      issue.input === undefined
        ? `missing (expected ${what})`
        : `expected ${what}, found ${describeJson(issue.input)}`,
  };
}

function oneOfText(values: readonly string[]): string {
  const quoted = values.map((v) => JSON.stringify(v));
  return quoted.length > 1
    ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`
    : `${quoted[0]}`;
}

export const text = () => z.string(expecting('a string'));
export const count = () => z.number(expecting('a number'));
const flag = () => z.boolean(expecting('true or false'));
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, expecting(oneOfText(values)));
export const literal = <const T extends number>(value: T) =>
  z.literal(value, expecting(String(value)));
// Checked later, by a schema of its own, so its problems carry its own path.
export const checkedLater = () => z.optional(z.unknown());
export const object = <S extends z.core.$ZodLooseShape>(shape: S) =>
  z.object(shape, expecting('an object'));
const byKey = <V extends z.core.SomeType>(value: V) =>
  z.record(z.string(), value, expecting('an object of entries by id'));
const nullableObject = <S extends z.core.$ZodLooseShape>(shape: S) =>
  z.nullable(z.object(shape, expecting('an object or null')));

const configFilesSchema = object(
  Object.fromEntries(CONFIG_FILES.map((file) => [file, text()])) as Record<
    ConfigFileName,
    ReturnType<typeof text>
  >,
);

const commitSchema = object({
  id: text(),
  parents: z.array(text(), expecting('a list of commit ids')),
  message: text(),
  time: count(),
  files: configFilesSchema,
});

const variableSchema = object({
  name: text(),
  value: text(),
  flags: object({
    inheritable: flag(),
    sensitive: flag(),
    build: flag(),
    runtime: flag(),
    json: flag(),
  }),
});

const nullableText = () => z.nullable(z.string(expecting('a string or null')));
const nullableCount = () => z.nullable(z.number(expecting('a number or null')));

const deploymentFields = {
  commit: text(),
  applied: text(),
  variables: z.nullable(z.record(z.string(), text(), expecting('an object of values or null'))),
  maintenance: flag(),
};

const environmentSchema = object({
  id: text(),
  title: text(),
  parentId: nullableText(),
  role: oneOf(ROLES),
  status: oneOf(ENVIRONMENT_STATUSES),
  head: text(),
  deployment: nullableObject(deploymentFields),
  dataOrigin: nullableObject({ from: nullableText(), at: count() }),
  variables: byKey(variableSchema),
  deployState: nullableObject({
    kind: oneOf(DEPLOY_STATE_KINDS),
    label: text(),
    at: count(),
  }),
  failNext: z.nullable(oneOf(DEPLOY_PHASES)),
});

const deployRunSchema = object({
  trigger: object({
    commit: text(),
    reason: text(),
    rebuild: flag(),
    applyTicket: flag(),
    rejected: z.optional(z.array(text(), expecting('a list of lines'))),
  }),
  startedAt: nullableCount(),
  phases: z.array(
    object({
      phase: oneOf(DEPLOY_PHASES),
      start: count(),
      end: count(),
      result: oneOf(['success', 'failure', 'skipped']),
    }),
    expecting('a list'),
  ),
  maintenance: nullableObject({ start: count(), end: count() }),
  log: z.array(object({ after: count(), text: text() }), expecting('a list')),
  outcome: nullableObject({
    deployment: nullableObject(deploymentFields),
    result: oneOf(['success', 'failure']),
  }),
});

const activitySchema = object({
  id: count(),
  at: count(),
  type: oneOf(OPERATION_TYPES),
  environment: text(),
  state: oneOf(ACTIVITY_STATES),
  result: z.nullable(oneOf(ACTIVITY_RESULTS)),
  message: text(),
  completedAt: nullableCount(),
  deploy: z.nullable(deployRunSchema),
  command: z.optional(text()),
});

export const planSchema = oneOf(PLAN_IDS);
export const editionSchema = oneOf(EDITIONS);

/** The shape of a `Project` (types.ts); semantic rules are in check-project.ts. */
export const projectSchema = object({
  id: text(),
  title: text(),
  plan: planSchema,
  edition: editionSchema,
  region: text(),
  environments: byKey(environmentSchema),
  commits: byKey(commitSchema),
  variables: byKey(variableSchema),
  activity: z.array(activitySchema, expecting('a list')),
  builds: byKey(object({ id: text(), at: count() })),
  storageMb: count(),
  configDumped: flag(),
  snapshots: z.array(
    object({
      id: text(),
      environment: text(),
      at: count(),
      data: nullableObject({ from: nullableText(), at: count() }),
    }),
    expecting('a list'),
  ),
  clock: count(),
});

/** Parses `value` with `schema`; problems carry paths under `prefix` (e.g. `project`). */
export function parseWith<S extends z.core.$ZodType>(
  schema: S,
  value: unknown,
  prefix: readonly PropertyKey[] = [],
): { data: z.output<S> } | { problems: Problem[] } {
  const result = z.safeParse(schema, value);
  if (result.success) return { data: result.data };
  return {
    problems: result.error.issues.map((issue) => ({
      path: formatPath([...prefix, ...issue.path]),
      message: issue.message,
    })),
  };
}

/** A problem found in loaded data, at a path such as `project.environments.staging.parentId`. */
export type Problem = Readonly<{ path: string; message: string }>;

/** Why loading saved state, a file or a link failed: a code for tests, a sentence for users. */
export type LoadError = Readonly<{
  code: LoadErrorCode;
  message: string;
  problems: readonly Problem[];
}>;

export type LoadErrorCode =
  | 'not-json'
  | 'not-ours'
  | 'future-schema'
  | 'invalid-shape'
  | 'invalid-project'
  | 'too-large'
  | 'broken-link';

/** What a JSON value is, in words, for "expected X, found Y". */
function describeJson(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') {
    const shown = value.length > 30 ? `${value.slice(0, 30)}…` : value;
    return `the text ${JSON.stringify(shown)}`;
  }
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  return 'an object';
}

function problemText(problem: Problem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

const SHOWN_PROBLEMS = 3;

/** One sentence for the user: the intro, then the first few problems by path. */
export function loadError(code: LoadErrorCode, intro: string, problems: Problem[] = []): LoadError {
  const shown = problems.slice(0, SHOWN_PROBLEMS).map(problemText);
  const more = problems.length - shown.length;
  const detail = shown.length
    ? ` ${shown.join('; ')}${more > 0 ? ` (and ${more} more)` : ''}.`
    : '';
  return { code, message: `${intro}${detail}`, problems };
}

type Raw = Record<string, unknown>;

const isRaw = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A project saved by an older explorer as it is now (each step only where the project lacks
 * what it adds): before deploys were kept (saved schema 2, file schema 1), what an
 * environment ran (`deployed`) becomes its deployment (where a change waited for a ticket,
 * the code had already moved: the head runs, the old settings stay applied), each activity a
 * complete one, the project the plan's storage and the 2.1 rules; before snapshots were kept
 * (saved schema 3, file schema 2), it has none. Anything not shaped like a project is
 * returned as it is (the schema then says what is wrong).
 */
export function migrateProjectRecord(value: unknown): unknown {
  const deploys = withDeploys(value);
  return isRaw(deploys) && !('snapshots' in deploys) ? { ...deploys, snapshots: [] } : deploys;
}

function withDeploys(value: unknown): unknown {
  if (!isRaw(value) || 'builds' in value || !isRaw(value.environments)) return value;
  const environments = Object.fromEntries(
    Object.entries(value.environments).map(([id, env]) => {
      if (!isRaw(env) || !('deployed' in env)) return [id, env];
      const { deployed, ...rest } = env;
      const deployment =
        env.status === 'active'
          ? { commit: env.head, applied: deployed, variables: null, maintenance: false }
          : null;
      return [id, { ...rest, deployment, deployState: null, failNext: null }];
    }),
  );
  const activity = Array.isArray(value.activity)
    ? value.activity.map((entry) =>
        isRaw(entry)
          ? { ...entry, state: 'complete', completedAt: entry.at ?? 0, deploy: null }
          : entry,
      )
    : value.activity;
  const plan = value.plan === 'pro' || value.plan === 'starter' ? value.plan : 'starter';
  const commits = isRaw(value.commits) ? (value.commits as ProjectRecord['commits']) : {};
  return {
    ...value,
    edition: '2.1',
    environments,
    activity,
    builds: buildsOf(Object.values(environments).filter(isRaw) as Environment[], commits),
    storageMb: planRules(plan).storageMb,
    configDumped: false,
  };
}
