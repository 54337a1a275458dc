import type { Invocation } from '../operations/all-operations';
import { tableGet } from '../table';
import { ancestorsOf } from '../tree';
import type { Environment, EnvironmentId, Project, Variable, VariableFlags } from '../types';
import { variableNamed } from '../variable';
import { EXECUTABLE } from './cli-grammar';
import {
  argumentsThenOptions,
  argumentValue,
  type CliInput,
  hasOption,
  isRefusal,
  optionValue,
  type Refusal,
  type Session,
  selectEnvironment,
  valuedOption,
} from './cli-input';
import { variableListOutput } from './cli-output';
import type { ParseResult } from './parse-command-line';
import { shellQuote, shellVariableFor } from './shell-words';

/**
 * Variables as magento-cloud command lines, both ways (research §7): `variable:create` for
 * a name the level does not have yet, `variable:update NAME` for one it has (its own or, on
 * an environment, one inherited from an ancestor), `variable:delete NAME`, `variable:list`.
 *
 * Flags are boolean options that take a value (`--json true`). A created variable gets the
 * CLI's defaults for its level and an updated one keeps what it had, so a line prints only
 * the flags that differ from those: for create, the CLI's defaults (which differ by level:
 * `--visible-build` is true for the project, false for an environment); for update, the
 * variable as it is. The parse applies the same defaults, so it gives back the exact flags.
 * A sensitive value never appears: the line reads it from a shell variable
 * (`--value "$ADMIN_PASSWORD"`), which the parser refuses, asking for the value itself.
 * `inheritable` means nothing for a project variable and is never printed for one; such a
 * variable parses with `inheritable: true`, as the platform's default has it.
 */

type SetVariable = Extract<Invocation, { op: 'setVariable' }>;
type RemoveVariable = Extract<Invocation, { op: 'removeVariable' }>;
type Level = 'project' | 'environment';

/** Flag fields with the options that set them, in the order a line prints them. */
const FLAG_OPTIONS: readonly (readonly [keyof VariableFlags, string])[] = [
  ['json', '--json'],
  ['sensitive', '--sensitive'],
  ['build', '--visible-build'],
  ['runtime', '--visible-runtime'],
  ['inheritable', '--inheritable'],
];

/** What `variable:create` gives a flag that is not set, at each level (research §7). */
function createDefaults(level: Level): VariableFlags {
  return {
    json: false,
    sensitive: false,
    build: level === 'project',
    runtime: true,
    inheritable: true,
  };
}

/**
 * The variable of that name at the level: the project's, or the one an environment sees at
 * environment level, its own or else the nearest ancestor's inheritable one.
 */
function existingAt(
  project: Project,
  env: EnvironmentId | null,
  name: string,
): Variable | undefined {
  if (env === null) return variableNamed(project.variables, name);
  const own = tableGet(project.environments, env)?.variables;
  if (own && Object.hasOwn(own, name)) return own[name];
  for (const ancestor of ancestorsOf(project, env)) {
    const inherited = variableNamed(ancestor.variables, name);
    if (inherited?.flags.inheritable) return inherited;
  }
  return undefined;
}

// --- from an invocation to a line

function withName(command: string, name: string, options: readonly string[]): string {
  return [EXECUTABLE, command, ...argumentsThenOptions([name], options)].join(' ');
}

function levelWords(env: EnvironmentId | null): string[] {
  return env === null ? ['--level', 'project'] : ['--level', 'environment', '-e', shellQuote(env)];
}

function valueWords(variable: Variable): string {
  if (variable.flags.sensitive) return `--value "$${shellVariableFor(variable.name)}"`;
  return valuedOption('--value', variable.value);
}

function flagWords(flags: VariableFlags, from: VariableFlags, level: Level): string[] {
  return FLAG_OPTIONS.filter(
    ([key]) => flags[key] !== from[key] && !(level === 'project' && key === 'inheritable'),
  ).map(([key, long]) => `${long} ${flags[key]}`);
}

/** The command line of a variable invocation, `project` being the state before it runs. */
export function variableCommandLine(
  invocation: SetVariable | RemoveVariable,
  project: Project,
): string {
  if (invocation.op === 'removeVariable') {
    return withName('variable:delete', invocation.args.name, levelWords(invocation.args.env));
  }
  const { env, variable } = invocation.args;
  const level: Level = env === null ? 'project' : 'environment';
  const existing = existingAt(project, env, variable.name);
  if (!existing) {
    return [
      EXECUTABLE,
      'variable:create',
      ...levelWords(env),
      valuedOption('--name', variable.name),
      valueWords(variable),
      ...flagWords(variable.flags, createDefaults(level), level),
    ].join(' ');
  }
  const value = variable.value === existing.value ? [] : [valueWords(variable)];
  return withName('variable:update', variable.name, [
    ...levelWords(env),
    ...value,
    ...flagWords(variable.flags, existing.flags, level),
  ]);
}

// --- from a line to an invocation

const run = (invocation: Invocation): ParseResult => ({ kind: 'run', invocation });
const refuse = (message: string): ParseResult => ({ kind: 'error', message });

/** `--level` as given, any case-insensitive start of a level's name (research §7); null: not given. */
function levelOf(input: CliInput): Level | null | Refusal {
  const typed = optionValue(input, '--level');
  if (typed === undefined) return null;
  const level = (['project', 'environment'] as const).find(
    (l) => typed !== '' && l.startsWith(typed.toLowerCase()),
  );
  return level ?? { error: `Invalid level: ${typed}` };
}

function booleanOf(long: string, typed: string): boolean | Refusal {
  if (/^(1|true|yes|y)$/i.test(typed)) return true;
  if (/^(0|false|no|n)$/i.test(typed)) return false;
  return {
    error: `Invalid value for '${long.slice(2)}': ${typed} (expected 1, 0, true, or false)`,
  };
}

/** The flags the line sets, and a refusal for a bad value or an environment-only flag on the project. */
function givenFlags(input: CliInput, level: Level): Partial<VariableFlags> | Refusal {
  for (const long of ['--enabled', '--inheritable']) {
    if (level === 'project' && hasOption(input, long)) {
      return {
        error: `The option ${long} can only be used for variables at the environment level, not at the project level.`,
      };
    }
  }
  const enabled = optionValue(input, '--enabled');
  if (enabled !== undefined) {
    const on = booleanOf('--enabled', enabled);
    if (isRefusal(on)) return on;
    if (!on)
      return {
        error: 'The explorer has no disabled variables: delete it instead (variable:delete).',
      };
  }
  const flags: Partial<Record<keyof VariableFlags, boolean>> = {};
  for (const [key, long] of FLAG_OPTIONS) {
    const typed = optionValue(input, long);
    if (typed === undefined) continue;
    const value = booleanOf(long, typed);
    if (isRefusal(value)) return value;
    flags[key] = value;
  }
  return flags;
}

/** `variable:create`: a new variable at the level, with the CLI's defaults for what is not given. */
export function parseVariableCreate(input: CliInput, session: Session): ParseResult {
  const fromArgument = argumentValue(input, 'name');
  const fromOption = optionValue(input, '--name');
  if (fromArgument !== undefined && fromOption !== undefined) {
    return refuse('You cannot use both the name argument and --name option.');
  }
  const typedName = fromArgument ?? fromOption;
  if (typedName === undefined) return refuse('Name the variable: --name NAME.');
  const prefix = optionValue(input, '--prefix') ?? 'none';
  if (prefix !== 'none' && prefix !== 'env:') {
    return refuse(`Invalid value for 'prefix': ${prefix} (expected none or env:)`);
  }
  const name = prefix === 'env:' && !typedName.startsWith('env:') ? `env:${typedName}` : typedName;
  const level = levelOf(input);
  if (isRefusal(level)) return refuse(level.error);
  if (level === null)
    return refuse('Give the level: --level project, or --level environment with -e.');
  const env = level === 'environment' ? selectEnvironment(input, session) : null;
  if (isRefusal(env)) return refuse(env.error);
  const existing = existingAt(session.project, env?.id ?? null, name);
  if (existing && !hasOption(input, '--update')) {
    return refuse(
      [
        `The variable already exists: ${name}`,
        `To view the variable, use: ${EXECUTABLE} variable:get ${shellQuote(name)}`,
        'To skip this check, use the --update (-u) option.',
      ].join('\n'),
    );
  }
  if (existing) return updated(input, env, level, existing, true);
  const value = optionValue(input, '--value');
  if (value === undefined) return refuse('Give the value: --value VALUE.');
  const flags = givenFlags(input, level);
  if (isRefusal(flags)) return refuse(flags.error);
  return run({
    op: 'setVariable',
    args: {
      env: env?.id ?? null,
      variable: { name, value, flags: { ...createDefaults(level), ...flags } },
    },
  });
}

/** The level, environment and variable a name refers to (research §7: the environment first). */
function resolveExisting(
  input: CliInput,
  session: Session,
  name: string,
):
  | Readonly<{ level: Level; env: Environment | null; variable: Variable; inherited: boolean }>
  | Refusal {
  const level = levelOf(input);
  if (isRefusal(level)) return level;
  const notFound = { error: `Variable not found: ${name}` };
  const projectVariable = existingAt(session.project, null, name);
  if (level === 'project') {
    return projectVariable
      ? { level, env: null, variable: projectVariable, inherited: false }
      : notFound;
  }
  const envGiven = optionValue(input, '--environment') !== undefined || session.current !== null;
  if (level === null && !envGiven) {
    return projectVariable
      ? { level: 'project', env: null, variable: projectVariable, inherited: false }
      : notFound;
  }
  const env = selectEnvironment(input, session);
  if (isRefusal(env)) return env;
  const envVariable = existingAt(session.project, env.id, name);
  if (envVariable) {
    if (level === null && projectVariable) {
      return {
        error: [
          `Variable found at both project and environment levels: ${name}`,
          "To select a variable, use the --level option ('project' or 'environment').",
        ].join('\n'),
      };
    }
    const inherited = !Object.hasOwn(env.variables, name);
    return { level: 'environment', env, variable: envVariable, inherited };
  }
  if (level === null && projectVariable) {
    return { level: 'project', env: null, variable: projectVariable, inherited: false };
  }
  return notFound;
}

/** The variable with only what the line gives changed (research §7: explicit options only). */
function updated(
  input: CliInput,
  env: Environment | null,
  level: Level,
  existing: Variable,
  allowNoChange: boolean,
): ParseResult {
  const flags = givenFlags(input, level);
  if (isRefusal(flags)) return refuse(flags.error);
  const variable: Variable = {
    name: existing.name,
    value: optionValue(input, '--value') ?? existing.value,
    flags: { ...existing.flags, ...flags },
  };
  const changed =
    variable.value !== existing.value ||
    FLAG_OPTIONS.some(([key]) => variable.flags[key] !== existing.flags[key]);
  if (!changed) {
    return allowNoChange
      ? { kind: 'output', lines: ['No changes were provided.'] }
      : refuse('No changes were provided.');
  }
  return run({ op: 'setVariable', args: { env: env?.id ?? null, variable } });
}

/** `variable:update NAME`: the variable found at its level, with the given value and flags. */
export function parseVariableUpdate(input: CliInput, session: Session): ParseResult {
  const name = argumentValue(input, 'name') as string;
  const found = resolveExisting(input, session, name);
  if (isRefusal(found)) return refuse(found.error);
  return updated(
    input,
    found.env,
    found.level,
    found.variable,
    hasOption(input, '--allow-no-change'),
  );
}

/** `variable:delete NAME`: removed where it is set; an inherited one cannot be (research §7). */
export function parseVariableDelete(input: CliInput, session: Session): ParseResult {
  const name = argumentValue(input, 'name') as string;
  const found = resolveExisting(input, session, name);
  if (isRefusal(found)) return refuse(found.error);
  if (found.inherited) {
    return refuse(
      [
        `The variable ${name} is inherited, so it cannot be deleted from this environment.`,
        'You could override its value with the variable:update command.',
      ].join('\n'),
    );
  }
  return run({ op: 'removeVariable', args: { env: found.env?.id ?? null, name } });
}

/** `variable:list`: the project's variables and, unless `--level project`, the environment's. */
export function parseVariableList(input: CliInput, session: Session): ParseResult {
  const level = levelOf(input);
  if (isRefusal(level)) return refuse(level.error);
  if (level === 'project')
    return { kind: 'output', lines: variableListOutput(session.project, null, level) };
  const env = selectEnvironment(input, session);
  if (isRefusal(env)) return refuse(env.error);
  return { kind: 'output', lines: variableListOutput(session.project, env, level) };
}
