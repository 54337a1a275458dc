import * as z from 'zod/mini';
import { CONFIG_FILES, type ConfigFileName } from '../domain/types';
import { describeJson, formatPath, type Problem } from './problem-text';

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

const environmentSchema = object({
  id: text(),
  title: text(),
  parentId: z.nullable(z.string(expecting('a string or null'))),
  role: oneOf(['global-master', 'production', 'staging', 'integration', 'development']),
  status: oneOf(['active', 'inactive']),
  head: text(),
  deployed: text(),
  dataOrigin: nullableObject({ from: text(), at: count() }),
  variables: byKey(variableSchema),
  deployState: nullableObject({
    kind: oneOf(['building', 'deployed', 'pending-ticket', 'failed']),
    label: text(),
    at: count(),
  }),
});

const activitySchema = object({
  id: count(),
  at: count(),
  type: text(),
  environment: text(),
  result: oneOf(['success', 'refused']),
  message: text(),
});

export const planSchema = oneOf(['starter', 'pro']);

/** The shape of a `Project` (types.ts); semantic rules are in check-project.ts. */
export const projectSchema = object({
  id: text(),
  title: text(),
  plan: planSchema,
  region: text(),
  environments: byKey(environmentSchema),
  commits: byKey(commitSchema),
  variables: byKey(variableSchema),
  activity: z.array(activitySchema, expecting('a list')),
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
