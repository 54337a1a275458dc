import { tableGet, tableKeys } from '../table';
import { rootOf } from '../tree';
import type { Environment, EnvironmentId, Project } from '../types';
import type { CliCommandSpec } from './cli-grammar';
import { didYouMean, findOption, unknownOption } from './command-lookup';
import { shellQuote } from './shell-words';

/**
 * A command's words bound to its definition as Symfony Console binds them (research §1–3,
 * S8): long and short options, values after `=`, after the option or glued to a short one,
 * `--` ending the options, then the arguments in order; the environment a command acts on,
 * from its argument, `-e` or the checked-out branch; and, the other way, words that bind
 * back to the values they were written from.
 */

export type CliInput = Readonly<{
  command: CliCommandSpec;
  /** Each option given, by long name, with its values in order (a flag's value is ''). */
  options: ReadonlyMap<string, readonly string[]>;
  /** Each argument given, by name (several for one that takes many). */
  args: ReadonlyMap<string, readonly string[]>;
}>;

/** What the command line runs against: the project, and the branch checked out (`current`). */
export type Session = Readonly<{ project: Project; current: EnvironmentId | null }>;

export type Refusal = Readonly<{ error: string }>;

export const isRefusal = (value: unknown): value is Refusal =>
  typeof value === 'object' && value !== null && 'error' in value;

/** The command's input from its words (the command's name taken out), or Symfony's refusal. */
export function bindInput(command: CliCommandSpec, words: readonly string[]): CliInput | Refusal {
  const options = new Map<string, string[]>();
  const positional: string[] = [];
  const record = (long: string, value: string) =>
    options.set(long, [...(options.get(long) ?? []), value]);
  let i = 0;
  // A value may follow its option as the next word, unless that word looks like an option.
  const nextValue = () => {
    const next = words[i + 1];
    if (next === undefined || (next !== '' && next.startsWith('-'))) return undefined;
    i++;
    return next;
  };
  let optionsEnd = false;
  for (; i < words.length; i++) {
    const word = words[i] as string;
    if (!optionsEnd && word === '--') {
      optionsEnd = true;
    } else if (!optionsEnd && word.startsWith('--')) {
      const eq = word.indexOf('=');
      const name = eq < 0 ? word : word.slice(0, eq);
      const option = findOption(command, name);
      if (!option || option.long !== name) return { error: unknownOption(command, name) };
      let value: string | undefined = eq < 0 ? undefined : word.slice(eq + 1);
      if (!option.value && value !== undefined) {
        return { error: `The "${name}" option does not accept a value.` };
      }
      if (option.value) value ??= nextValue();
      if (option.value && value === undefined)
        return { error: `The "${name}" option requires a value.` };
      record(option.long, value ?? '');
    } else if (!optionsEnd && word.startsWith('-') && word !== '-') {
      // A set of short options (-yW); the first that takes a value takes the rest (-estaging).
      for (let k = 1; k < word.length; k++) {
        const option = findOption(command, `-${word[k]}`);
        if (!option) return { error: unknownOption(command, `-${word[k]}`) };
        if (!option.value) {
          record(option.long, '');
          continue;
        }
        const value = k + 1 < word.length ? word.slice(k + 1) : nextValue();
        if (value === undefined) return { error: `The "${option.long}" option requires a value.` };
        record(option.long, value);
        break;
      }
    } else {
      positional.push(word);
    }
  }
  const args = new Map<string, string[]>();
  const defined = command.arguments;
  for (const [index, argument] of defined.entries()) {
    const taken = argument.many ? positional.slice(index) : positional.slice(index, index + 1);
    if (taken.length > 0) args.set(argument.name, taken);
  }
  const last = defined.at(-1);
  if (positional.length > defined.length && !last?.many) {
    // The application's own `command` argument comes first in Symfony's definition.
    const names = ['command', ...defined.map((a) => a.name)].map((n) => `"${n}"`).join(' ');
    return { error: `Too many arguments, expected arguments ${names}.` };
  }
  const missing = defined.filter((a) => a.required && !args.has(a.name)).map((a) => a.name);
  if (missing.length > 0)
    return { error: `Not enough arguments (missing: "${missing.join(', ')}").` };
  return { command, options, args };
}

/** The option's value (the last, if given more than once); undefined when not given. */
export function optionValue(input: CliInput, long: string): string | undefined {
  return input.options.get(long)?.at(-1);
}

export function hasOption(input: CliInput, long: string): boolean {
  return input.options.has(long);
}

/** Every value of an option that takes several, commas and blanks also separating them. */
export function optionValues(input: CliInput, long: string): string[] {
  return (input.options.get(long) ?? []).flatMap(splitList);
}

export function argumentValue(input: CliInput, name: string): string | undefined {
  return input.args.get(name)?.[0];
}

/** Every value of an argument, commas and blanks also separating them (research §3). */
export function argumentValues(input: CliInput, name: string): string[] {
  return (input.args.get(name) ?? []).flatMap(splitList);
}

const splitList = (value: string) => value.split(/[\s,]+/).filter((v) => v !== '');

/**
 * The refusal for an environment id the project lacks: `message` (the CLI's words, with the
 * id) and the nearest ids, or every id when none is near.
 */
export function environmentNotFound(project: Project, id: string, message: string): Refusal {
  const ids = tableKeys(project.environments).sort();
  const near = didYouMean(id, ids);
  const hint = near.length > 0 ? near : ['', `Environments in the project: ${ids.join(', ')}`];
  return { error: [message, ...hint].join('\n') };
}

/** An environment of the project by id, or the refusal `Specified environment not found`. */
export function lookupEnvironmentId(
  project: Project,
  id: string,
  message = `Specified environment not found: ${id}`,
): Environment | Refusal {
  return tableGet(project.environments, id) ?? environmentNotFound(project, id, message);
}

/**
 * The environment a command acts on (research §3): its environment argument or `-e` (both
 * is refused), `.` for the project's default one, else the checked-out branch.
 */
export function selectEnvironment(input: CliInput, session: Session): Environment | Refusal {
  const argumentName = input.command.environmentArgument;
  const fromArgument = argumentName ? argumentValues(input, argumentName) : [];
  const fromOption = optionValue(input, '--environment');
  if (fromArgument.length > 0 && fromOption !== undefined) {
    return {
      error: `You cannot use both the <${argumentName}> argument and the --environment option`,
    };
  }
  const id = fromArgument[0] ?? fromOption ?? session.current;
  if (id === null) {
    return {
      error:
        'Could not determine the current environment.\nSpecify it manually using --environment (-e).',
    };
  }
  if (id === '.' && fromOption !== undefined) {
    const root = rootOf(session.project);
    if (root) return root;
  }
  return lookupEnvironmentId(session.project, id);
}

// --- the other way: words that bind back to what they say

/**
 * `--name value`, or `--name=value` where the value would otherwise bind as an option or as
 * nothing (empty, or starting with `-`). `word` is the value as the shell should see it.
 */
export function valuedOption(long: string, value: string, word = shellQuote(value)): string {
  return value === '' || value.startsWith('-') ? `${long}=${word}` : `${long} ${word}`;
}

/**
 * Arguments, then options; or, when an argument starts with `-` (it would bind as an
 * option), the options, `--`, then the arguments.
 */
export function argumentsThenOptions(
  args: readonly string[],
  options: readonly string[],
): string[] {
  const quoted = args.map(shellQuote);
  return args.some((a) => a.startsWith('-'))
    ? [...options, '--', ...quoted]
    : [...quoted, ...options];
}
