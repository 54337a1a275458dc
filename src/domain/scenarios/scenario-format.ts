import * as z from 'zod/mini';
import { isRecord } from '../config/yaml';
import type { Invocation, Operations } from '../operations/all-operations';
import { formatPath, type ProjectRecord } from '../project-record';
import {
  CONFIG_FILES,
  type ConfigFileName,
  DEPLOY_PHASES,
  EDITIONS,
  type Edition,
  ENVIRONMENT_STATUSES,
  OPERATION_TYPES,
  PLAN_IDS,
  type PlanId,
} from '../types';
import { ACTIVE_COUNTINGS, GOAL_RESULTS, type Goal, type SettingValue } from './goals';
import { checkScenario } from './play-scenario';

/**
 * The scenario file: a guided exercise as JSON (built-in scenarios are the same data), read
 * with every problem at its JSON path (`goals[2].env`) and never a throw.
 */

/** The version of the file format this explorer writes and reads. */
export const SCENARIO_SCHEMA = 1;

/** A step of a solution; `expect: 'refused'` is an attempt the scenario wants seen refused. */
export type SolutionStep = Invocation & Readonly<{ expect?: 'refused' }>;

export type ScenarioStart = Readonly<{
  /**
   * The project to start from, as a record; the plan's default project when left out. The
   * domain does not check a record's shape (src/persistence does): `readScenario` hands it to
   * the `readProject` it is given, and refuses it without one.
   */
  project?: ProjectRecord;
  /** Applied in order, each deploy run to its end; every one must succeed. */
  steps: readonly Invocation[];
}>;

export type Scenario = Readonly<{
  /** Used in links: `?scenario=<id>`. */
  id: string;
  title: string;
  /** Two to four plain sentences: the situation, and why it matters. */
  story: string;
  plan: PlanId;
  edition: Edition;
  start: ScenarioStart;
  /** Checked live, as a checklist; the scenario is done when all are met. */
  goals: readonly Goal[];
  /** Revealed one at a time, each a concrete nudge. */
  hints: readonly string[];
  /** What "Show me" plays, step by step. */
  solution: readonly SolutionStep[];
  /** The fewest steps needed; the solution's successful steps when left out. */
  fewestSteps?: number;
}>;

/** A problem in a scenario file, at a JSON path such as `goals[1].kind` ('' for the whole). */
export type ScenarioProblem = Readonly<{ path: string; message: string }>;

export type ScenarioRead =
  | Readonly<{ scenario: Scenario }>
  | Readonly<{ problems: readonly ScenarioProblem[] }>;

export type ReadScenarioOptions = Readonly<{
  /**
   * Checks an embedded start project (e.g. persistence's `validateProject`, with the record
   * of the project it returns); problem paths start at `prefix`.
   */
  readProject?: (
    value: unknown,
    prefix: readonly string[],
  ) => Readonly<{ project: ProjectRecord }> | Readonly<{ problems: readonly ScenarioProblem[] }>;
  /** Play the start and the solution to check them (default true). */
  play?: boolean;
}>;

// --- the schema; every message says what was expected and what was found

// Ids, names and sentences alike: an empty one means nothing.
const filled = () => z.string().check(z.minLength(1));
const flag = () => z.boolean();
const envArgs = z.object({ env: filled() });
const filesSchema = z.partial(
  z.object(
    Object.fromEntries(CONFIG_FILES.map((file) => [file, z.string()])) as Record<
      ConfigFileName,
      z.ZodMiniString
    >,
  ),
);

type ArgsOf<K extends keyof Operations> = Parameters<Operations[K]['perform']>[1];

/** The arguments of every operation; `satisfies` keeps each in step with its operation. */
const ARGS = {
  branch: z.object({
    parent: filled(),
    name: filled(),
    title: z.optional(z.string()),
    withoutData: z.optional(flag()),
  }),
  merge: envArgs,
  sync: z.object({ env: filled(), code: flag(), data: flag() }),
  activate: envArgs,
  deactivate: envArgs,
  deleteBranch: envArgs,
  redeploy: envArgs,
  snapshot: envArgs,
  restore: z.object({ env: filled(), snapshot: filled() }),
  push: z.object({ parent: filled(), name: filled(), title: z.optional(z.string()) }),
  reparent: z.object({ env: filled(), parent: filled() }),
  commit: z.object({ env: filled(), files: filesSchema, message: z.string() }),
  setVariable: z.object({
    env: z.nullable(filled()),
    variable: z.object({
      name: filled(),
      value: z.string(),
      flags: z.object({
        inheritable: flag(),
        sensitive: flag(),
        build: flag(),
        runtime: flag(),
        json: flag(),
      }),
    }),
  }),
  removeVariable: z.object({ env: z.nullable(filled()), name: filled() }),
  cancel: z.object({ activity: z.number().check(z.int()) }),
  ticket: envArgs,
  failNext: z.object({ env: filled(), phase: z.nullable(z.enum(DEPLOY_PHASES)) }),
} satisfies { [K in keyof Operations]: z.ZodMiniType<ArgsOf<K>> };

const OPS = Object.keys(ARGS) as (keyof Operations)[];

/** One invocation per operation, told apart by `op`; `extra` adds fields to each. */
function stepSchema<S extends z.core.$ZodLooseShape>(extra: S) {
  const [first, ...rest] = OPS.map((op) =>
    z.object({ op: z.literal(op), args: ARGS[op], ...extra }),
  );
  if (!first) throw new Error('no operations');
  return z.discriminatedUnion('op', [first, ...rest]);
}

const settingValue: z.ZodMiniType<SettingValue> = z.json();

const goal = <K extends Goal['kind'], S extends z.core.$ZodLooseShape>(kind: K, shape: S) =>
  z.object({ kind: z.literal(kind), ...shape });

const goalSchema: z.ZodMiniType<Goal> = z.discriminatedUnion('kind', [
  goal('runs-service', { env: filled(), service: filled() }),
  goal('runs-setting', {
    env: filled(),
    file: z.enum(CONFIG_FILES),
    path: z.array(filled()),
    value: settingValue,
  }),
  goal('merged', { from: filled(), into: filled() }),
  goal('variable-value', { env: filled(), name: filled(), value: z.optional(z.string()) }),
  goal('variable-unseen', { env: filled(), name: filled() }),
  goal('variable-flags', {
    env: filled(),
    name: filled(),
    sensitive: z.optional(flag()),
    inheritable: z.optional(flag()),
  }),
  goal('active-at-most', {
    max: z.number().check(z.int(), z.nonnegative()),
    counting: z.enum(ACTIVE_COUNTINGS),
  }),
  goal('exists', { env: filled() }),
  goal('status', { env: filled(), status: z.enum(ENVIRONMENT_STATUSES) }),
  goal('deploy-succeeded', { env: filled() }),
  goal('no-ticket-waiting', { env: filled() }),
  goal('data-from', { env: filled(), from: filled() }),
  goal('activity', { type: z.enum(OPERATION_TYPES), env: filled(), result: z.enum(GOAL_RESULTS) }),
]);

const scenarioSchema = z.object({
  schema: z.optional(z.literal(SCENARIO_SCHEMA)),
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/)),
  title: filled(),
  story: filled(),
  plan: z.enum(PLAN_IDS),
  edition: z.enum(EDITIONS),
  start: z.object({
    // Checked by `readProject`, so its problems carry its own paths.
    project: z.optional(z.unknown()),
    steps: z.array(stepSchema({})),
  }),
  goals: z.array(goalSchema).check(z.minLength(1)),
  hints: z.array(filled()),
  solution: z.array(stepSchema({ expect: z.optional(z.literal('refused')) })).check(z.minLength(1)),
  fewestSteps: z.optional(z.number().check(z.int(), z.nonnegative())),
});

/** What a JSON value is, in words, for "expected X, found Y". */
function describeJson(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') {
    return `the text ${JSON.stringify(value.length > 30 ? `${value.slice(0, 30)}…` : value)}`;
  }
  if (typeof value === 'object') return 'an object';
  return `${typeof value === 'number' ? 'the number ' : ''}${String(value)}`;
}

function oneOfText(values: readonly unknown[]): string {
  const quoted = values.map((v) => JSON.stringify(v));
  return quoted.length > 1 ? `one of ${quoted.join(', ')}` : `${quoted[0]}`;
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

/** Our sentence for a zod issue, e.g. "missing (expected a string)". */
function issueMessage(issue: z.core.$ZodRawIssue): string {
  const found = describeJson(issue.input);
  const expected = (what: string) =>
    issue.input === undefined ? `missing (expected ${what})` : `expected ${what}, found ${found}`;
  switch (issue.code) {
    case 'invalid_type':
      return expected(TYPE_WORDS[issue.expected] ?? issue.expected);
    case 'invalid_value':
      return expected(oneOfText(issue.values));
    case 'invalid_union': {
      const { discriminator, options } = issue as { discriminator?: string; options?: unknown[] };
      if (!discriminator || !options) return expected('one of the allowed shapes');
      const input = issue.input as Record<string, unknown> | undefined;
      const value = input?.[discriminator];
      const what = `${discriminator === 'op' ? 'an operation' : `a ${discriminator}`}: ${oneOfText(options)}`;
      return value === undefined
        ? `missing (expected ${what})`
        : `expected ${what}; found ${describeJson(value)}`;
    }
    case 'too_small':
      return issue.origin === 'array'
        ? `expected at least ${issue.minimum} entr${issue.minimum === 1 ? 'y' : 'ies'}, found none`
        : issue.origin === 'string'
          ? 'expected some text, found an empty string'
          : `expected at least ${issue.minimum}, found ${found}`;
    case 'invalid_format':
      return `expected lowercase letters, digits and "-" (it names the scenario in links), found ${found}`;
    default:
      return issue.message ?? `not valid: ${found}`;
  }
}

function parseJson(input: unknown): { value: unknown } | { problems: ScenarioProblem[] } {
  if (typeof input !== 'string') return { value: input };
  try {
    return { value: JSON.parse(input) };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { problems: [{ path: '', message: `this is not JSON (${why})` }] };
  }
}

/**
 * Reads a scenario from a file's text or its parsed JSON: the scenario, or every problem
 * found, each at its JSON path. An embedded start project is checked by `readProject`; then
 * (unless `play` is false) the start and the solution are played, so a file whose start is
 * refused, whose goals are met before anything is done, or whose solution misses a goal is
 * refused with the step or goal at fault. Never throws.
 */
export function readScenario(input: unknown, options: ReadScenarioOptions = {}): ScenarioRead {
  const json = parseJson(input);
  if ('problems' in json) return json;
  const { value } = json;
  if (isRecord(value) && typeof value.schema === 'number' && value.schema > SCENARIO_SCHEMA) {
    return {
      problems: [
        {
          path: 'schema',
          message: `written by a newer explorer (scenario schema ${value.schema}); this one reads schema ${SCENARIO_SCHEMA}`,
        },
      ],
    };
  }
  const parsed = z.safeParse(scenarioSchema, value, { error: issueMessage });
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: issue.message,
      })),
    };
  }
  const { schema: _schema, start, ...rest } = parsed.data;
  const steps = start.steps as Invocation[];
  const solution = rest.solution as SolutionStep[];
  let project: ProjectRecord | undefined;
  if (start.project !== undefined) {
    const read = embeddedProject(start.project, parsed.data, options);
    if ('problems' in read) return read;
    project = read.project;
  }
  const scenario: Scenario = {
    ...rest,
    solution,
    start: project ? { project, steps } : { steps },
  };
  const problems = options.play === false ? [] : checkScenario(scenario);
  return problems.length > 0 ? { problems } : { scenario };
}

function embeddedProject(
  value: unknown,
  scenario: Readonly<{ plan: PlanId; edition: Edition }>,
  options: ReadScenarioOptions,
): Readonly<{ project: ProjectRecord }> | Readonly<{ problems: readonly ScenarioProblem[] }> {
  if (!options.readProject) {
    return {
      problems: [{ path: 'start.project', message: 'an embedded project cannot be read here' }],
    };
  }
  const read = options.readProject(value, ['start', 'project']);
  if ('problems' in read) return read;
  const mismatch = (['plan', 'edition'] as const).filter(
    (key) => read.project[key] !== scenario[key],
  );
  if (mismatch.length === 0) return read;
  return {
    problems: mismatch.map((key) => ({
      path: `start.project.${key}`,
      message: `expected ${JSON.stringify(scenario[key])}, the scenario's ${key}; found ${JSON.stringify(read.project[key])}`,
    })),
  };
}

/** The scenario as a file's text (what `readScenario` reads back). */
export function scenarioFile(scenario: Scenario): string {
  return `${JSON.stringify({ schema: SCENARIO_SCHEMA, ...scenario }, null, 2)}\n`;
}

/** A file name for the scenario, e.g. `promote-pro.scenario.json`. */
export function scenarioFileName(scenario: Scenario): string {
  return `${scenario.id}.scenario.json`;
}
