import { tableGet } from '../table';
import { inTreeOrder } from '../tree';
import type { Project } from '../types';
import { levelRows } from '../variable';
import {
  CLI_SPECS,
  CLI_TYPES,
  type CliCommandSpec,
  type Completion,
  EXECUTABLE,
  GIT_REMOTE,
  SYNC_VALUES,
} from './cli-grammar';
import { platformActivities } from './cli-output';
import { findCommand, findOption } from './command-lookup';
import { readShellLine, type ShellWord, shellQuote } from './shell-words';

/**
 * Tab completion of a command line: what can stand where the cursor is, at the end of the
 * line, from the grammar and the project.
 */

export type Completions = Readonly<{
  /** Where in the line the word being completed starts: the candidates replace from there. */
  from: number;
  candidates: readonly string[];
}>;

/** Commands offered by name: those the explorer runs, with their visible aliases. */
const OFFERED = CLI_SPECS.filter((s) => !s.notSimulated && !s.hidden).flatMap((s) => [
  s.name,
  ...s.aliases.filter((a) => !s.hiddenAliases.includes(a)),
]);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Command names that `typed` starts, whole or part by part (`env:br` → environment:branch). */
function commandNames(typed: string): string[] {
  const parts = typed.split(':');
  const pattern = new RegExp(`^${parts.map((p) => `${escapeRegExp(p)}[^:]*`).join(':')}`);
  return OFFERED.filter((n) => n.startsWith(typed) || (parts.length > 1 && pattern.test(n)));
}

/** The word at the cursor: its text so far, where it starts, and the words before it. */
function wordAtEnd(line: string): { typed: string; from: number; before: string[] } {
  const shell = readShellLine(line);
  // Only the last command of a chain matters.
  const lastOperator = shell.tokens.findLastIndex((t) => t.kind === 'operator');
  const words = shell.tokens
    .slice(lastOperator + 1)
    .filter((t): t is ShellWord => t.kind === 'word');
  const last = words.at(-1);
  const open = last !== undefined && (shell.unclosed !== null || last.end === line.length);
  if (open)
    return { typed: last.text, from: last.start, before: words.slice(0, -1).map((w) => w.text) };
  return { typed: '', from: line.length, before: words.map((w) => w.text) };
}

/**
 * The candidates for the word under the cursor at the end of `line`: command names (and
 * the `magento-cloud` prefix), the command's options, and values where they go (environment
 * ids, `code|data|both`, `project|environment`, snapshot ids, variable names, …).
 */
export function completeCommandLine(line: string, project: Project): Completions {
  const { typed, from, before } = wordAtEnd(line);
  const offer = (candidates: readonly string[], start = from, prefix = typed) => ({
    from: start,
    candidates: [...new Set(candidates)].filter((c) => c.startsWith(prefix)).map(shellQuote),
  });
  const names = (programs: readonly string[]) => ({
    from,
    candidates: [...programs.filter((p) => p.startsWith(typed)), ...commandNames(typed)].map(
      shellQuote,
    ),
  });
  if (before.length === 0) return names([EXECUTABLE, 'git']);
  if (before[0] === 'git') return offer(gitCandidates(before, project));
  const words = before[0] === EXECUTABLE ? before.slice(1) : before;
  const nameAt = words.findIndex((w) => !w.startsWith('-'));
  if (nameAt < 0) {
    return typed.startsWith('-') ? offer([]) : names([]);
  }
  const found = findCommand(words[nameAt] as string);
  if ('error' in found) return offer([]);
  const { command } = found;
  const rest = words.slice(nameAt + 1);
  const eq = typed.indexOf('=');
  if (typed.startsWith('--') && eq > 0) {
    const option = findOption(command, typed.slice(0, eq));
    const values = option?.completes ? valuesOf(option.completes, project, rest) : [];
    return offer(values, from + eq + 1, typed.slice(eq + 1));
  }
  if (typed.startsWith('-'))
    return offer(command.options.map((o) => o.long).concat('--help', '--yes'));
  const previous = rest.at(-1);
  const pending =
    previous?.startsWith('-') && !previous.includes('=')
      ? findOption(command, previous)
      : undefined;
  if (pending?.value)
    return offer(pending.completes ? valuesOf(pending.completes, project, rest) : []);
  return offer(argumentCandidates(command, rest, project));
}

/** The values of an argument at the cursor's position among the command's arguments. */
function argumentCandidates(
  command: CliCommandSpec,
  rest: readonly string[],
  project: Project,
): string[] {
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i] as string;
    if (!word.startsWith('-')) positional.push(word);
    else if (!word.includes('=') && findOption(command, word)?.value) i++;
  }
  if (command.name === 'environment:info' && positional.length === 1) {
    return positional[0] === 'parent' ? valuesOf('environment', project, rest) : [];
  }
  if (command.name === 'help' || command.name === 'list')
    return positional.length === 0 ? OFFERED : [];
  const last = command.arguments.at(-1);
  const argument = command.arguments[positional.length] ?? (last?.many ? last : undefined);
  return argument?.completes ? valuesOf(argument.completes, project, rest) : [];
}

/** The environment that `-e` names among the words so far, if any. */
function namedEnvironment(words: readonly string[]): string | undefined {
  const at = words.findLastIndex((w) => w === '-e' || w === '--environment');
  const glued = words.findLast(
    (w) => w.startsWith('--environment=') || (w.startsWith('-e') && w.length > 2),
  );
  if (at >= 0) return words[at + 1];
  return glued?.replace(/^--environment=|^-e/, '');
}

function valuesOf(kind: Completion, project: Project, words: readonly string[]): string[] {
  const env = namedEnvironment(words);
  switch (kind) {
    case 'environment':
      return inTreeOrder(project).map((e) => e.id);
    case 'level':
      return ['project', 'environment'];
    case 'sync':
      return [...SYNC_VALUES];
    case 'type':
      return [...CLI_TYPES];
    case 'boolean':
      return ['true', 'false'];
    case 'property':
      return ['parent', 'id', 'title', 'status', 'type', 'head_commit'];
    case 'snapshot':
      return project.snapshots
        .filter((s) => env === undefined || s.environment === env)
        .map((s) => s.id)
        .reverse();
    case 'variable': {
      const known = env !== undefined && tableGet(project.environments, env) !== undefined;
      const names = known
        ? levelRows(project, env).map((r) => r.name)
        : [
            ...Object.keys(project.variables),
            ...inTreeOrder(project).flatMap((e) => Object.keys(e.variables)),
          ];
      return names.sort();
    }
    case 'activity':
      return platformActivities(project, null)
        .filter((a) => a.state === 'pending' || a.state === 'in_progress')
        .map((a) => String(a.id))
        .reverse();
  }
}

function gitCandidates(before: readonly string[], project: Project): string[] {
  const [, sub, ...rest] = before;
  const ids = inTreeOrder(project).map((e) => e.id);
  if (sub === undefined) return ['checkout', 'push'];
  if (sub === 'checkout')
    return rest.length === 0 ? [...ids, '-b'] : rest[0] === '-b' && rest.length === 2 ? ids : [];
  if (sub === 'push') {
    const plain = rest.filter((w) => !w.startsWith('-'));
    return plain.length === 0 ? [GIT_REMOTE, '-u'] : plain.length === 1 ? ids : [];
  }
  return [];
}
