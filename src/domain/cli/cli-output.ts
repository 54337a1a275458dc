import { roleRulesOf, rulesOf } from '../plans';
import { tableGet, tableValues } from '../table';
import { childrenOf } from '../tree';
import {
  type ActivityEntry,
  type Environment,
  type EnvironmentId,
  type Project,
  SNAPSHOT_SECONDS,
} from '../types';
import { environmentLevel } from '../variable';
import {
  CLI_SPECS,
  CLI_TYPE_OF_ROLE,
  type CliCommandSpec,
  EXECUTABLE,
  preferredName,
} from './cli-grammar';
import { optionsOf } from './command-lookup';

/**
 * What the read-only commands print, drawn from the project as the CLI draws it: the
 * headings, tables and hints of research §4.10, §5, §6 and §7.
 */

/**
 * A table in the CLI's default style (Symfony Console's): `+---+` rules above and below the
 * header and at the end, `| cell |` rows, each column as wide as its widest cell.
 */
export function drawTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string[] {
  const width = (text: string) => [...text].length;
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const rule = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
  const line = (cells: readonly string[]) =>
    `|${widths.map((w, i) => ` ${(cells[i] ?? '') + ' '.repeat(w - width(cells[i] ?? ''))} `).join('|')}|`;
  return [rule, line(header), rule, ...rows.map(line), rule];
}

/** The CLI's label of a project: `TITLE (ID)`. */
export function projectLabel(project: Project): string {
  return project.title ? `${project.title} (${project.id})` : project.id;
}

/**
 * The CLI's label of an environment: `TITLE (ID)`, or the id alone when the title says no
 * more; with its type unless `withType` is false.
 */
export function environmentLabel(env: Environment, withType = true): string {
  const titled = env.title !== '' && env.title.toLowerCase() !== env.id;
  const label = titled ? `${env.title} (${env.id})` : env.id;
  return withType ? `${label} (type: ${CLI_TYPE_OF_ROLE[env.role]})` : label;
}

// Titles compared as PHP's strnatcasecmp does: case aside, runs of digits by their value.
const byTitle = (a: Environment, b: Environment) =>
  a.title.localeCompare(b.title, 'en', { numeric: true, sensitivity: 'base' });

export type EnvironmentListFilter = Readonly<{ noInactive?: boolean; types?: readonly string[] }>;

/** The environments that pass the filter, sorted by title (the CLI's default `--sort`). */
export function listedEnvironments(
  project: Project,
  filter: EnvironmentListFilter = {},
): Environment[] {
  return tableValues(project.environments)
    .filter((e) => !filter.noInactive || e.status !== 'inactive')
    .filter((e) => !filter.types?.length || filter.types.includes(CLI_TYPE_OF_ROLE[e.role]))
    .sort(byTitle);
}

/**
 * `environment:list` (research §4.10): the tree, children indented two spaces under their
 * parent, `*` after the current one, and, when there is a current one, the hints of what it
 * can do next.
 */
export function environmentListOutput(
  project: Project,
  current: EnvironmentId | null,
  filter: EnvironmentListFilter = {},
): string[] {
  const listed = listedEnvironments(project, filter);
  if (listed.length === 0) {
    const used = [filter.noInactive && '--no-inactive', filter.types?.length && '--type'].filter(
      Boolean,
    );
    return [
      used.length
        ? `No environments found (filters in use: ${used.join(', ')}).`
        : 'No environments found.',
    ];
  }
  const ids = new Set(listed.map((e) => e.id));
  const rows: string[][] = [];
  const add = (env: Environment, depth: number) => {
    const marker = env.id === current ? '*' : '';
    const status = env.status.charAt(0).toUpperCase() + env.status.slice(1);
    rows.push([
      `${'  '.repeat(depth)}${env.id}${marker}`,
      env.title,
      status,
      CLI_TYPE_OF_ROLE[env.role],
    ]);
    for (const child of listed.filter((e) => e.parentId === env.id)) add(child, depth + 1);
  };
  // Roots: no parent, or a parent the filter left out.
  for (const env of listed.filter((e) => e.parentId === null || !ids.has(e.parentId))) add(env, 0);
  const lines = ['Your environments are: ', ...drawTable(['ID', 'Title', 'Status', 'Type'], rows)];
  const currentEnv = current === null ? undefined : tableGet(project.environments, current);
  if (!currentEnv) return lines;
  return [
    ...lines,
    '* - Indicates the current environment',
    '',
    `Check out a different environment by running ${EXECUTABLE} checkout [id]`,
    ...nextSteps(project, currentEnv),
  ];
}

/**
 * The hints `environment:list` ends with, for the operations the API offers on the current
 * environment; read here from its state and the plan's rules, not by trying each operation.
 */
function nextSteps(project: Project, env: Environment): string[] {
  const role = roleRulesOf(project, env.role);
  const active = env.status === 'active';
  const rules = rulesOf(project);
  // Fixed branches of a plan whose platform provisions them can never be deleted.
  const provisioned = rules.provisioned && rules.fixedBranches.some((b) => b.id === env.id);
  const hints: [boolean, string][] = [
    [
      active && role.canBranchFrom,
      `Branch a new environment by running ${EXECUTABLE} environment:branch [new-name]`,
    ],
    [!active, `Activate the current environment by running ${EXECUTABLE} environment:activate`],
    [
      env.parentId !== null && role.canDeactivate && !provisioned,
      `Delete the current environment by running ${EXECUTABLE} environment:delete`,
    ],
    // The Magento fork's wording for snapshots (research §6, S3), with its preferred name.
    [
      active && role.snapshots,
      `Make a snapshot of the current environment by running ${EXECUTABLE} backup`,
    ],
    [
      active && env.parentId !== null,
      `Merge the current environment by running ${EXECUTABLE} environment:merge`,
    ],
    [
      active && env.parentId !== null,
      `Sync the current environment by running ${EXECUTABLE} environment:synchronize`,
    ],
  ];
  return hints.filter(([shown]) => shown).map(([, text]) => text);
}

/** The placeholder the CLI shows for a sensitive variable's value (legacy-cli VariableListCommand). */
export const SENSITIVE_PLACEHOLDER = '[Hidden: sensitive value]';

/**
 * `variable:list` (research §7): project variables, then the environment's (its own and
 * those it inherits), each level by name; a sensitive value never shown.
 */
export function variableListOutput(
  project: Project,
  env: Environment | null,
  level: 'project' | 'environment' | null,
): string[] {
  const byName = <T extends { name: string }>(list: T[]) =>
    list.sort((a, b) => a.name.localeCompare(b.name));
  const rows: string[][] = [];
  if (level !== 'environment') {
    for (const v of byName(Object.values(project.variables))) {
      rows.push([v.name, 'project', v.flags.sensitive ? SENSITIVE_PLACEHOLDER : v.value, '']);
    }
  }
  if (level !== 'project' && env) {
    for (const r of byName(environmentLevel(project, env.id))) {
      rows.push([r.name, 'environment', r.value ?? SENSITIVE_PLACEHOLDER, 'true']);
    }
  }
  if (rows.length === 0) return ['No variables found.'];
  const heading =
    level === 'project'
      ? `Project-level variables on the project ${projectLabel(project)}:`
      : level === 'environment'
        ? `Environment-level variables on the environment ${env?.id} of project ${projectLabel(project)}:`
        : `Variables on the project ${projectLabel(project)}, environment ${env?.id}:`;
  return [
    heading,
    ...drawTable(['Name', 'Level', 'Value', 'Enabled'], rows),
    '',
    `To create a new variable, run: ${EXECUTABLE} variable:create`,
    `To update a variable, run: ${EXECUTABLE} variable:update [name]`,
    `To delete a variable, run: ${EXECUTABLE} variable:delete [name]`,
  ];
}

/**
 * The project's clock as the Created column shows it: simulated time since the project
 * started (`T+0:01:05`), since the explorer's time has no calendar date.
 */
export function clockText(seconds: number): string {
  const days = Math.floor(seconds / 86400);
  const h = Math.floor((seconds % 86400) / 3600);
  const mm = String(Math.floor((seconds % 3600) / 60)).padStart(2, '0');
  const ss = String(seconds % 60).padStart(2, '0');
  return `T+${days > 0 ? `${days}d ` : ''}${h}:${mm}:${ss}`;
}

/** Activities the platform ran: the explorer's own entries for refused attempts are not among them. */
export function platformActivities(project: Project, env: EnvironmentId | null): ActivityEntry[] {
  return project.activity.filter(
    (a) => a.result !== 'refused' && (env === null || a.environment === env),
  );
}

function progressOf(project: Project, a: ActivityEntry): string {
  if (a.state === 'complete' || a.state === 'cancelled') return '100%';
  const run = a.deploy;
  const end = run?.phases.at(-1)?.end;
  if (a.state === 'pending' || !run || run.startedAt === null || end === undefined) return '0%';
  const share = (project.clock - run.startedAt) / Math.max(1, end - run.startedAt);
  return `${Math.min(99, Math.max(0, Math.floor(share * 100)))}%`;
}

/** `activity:list` (research §5): the newest `limit` activities of an environment, or of the project. */
export function activityListOutput(
  project: Project,
  env: Environment | null,
  options: Readonly<{ limit: number; incomplete: boolean }>,
): string[] {
  const all = platformActivities(project, env?.id ?? null)
    .filter((a) => !options.incomplete || a.state === 'pending' || a.state === 'in_progress')
    .reverse();
  if (all.length === 0) return ['No activities found'];
  const shown = all.slice(0, options.limit);
  const rows = shown.map((a) => [
    String(a.id),
    clockText(a.at),
    `${a.environment}: ${a.message}`,
    progressOf(project, a),
    a.state.replace('_', ' '),
    a.result ?? '',
  ]);
  const where = env
    ? `Activities on the project ${projectLabel(project)}, environment ${environmentLabel(env)}:`
    : `Activities on the project ${projectLabel(project)}:`;
  const more =
    all.length > shown.length
      ? [
          '',
          'More activities may be available.',
          `To display older activities, increase --limit above ${options.limit}, or set --start to a date in the past.`,
        ]
      : [];
  return [
    where,
    ...drawTable(['ID', 'Created', 'Description', 'Progress', 'State', 'Result'], rows),
    ...more,
  ];
}

/** `snapshot:list` (research §6): an environment's snapshots, newest first, and whether each restores. */
export function snapshotListOutput(project: Project, env: Environment): string[] {
  const snapshots = project.snapshots.filter((s) => s.environment === env.id).reverse();
  if (snapshots.length === 0) return ['No snapshots found'];
  const rows = snapshots.map((s) => [
    clockText(s.at),
    s.id,
    String(project.clock - s.at <= SNAPSHOT_SECONDS),
  ]);
  return [
    `Snapshots on the project ${projectLabel(project)}, environment ${environmentLabel(env)}:`,
    ...drawTable(['Created', 'Snapshot ID', 'Restorable'], rows),
  ];
}

/** The properties `environment:info` shows, by the API's names. */
export function environmentProperties(project: Project, env: Environment): [string, string][] {
  return [
    ['id', env.id],
    ['name', env.id],
    ['title', env.title],
    ['parent', env.parentId ?? 'null'],
    ['status', env.status],
    ['type', CLI_TYPE_OF_ROLE[env.role]],
    ['has_children', String(childrenOf(project, env.id).length > 0)],
    ['head_commit', env.head],
  ];
}

/** `environment:info` with no property: every property and its value. */
export function environmentInfoOutput(project: Project, env: Environment): string[] {
  return drawTable(['Property', 'Value'], environmentProperties(project, env));
}

/** `list`: the commands the explorer runs, by namespace, each with its visible aliases. */
export function commandListOutput(): string[] {
  // Commands without a namespace (help, list) first, as Symfony lists them.
  const shown = CLI_SPECS.filter((s) => !s.notSimulated && !s.hidden);
  const listed = [
    ...shown.filter((s) => !s.name.includes(':')),
    ...shown.filter((s) => s.name.includes(':')),
  ];
  const names = listed.map((s) => {
    const aliases = s.aliases.filter((a) => !s.hiddenAliases.includes(a));
    return aliases.length ? `${s.name} (${aliases.join(', ')})` : s.name;
  });
  const width = Math.max(...names.map((n) => n.length));
  const lines = ['Available commands (those the explorer runs):'];
  let namespace = '';
  listed.forEach((s, i) => {
    const ns = s.name.includes(':') ? (s.name.split(':')[0] as string) : '';
    if (ns !== namespace) lines.push(` ${ns}`);
    namespace = ns;
    lines.push(`  ${(names[i] as string).padEnd(width)}  ${s.description}`);
  });
  lines.push(
    '',
    `Other ${EXECUTABLE} commands are known but not run here; "${EXECUTABLE} help NAME" says why.`,
  );
  return lines;
}

/** `help COMMAND`: its description, usage, aliases, arguments and options. */
export function commandHelpOutput(command: CliCommandSpec): string[] {
  const args = command.arguments.map((a) => {
    const word = `<${a.name}>${a.many ? '...' : ''}`;
    return a.required ? word : `[${word}]`;
  });
  const usage = [
    EXECUTABLE,
    preferredName(command),
    '[options]',
    ...(args.length ? ['[--]', ...args] : []),
  ];
  const aliases = [...command.aliases.filter((a) => !command.hiddenAliases.includes(a))];
  const options = optionsOf(command).map((o) => {
    const value = o.value ? `=${o.long.slice(2).toUpperCase()}` : '';
    const many = o.value === 'many' ? ' (multiple values allowed)' : '';
    return `  ${o.short ? `${o.short}, ` : '    '}${o.long}${value}${many}`;
  });
  return [
    `Command: ${command.name}`,
    ...(aliases.length ? [`Aliases: ${aliases.join(', ')}`] : []),
    `Description: ${command.description}`,
    ...(command.notSimulated ? [`Not run by the explorer: ${command.notSimulated}`] : []),
    '',
    'Usage:',
    ` ${usage.join(' ')}`,
    ...(command.notSimulated ? [] : ['', 'Options:', ...options]),
  ];
}
