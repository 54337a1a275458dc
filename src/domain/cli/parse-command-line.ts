import type { Invocation } from '../operations/all-operations';
import { rulesOf } from '../plans';
import { tableGet, tableKeys } from '../table';
import { childrenOf } from '../tree';
import type { Environment, EnvironmentId, Project } from '../types';
import {
  CLI_TYPE_OF_ROLE,
  type CliCommandSpec,
  cliSpec,
  EXECUTABLE,
  GIT_REMOTE,
  IGNORED_OPTIONS,
  SYNC_VALUES,
} from './cli-grammar';
import {
  argumentValue,
  argumentValues,
  bindInput,
  type CliInput,
  environmentNotFound,
  hasOption,
  isRefusal,
  lookupEnvironmentId,
  optionValue,
  optionValues,
  type Session,
  selectEnvironment,
} from './cli-input';
import {
  activityListOutput,
  commandHelpOutput,
  commandListOutput,
  environmentInfoOutput,
  environmentLabel,
  environmentListOutput,
  environmentProperties,
  listedEnvironments,
  platformActivities,
  snapshotListOutput,
} from './cli-output';
import { didYouMean, findCommand } from './command-lookup';
import { readShellLine, type ShellWord } from './shell-words';
import {
  parseVariableCreate,
  parseVariableDelete,
  parseVariableList,
  parseVariableUpdate,
} from './variable-command-line';

/**
 * A typed command line read as the magento-cloud CLI (or git) would read it on a real
 * project: the operation it runs, the text a read-only command prints, or the refusal, in
 * the CLI's words where the research records them, with the nearest valid choice.
 *
 * One operation per line: the store runs one invocation per typed line, so a line that
 * would run several (two commands joined by `&&`, `environment:activate` of two
 * environments or with `--parent`) is refused with the lines to type instead. The one chain
 * read whole is git's way of pushing a new branch (`git checkout P && git checkout -b N &&
 * git push magento N`), which is one operation.
 */

export type ParseResult =
  | Readonly<{ kind: 'run'; invocation: Invocation }>
  | Readonly<{ kind: 'output'; lines: readonly string[] }>
  | Readonly<{ kind: 'error'; message: string }>;

const run = (invocation: Invocation): ParseResult => ({ kind: 'run', invocation });
const output = (lines: readonly string[]): ParseResult => ({ kind: 'output', lines });
const refuse = (message: string): ParseResult => ({ kind: 'error', message });

const ONE_PER_LINE = 'The explorer runs one operation per line. Type these one after the other:';

/**
 * Reads `line` against the project; `current` is the checked-out branch, used where the
 * line names no environment (as the CLI uses the Git branch of the directory it runs in).
 */
export function parseCommandLine(
  line: string,
  project: Project,
  current: EnvironmentId | null,
): ParseResult {
  const shell = readShellLine(line);
  if (shell.unclosed) {
    return refuse(`The line ends inside a quoted string: close it with ${shell.unclosed}.`);
  }
  const words = shell.tokens.filter((t): t is ShellWord => t.kind === 'word');
  const expanded = words.find((w) => w.expansion !== null);
  if (expanded) {
    return refuse(
      `${expanded.expansion} is for your shell to fill in, and the explorer has no shell: type the value itself (in single quotes if it holds spaces or $).`,
    );
  }
  const commands: string[][] = [[]];
  for (const token of shell.tokens) {
    if (token.kind === 'word') {
      (commands.at(-1) as string[]).push(token.text);
    } else if (['&&', ';', '\n'].includes(token.text)) {
      if ((commands.at(-1) as string[]).length === 0 && token.text === '&&') {
        return refuse("syntax error near unexpected token `&&'");
      }
      commands.push([]);
    } else {
      return refuse(
        `The explorer reads commands, alone or joined by &&; "${token.text}" is not understood here.`,
      );
    }
  }
  const given = commands.filter((c) => c.length > 0);
  const session: Session = { project, current };
  if (given.length === 0) return output([]);
  if (given[0]?.[0] === 'git') return parseGitChain(given, session);
  const [only] = given;
  if (!only || given.length > 1) {
    return refuse([ONE_PER_LINE, ...given.map((c) => `  ${c.join(' ')}`)].join('\n'));
  }
  return parseCli(only, session);
}

/** Where the command's name is: the first word that is not an option or the value of -p or -e. */
function commandNameIndex(words: readonly string[]): number {
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (['-p', '--project', '-e', '--environment'].includes(word)) i++;
    else if (!word.startsWith('-')) return i;
  }
  return -1;
}

function parseCli(typed: readonly string[], session: Session): ParseResult {
  const words = typed[0] === EXECUTABLE ? typed.slice(1) : typed;
  const at = commandNameIndex(words);
  if (at < 0) return output(commandListOutput());
  const found = findCommand(words[at] as string);
  if ('error' in found) return refuse(found.error);
  const { command } = found;
  const rest = words.filter((_, i) => i !== at);
  const beforeEnd = rest.slice(0, rest.includes('--') ? rest.indexOf('--') : rest.length);
  if (beforeEnd.includes('-h') || beforeEnd.includes('--help')) {
    return output(commandHelpOutput(command));
  }
  if (command.notSimulated) {
    return refuse(
      `${EXECUTABLE} ${command.name} is not run by the explorer. ${command.notSimulated}`,
    );
  }
  const input = bindInput(command, rest);
  if (isRefusal(input)) return refuse(input.error);
  const unfit = checkGlobal(input, session.project);
  if (unfit) return unfit;
  return HANDLERS[command.name]?.(input, session) ?? refuse(`${command.name} has no reader.`);
}

/** Refuses another project, `--no`, and options of the command the explorer does not act on. */
function checkGlobal(input: CliInput, project: Project): ParseResult | null {
  const other = optionValue(input, '--project');
  if (other !== undefined && other !== project.id && !other.includes(`/projects/${project.id}`)) {
    return refuse(
      `Specified project not found: ${other}\nThe explorer holds one project: ${project.id} (${project.title}).`,
    );
  }
  if (hasOption(input, '--no')) {
    return refuse(
      'With --no (-n) the CLI answers "no" to its question, so nothing would change: leave it out (-n is not --no-interaction).',
    );
  }
  const unsimulated = [...input.options.keys()].find(
    (long) => !IGNORED_OPTIONS.includes(long) && !input.command.simulated.includes(long),
  );
  if (unsimulated) {
    return refuse(
      `The explorer does not simulate ${unsimulated} of ${input.command.name}: leave it out.`,
    );
  }
  return null;
}

type Handler = (input: CliInput, session: Session) => ParseResult;

/** The command line of each command, for a refusal that suggests one. */
const line = (...words: string[]) => `  ${[EXECUTABLE, ...words].join(' ')}`;

const onEnvironment =
  (op: 'merge' | 'redeploy' | 'snapshot'): Handler =>
  (input, session) => {
    const env = selectEnvironment(input, session);
    return isRefusal(env) ? refuse(env.error) : run({ op, args: { env: env.id } });
  };

function parseBranch(input: CliInput, session: Session): ParseResult {
  const name = argumentValue(input, 'id');
  if (name === undefined) return refuse('You must specify the name of the new branch.');
  const parent = selectEnvironment(input, session);
  if (isRefusal(parent)) return refuse(parent.error);
  const type = optionValue(input, '--type');
  const childRole = rulesOf(session.project).childRole[parent.role];
  if (type !== undefined && childRole && type !== CLI_TYPE_OF_ROLE[childRole]) {
    return refuse(
      `The plan makes a branch of ${parent.id} a ${CLI_TYPE_OF_ROLE[childRole]} environment, not ${type}: leave --type out.`,
    );
  }
  const title = optionValue(input, '--title');
  return run({
    op: 'branch',
    args: {
      parent: parent.id,
      name,
      ...(title !== undefined && title !== name ? { title } : {}),
      ...(hasOption(input, '--no-clone-parent') ? { withoutData: true } : {}),
    },
  });
}

function parseSync(input: CliInput, session: Session): ParseResult {
  const values = argumentValues(input, 'synchronize');
  const wrong = values.find((v) => !(SYNC_VALUES as readonly string[]).includes(v));
  if (wrong !== undefined) {
    const named = tableGet(session.project.environments, wrong)
      ? `\nThe environment is given with -e: ${EXECUTABLE} environment:synchronize code -e ${wrong}`
      : '';
    return refuse(`Specify 'code', 'data', or 'both'${named}`);
  }
  // With no argument the CLI asks; --yes answers yes to code and to data (research §4.3).
  const all = values.length === 0 && hasOption(input, '--yes');
  if (values.length === 0 && !all) {
    return refuse('You did not select anything to synchronize.\nName it: code, data or both.');
  }
  const env = selectEnvironment(input, session);
  if (isRefusal(env)) return refuse(env.error);
  const code = all || values.includes('code') || values.includes('both');
  const data = all || values.includes('data') || values.includes('both');
  return run({ op: 'sync', args: { env: env.id, code, data } });
}

function parseActivate(input: CliInput, session: Session): ParseResult {
  const ids = argumentValues(input, 'environment');
  if (ids.length > 1) {
    return refuse([ONE_PER_LINE, ...ids.map((id) => line('environment:activate', id))].join('\n'));
  }
  const id = ids[0];
  if (id !== undefined && !tableGet(session.project.environments, id)) {
    return refuse(environmentNotFound(session.project, id, `Environment not found: ${id}`).error);
  }
  const env = selectEnvironment(input, session);
  if (isRefusal(env)) return refuse(env.error);
  const parent = optionValue(input, '--parent');
  if (parent !== undefined) {
    return refuse(
      [
        ONE_PER_LINE,
        line('environment:info', '-e', env.id, 'parent', parent),
        line('environment:activate', env.id),
      ].join('\n'),
    );
  }
  return run({ op: 'activate', args: { env: env.id } });
}

/** Ids, with `%` or `*` standing for any run of characters (research §4.6). */
function matchIds(project: Project, id: string): Environment[] | null {
  if (!/[%*]/.test(id)) {
    const env = tableGet(project.environments, id);
    return env ? [env] : null;
  }
  const pattern = new RegExp(
    `^${id
      .split(/[%*]/)
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return tableKeys(project.environments)
    .filter((k) => pattern.test(k))
    .sort()
    .map((k) => tableGet(project.environments, k) as Environment);
}

/**
 * `environment:delete` (research §4.5, §4.6): an active environment is deactivated (its data
 * goes, the branch stays), an inactive one loses its branch. One with children is left out
 * unless `--allow-delete-parent`, as the CLI does.
 */
function parseDelete(input: CliInput, session: Session): ParseResult {
  const { project } = session;
  const fromOption = optionValue(input, '--environment');
  const ids = [
    ...argumentValues(input, 'environment'),
    ...(fromOption === undefined ? [] : [fromOption]),
  ];
  const nothing = `No environments to delete.\nFor help, run: ${EXECUTABLE} help environment:delete`;
  let selected: Environment[] = [];
  if (ids.length === 0) {
    const current =
      session.current === null ? undefined : tableGet(project.environments, session.current);
    if (!current) return refuse(nothing);
    selected = [current];
  }
  for (const id of ids) {
    const matched = matchIds(project, id);
    if (!matched)
      return refuse(environmentNotFound(project, id, `Environment not found: ${id}`).error);
    selected.push(...matched.filter((e) => !selected.includes(e)));
  }
  if (!hasOption(input, '--allow-delete-parent')) {
    const parents = selected.filter((e) => childrenOf(project, e.id).length > 0);
    selected = selected.filter((e) => !parents.includes(e));
    if (selected.length === 0) {
      const n = parents.length;
      return refuse(
        [
          `${n} environment${n === 1 ? '' : 's'} excluded as it is has child environment(s).`,
          'You can skip this check using: --allow-delete-parent',
          'No environments to delete.',
        ].join('\n'),
      );
    }
  }
  const [env] = selected;
  if (!env) return refuse(nothing);
  if (selected.length > 1) {
    return refuse(
      [ONE_PER_LINE, ...selected.map((e) => line('environment:delete', e.id))].join('\n'),
    );
  }
  const deleteBranch = hasOption(input, '--delete-branch');
  const keepBranch = hasOption(input, '--no-delete-branch');
  if (deleteBranch && keepBranch)
    return refuse('Give --delete-branch or --no-delete-branch, not both.');
  if (env.status === 'active') {
    if (!deleteBranch) return run({ op: 'deactivate', args: { env: env.id } });
    return refuse(
      [
        `The environment ${environmentLabel(env)} is currently active: its branch can be deleted once it is inactive.`,
        ONE_PER_LINE,
        line('environment:delete', env.id, '--no-delete-branch'),
        line('environment:delete', env.id, '--delete-branch'),
      ].join('\n'),
    );
  }
  if (keepBranch) {
    return refuse(
      `The environment ${environmentLabel(env)} is inactive and --no-delete-branch was specified, so it will not be deleted.\nNo environments to delete.`,
    );
  }
  return run({ op: 'deleteBranch', args: { env: env.id } });
}

const WRITABLE = ['enable_smtp', 'parent', 'title', 'restrict_robots', 'type'];

/** `environment:info` (research §4.8): properties read, and `parent` set. */
function parseInfo(input: CliInput, session: Session): ParseResult {
  const env = selectEnvironment(input, session);
  if (isRefusal(env)) return refuse(env.error);
  const property = argumentValue(input, 'property');
  const value = argumentValue(input, 'value');
  if (property === undefined) return output(environmentInfoOutput(session.project, env));
  if (value === undefined) {
    const properties = environmentProperties(session.project, env);
    const found = properties.find(([name]) => name === property);
    if (found) return output([found[1]]);
    return refuse(
      [
        `Property not found: ${property}`,
        ...didYouMean(
          property,
          properties.map(([n]) => n),
        ),
      ].join('\n'),
    );
  }
  if (!WRITABLE.includes(property)) return refuse(`Property not writable: ${property}`);
  if (property !== 'parent') {
    return refuse(
      `The explorer does not change ${property}; of an environment's properties it sets only parent.`,
    );
  }
  if (value === '-') {
    return refuse(
      'In the explorer every environment but the root has a parent: name the new parent.',
    );
  }
  const parent = lookupEnvironmentId(session.project, value, `Environment not found: ${value}`);
  if (isRefusal(parent)) return refuse(parent.error);
  if (parent.id === env.id) return refuse('An environment cannot be the parent of itself');
  if (env.parentId === parent.id) return output([`Property parent already set as: ${parent.id}`]);
  return run({ op: 'reparent', args: { env: env.id, parent: parent.id } });
}

/**
 * `environment:push` (research §4.9) of a branch the project does not have yet: a new
 * inactive environment with the source's code, which is what a plain `git push` makes.
 */
function parsePush(input: CliInput, session: Session): ParseResult {
  const activation = ['--activate', '--parent', '--type', '--no-clone-parent'].find((o) =>
    hasOption(input, o),
  );
  if (activation) {
    return refuse(
      `${activation} makes the pushed branch active; the explorer's push leaves it inactive, as git push does. Push without it, then run ${EXECUTABLE} environment:activate.`,
    );
  }
  const source = argumentValue(input, 'source') ?? 'HEAD';
  if (source === '' || source.includes(':')) return refuse(`Invalid source ref: ${source}`);
  const base = source === 'HEAD' ? session.current : source;
  if (base === null) {
    return refuse(
      'Could not determine the current environment.\nSpecify it manually using --environment (-e).',
    );
  }
  const from = lookupEnvironmentId(session.project, base, `Invalid source ref: ${base}`);
  if (isRefusal(from)) return refuse(from.error);
  const target =
    optionValue(input, '--target') ?? optionValue(input, '--environment') ?? session.current;
  if (target === null) return refuse('A target branch name (--target) is required.');
  const existing = tableGet(session.project.environments, target);
  if (existing && existing.id === from.id) {
    return output([
      `The environment ${environmentLabel(existing)} is already up to date with the source ref, ${source}.`,
    ]);
  }
  if (existing) {
    return refuse(
      `The explorer pushes only new branches, and ${target} exists: merge or sync to bring code from one environment to another.`,
    );
  }
  return run({ op: 'push', args: { parent: from.id, name: target } });
}

function parseEnvironmentList(input: CliInput, session: Session): ParseResult {
  const filter = {
    noInactive: hasOption(input, '--no-inactive'),
    types: optionValues(input, '--type'),
  };
  if (hasOption(input, '--pipe'))
    return output(listedEnvironments(session.project, filter).map((e) => e.id));
  return output(environmentListOutput(session.project, session.current, filter));
}

/**
 * The environment whose activities a command reads: the one selected, or, with --all or
 * none selected, the whole project (activity:list works either way, research §5).
 */
function activityScope(input: CliInput, session: Session): Environment | null | ParseResult {
  if (hasOption(input, '--all')) return null;
  if (optionValue(input, '--environment') === undefined && session.current === null) return null;
  const env = selectEnvironment(input, session);
  return isRefusal(env) ? refuse(env.error) : env;
}

const isResult = (value: unknown): value is ParseResult =>
  typeof value === 'object' && value !== null && 'kind' in value;

function parseActivityList(input: CliInput, session: Session): ParseResult {
  const env = activityScope(input, session);
  if (isResult(env)) return env;
  const typed = optionValue(input, '--limit') ?? '10';
  const limit = Number(typed);
  if (!Number.isInteger(limit) || limit < 1) return refuse(`Invalid --limit: ${typed}`);
  return output(
    activityListOutput(session.project, env, {
      limit,
      incomplete: hasOption(input, '--incomplete'),
    }),
  );
}

function parseCancel(input: CliInput, session: Session): ParseResult {
  const typed = argumentValue(input, 'id');
  if (typed !== undefined) {
    const activity = platformActivities(session.project, null).find((a) => String(a.id) === typed);
    if (!activity) return refuse(`Activity not found: ${typed}`);
    return run({ op: 'cancel', args: { activity: activity.id } });
  }
  const env = activityScope(input, session);
  if (isResult(env)) return env;
  const open = platformActivities(session.project, env?.id ?? null).findLast(
    (a) => a.state === 'pending' || a.state === 'in_progress',
  );
  if (!open) {
    return refuse(
      `No cancellable activities found\nTo list incomplete activities, run: ${EXECUTABLE} act -i`,
    );
  }
  return run({ op: 'cancel', args: { activity: open.id } });
}

function parseSnapshotList(input: CliInput, session: Session): ParseResult {
  const env = selectEnvironment(input, session);
  return isRefusal(env) ? refuse(env.error) : output(snapshotListOutput(session.project, env));
}

/** `snapshot:restore [ID]` (research §6): a snapshot of the selected environment, the newest by default. */
function parseRestore(input: CliInput, session: Session): ParseResult {
  const env = selectEnvironment(input, session);
  if (isRefusal(env)) return refuse(env.error);
  const typedTarget = optionValue(input, '--target');
  const target =
    typedTarget === undefined ? env : lookupEnvironmentId(session.project, typedTarget);
  if (isRefusal(target)) return refuse(target.error);
  const ids = session.project.snapshots
    .filter((s) => s.environment === env.id)
    .map((s) => s.id)
    .reverse();
  const typed = argumentValue(input, 'snapshot');
  const snapshot = typed ?? ids[0];
  if (snapshot === undefined) {
    return refuse(
      `Finding the most recent snapshot for the environment ${env.id}\nNo snapshots found`,
    );
  }
  if (!ids.includes(snapshot)) {
    return refuse([`Snapshot not found: ${snapshot}`, ...didYouMean(snapshot, ids)].join('\n'));
  }
  return run({ op: 'restore', args: { env: target.id, snapshot } });
}

function parseHelp(input: CliInput): ParseResult {
  const name = argumentValue(input, 'command_name');
  if (name === undefined) return output(commandHelpOutput(cliSpec('help')));
  const found = findCommand(name);
  return 'error' in found ? refuse(found.error) : output(commandHelpOutput(found.command));
}

const HANDLERS: Readonly<Record<string, Handler>> = {
  'activity:cancel': parseCancel,
  'activity:list': parseActivityList,
  'environment:activate': parseActivate,
  'environment:branch': parseBranch,
  'environment:delete': parseDelete,
  'environment:info': parseInfo,
  'environment:list': parseEnvironmentList,
  'environment:merge': onEnvironment('merge'),
  'environment:push': parsePush,
  'environment:redeploy': onEnvironment('redeploy'),
  'environment:synchronize': parseSync,
  help: parseHelp,
  list: () => output(commandListOutput()),
  'snapshot:create': onEnvironment('snapshot'),
  'snapshot:list': parseSnapshotList,
  'snapshot:restore': parseRestore,
  'variable:create': parseVariableCreate,
  'variable:delete': parseVariableDelete,
  'variable:list': parseVariableList,
  'variable:update': parseVariableUpdate,
};

// --- git

type PushInvocation = Extract<Invocation, { op: 'push' }>;

/**
 * `git checkout` and `git push magento N` chains (research §1: the remote is `magento`): a
 * branch made with `git checkout -b` and pushed becomes a new inactive environment with its
 * base's code. A push of a branch the chain did not make is a branch of the checked-out one.
 * A trailing `magento-cloud environment:info -e N title T` gives the pushed branch its title.
 */
function parseGitChain(commands: readonly (readonly string[])[], session: Session): ParseResult {
  const { project } = session;
  let head = session.current;
  /** Branches the chain made, with the environment whose code each starts from. */
  const made = new Map<string, EnvironmentId>();
  const exists = (ref: string) =>
    made.has(ref) || tableGet(project.environments, ref) !== undefined;
  const baseOf = (ref: string) => made.get(ref) ?? ref;
  const pushes: PushInvocation[] = [];
  const said: string[] = [];
  for (const words of commands) {
    if (words[0] !== 'git') {
      const last = pushes.at(-1);
      const title = last && pushTitle(words, last.args.name);
      if (!last || title === undefined) {
        return refuse([ONE_PER_LINE, ...commands.map((c) => `  ${c.join(' ')}`)].join('\n'));
      }
      pushes[pushes.length - 1] = { op: 'push', args: { ...last.args, title } };
      continue;
    }
    const [, sub, ...rest] = words;
    if (sub === 'checkout' && (rest[0] === '-b' || rest[0] === '-B')) {
      const [, name, start] = rest;
      if (name === undefined) return refuse(`error: switch \`b' requires a value`);
      if (exists(name)) return refuse(`fatal: a branch named '${name}' already exists`);
      const from = start ?? head;
      if (from === null) {
        return refuse(
          `No branch is checked out to start ${name} from: begin with git checkout PARENT.`,
        );
      }
      if (!exists(from)) {
        return refuse(
          `fatal: '${from}' is not a commit and a branch '${name}' cannot be created from it`,
        );
      }
      made.set(name, baseOf(from));
      head = name;
      said.push(`Switched to a new branch '${name}'`);
    } else if (sub === 'checkout') {
      const [target] = rest;
      if (target === undefined || target.startsWith('-')) {
        return refuse('The explorer reads git checkout BRANCH and git checkout -b NEW [START].');
      }
      if (!exists(target)) {
        const ids = [...made.keys(), ...tableKeys(project.environments)];
        return refuse(
          [
            `error: pathspec '${target}' did not match any file(s) known to git`,
            ...didYouMean(target, ids),
          ].join('\n'),
        );
      }
      head = target;
      said.push(`Switched to branch '${target}'`);
    } else if (sub === 'push') {
      const plain = rest.filter((w) => w !== '-u' && w !== '--set-upstream');
      const option = plain.find((w) => w.startsWith('-'));
      if (option) return refuse(`The explorer does not simulate git push ${option}: leave it out.`);
      const [remote, typedRef] = plain;
      if (remote !== GIT_REMOTE) {
        return refuse(
          `fatal: '${remote ?? ''}' does not appear to be a git repository\nThe project's remote is named ${GIT_REMOTE}: git push ${GIT_REMOTE} BRANCH.`,
        );
      }
      const ref = typedRef === undefined || typedRef === 'HEAD' ? head : typedRef;
      if (ref === null) return refuse(`Name the branch to push: git push ${GIT_REMOTE} BRANCH.`);
      if (ref.includes(':'))
        return refuse('The explorer pushes a branch under its own name: git push magento BRANCH.');
      if (!made.has(ref) && tableGet(project.environments, ref)) {
        said.push('Everything up-to-date');
        continue;
      }
      const parent = made.get(ref) ?? head;
      if (parent === null) {
        return refuse(
          `Which branch does ${ref} start from? git checkout PARENT && git checkout -b ${ref} first.`,
        );
      }
      pushes.push({ op: 'push', args: { parent: baseOf(parent), name: ref } });
    } else if (sub === 'add' || sub === 'commit') {
      return refuse(
        'The explorer cannot see files on your disk: edit the configuration files in the explorer, which commits and pushes them.',
      );
    } else {
      return refuse(
        `The explorer reads git checkout and git push ${GIT_REMOTE}; git ${sub ?? ''} changes nothing it shows.`,
      );
    }
  }
  const [pushed] = pushes;
  if (pushes.length > 1 || !pushed) {
    if (pushes.length > 1)
      return refuse([ONE_PER_LINE, ...commands.map((c) => `  ${c.join(' ')}`)].join('\n'));
    return output([
      ...said,
      'That changes only your clone: select the environment in the explorer to make it current.',
    ]);
  }
  return run(pushed);
}

/** The title an `environment:info -e NAME title T` line gives the branch `name`; undefined: none. */
function pushTitle(words: readonly string[], name: string): string | undefined {
  const cli = words[0] === EXECUTABLE ? words.slice(1) : words;
  const found = findCommand(cli[0] ?? '');
  if ('error' in found || found.command.name !== 'environment:info') return undefined;
  const input = bindInput(found.command as CliCommandSpec, cli.slice(1));
  if (isRefusal(input) || optionValue(input, '--environment') !== name) return undefined;
  return argumentValue(input, 'property') === 'title' ? argumentValue(input, 'value') : undefined;
}
