import type { Role } from '../types';

/**
 * The magento-cloud CLI (version 1.46.1) as data: every command the explorer knows by name,
 * with its aliases, arguments and options exactly as the research notes record them
 * (/work/research/magento-cloud-cli.md §2–7, cli-commands.json). Commands the explorer runs
 * carry their full definition; the others carry only their names and why they do not run,
 * so that a typed abbreviation resolves (or is ambiguous) as it would in the real CLI.
 */

/** What a value can be completed from. */
export type Completion =
  | 'environment'
  | 'level'
  | 'sync'
  | 'snapshot'
  | 'variable'
  | 'activity'
  | 'property'
  | 'type'
  | 'boolean';

export type CliOption = Readonly<{
  /** With its dashes: `--title`. */
  long: string;
  short?: string;
  /** Takes a value: one, or several (repeatable or comma-separated). Absent: a flag. */
  value?: 'one' | 'many';
  completes?: Completion;
}>;

export type CliArgument = Readonly<{
  name: string;
  required?: boolean;
  /** Takes every remaining word. */
  many?: boolean;
  completes?: Completion;
}>;

export type CliCommandSpec = Readonly<{
  name: string;
  /** Visible aliases, the preferred one (what usage lines print) first. */
  aliases: readonly string[];
  /** Accepted in full, never listed (research §1: Symfony looks them up like any name). */
  hiddenAliases: readonly string[];
  description: string;
  arguments: readonly CliArgument[];
  /** The command's own options and the common -p, -e, -W, --wait it has; not the global ones. */
  options: readonly CliOption[];
  /** The argument that can name the environment instead of -e (research §3). */
  environmentArgument?: string;
  /** Options the explorer acts on (long names); any other option of the command is refused. */
  simulated: readonly string[];
  /** Deprecated forms (research §7): accepted, never listed. */
  hidden?: boolean;
  /** Why the explorer does not run it, as a sentence; absent: it runs. */
  notSimulated?: string;
}>;

/** Options every command has (research §2). */
export const GLOBAL_OPTIONS: readonly CliOption[] = [
  { long: '--help', short: '-h' },
  { long: '--verbose', short: '-v' },
  { long: '--version', short: '-V' },
  { long: '--yes', short: '-y' },
  { long: '--no-interaction' },
  { long: '--quiet', short: '-q' },
  { long: '--no', short: '-n' },
  { long: '--ansi' },
  { long: '--no-ansi' },
];

/** Long names of the options that change nothing in the explorer (output, prompts, waiting). */
export const IGNORED_OPTIONS: readonly string[] = [
  '--verbose',
  '--version',
  '--yes',
  '--no-interaction',
  '--quiet',
  '--ansi',
  '--no-ansi',
  '--project',
  '--no-wait',
  '--wait',
];

const PROJECT: CliOption = { long: '--project', short: '-p', value: 'one' };
const ENVIRONMENT: CliOption = {
  long: '--environment',
  short: '-e',
  value: 'one',
  completes: 'environment',
};
const WAIT: readonly CliOption[] = [{ long: '--no-wait', short: '-W' }, { long: '--wait' }];
/** -p, -e, -W and --wait, which most project and environment commands have. */
const ON_ENVIRONMENT: readonly CliOption[] = [PROJECT, ENVIRONMENT, ...WAIT];
const TABLE: readonly CliOption[] = [
  { long: '--format', value: 'one' },
  { long: '--columns', short: '-c', value: 'many' },
  { long: '--no-header' },
];
const DATE_FORMAT: CliOption = { long: '--date-fmt', value: 'one' };
const ACTIVITY_FILTERS: readonly CliOption[] = [
  { long: '--type', short: '-t', value: 'many' },
  { long: '--exclude-type', short: '-x', value: 'many' },
];

/** The form fields of variable:create and variable:update: booleans that take a value (§7). */
const VARIABLE_FLAGS: readonly CliOption[] = [
  { long: '--json', value: 'one', completes: 'boolean' },
  { long: '--sensitive', value: 'one', completes: 'boolean' },
  { long: '--enabled', value: 'one', completes: 'boolean' },
  { long: '--inheritable', value: 'one', completes: 'boolean' },
  { long: '--visible-build', value: 'one', completes: 'boolean' },
  { long: '--visible-runtime', value: 'one', completes: 'boolean' },
];
const LEVEL: CliOption = { long: '--level', short: '-l', value: 'one', completes: 'level' };
const VARIABLE_FLAG_NAMES = VARIABLE_FLAGS.map((o) => o.long);

type SpecSeed = Omit<CliCommandSpec, 'aliases' | 'hiddenAliases' | 'arguments' | 'simulated'> &
  Partial<Pick<CliCommandSpec, 'aliases' | 'hiddenAliases' | 'arguments' | 'simulated'>>;

function spec(seed: SpecSeed): CliCommandSpec {
  return { aliases: [], hiddenAliases: [], arguments: [], simulated: [], ...seed };
}

/** A real command the explorer does not run: its names, and where to look instead. */
function known(
  name: string,
  description: string,
  notSimulated: string,
  names: Partial<Pick<CliCommandSpec, 'aliases' | 'hiddenAliases' | 'hidden'>> = {},
): CliCommandSpec {
  return spec({ name, description, options: [], notSimulated, ...names });
}

const NO_INTEGRATIONS = "The explorer's projects have no integrations.";
const DEPRECATED_VARIABLE =
  'It is deprecated (research §7): use variable:create, variable:update or variable:delete.';

/** Every command the explorer knows, in the CLI's list order (by name). */
export const CLI_SPECS: readonly CliCommandSpec[] = [
  spec({
    name: 'activity:cancel',
    description: 'Cancel an activity',
    arguments: [{ name: 'id', completes: 'activity' }],
    options: [...ACTIVITY_FILTERS, { long: '--all', short: '-a' }, PROJECT, ENVIRONMENT],
    simulated: ['--environment', '--all'],
  }),
  known(
    'activity:get',
    'View detailed information on a single activity',
    'Open the activity in the Activity region to see it.',
  ),
  spec({
    name: 'activity:list',
    aliases: ['activities', 'act'],
    description: 'Get a list of activities for an environment or project',
    options: [
      ...ACTIVITY_FILTERS,
      { long: '--limit', value: 'one' },
      { long: '--start', value: 'one' },
      { long: '--state', value: 'many' },
      { long: '--result', value: 'one' },
      { long: '--incomplete', short: '-i' },
      { long: '--all', short: '-a' },
      ...TABLE,
      DATE_FORMAT,
      PROJECT,
      ENVIRONMENT,
    ],
    simulated: ['--limit', '--incomplete', '--all', '--environment'],
  }),
  known(
    'activity:log',
    'Display the log for an activity',
    'Open the activity in the Activity region: its log shows in the region named "Log".',
  ),
  spec({
    name: 'environment:activate',
    description: 'Activate an environment',
    arguments: [{ name: 'environment', many: true, completes: 'environment' }],
    options: [{ long: '--parent', value: 'one', completes: 'environment' }, ...ON_ENVIRONMENT],
    environmentArgument: 'environment',
    simulated: ['--environment', '--parent'],
  }),
  spec({
    name: 'environment:branch',
    aliases: ['branch'],
    description: 'Branch an environment',
    arguments: [{ name: 'id' }, { name: 'parent', completes: 'environment' }],
    options: [
      { long: '--title', value: 'one' },
      { long: '--type', value: 'one', completes: 'type' },
      { long: '--no-clone-parent' },
      ...ON_ENVIRONMENT,
    ],
    environmentArgument: 'parent',
    simulated: ['--title', '--type', '--no-clone-parent', '--environment'],
  }),
  known(
    'environment:checkout',
    'Check out an environment',
    'Select the environment in the explorer: the selected one plays the checked-out branch.',
    { aliases: ['checkout'] },
  ),
  spec({
    name: 'environment:delete',
    hiddenAliases: ['environment:deactivate'],
    description: 'Delete one or more environments',
    arguments: [{ name: 'environment', many: true, completes: 'environment' }],
    options: [
      { long: '--delete-branch' },
      { long: '--no-delete-branch' },
      { long: '--type', value: 'many', completes: 'type' },
      { long: '--only-type', short: '-t', value: 'many', completes: 'type' },
      { long: '--exclude', value: 'many', completes: 'environment' },
      { long: '--exclude-type', value: 'many', completes: 'type' },
      { long: '--inactive' },
      { long: '--merged' },
      { long: '--allow-delete-parent' },
      ...ON_ENVIRONMENT,
    ],
    environmentArgument: 'environment',
    simulated: ['--delete-branch', '--no-delete-branch', '--allow-delete-parent', '--environment'],
  }),
  spec({
    name: 'environment:info',
    hiddenAliases: ['environment:metadata'],
    description: 'Read or set properties for an environment',
    arguments: [{ name: 'property', completes: 'property' }, { name: 'value' }],
    options: [{ long: '--refresh' }, DATE_FORMAT, ...TABLE, ...ON_ENVIRONMENT],
    simulated: ['--environment', '--refresh'],
  }),
  spec({
    name: 'environment:list',
    aliases: ['environments', 'env'],
    description: 'Get a list of environments',
    options: [
      { long: '--no-inactive', short: '-I' },
      { long: '--pipe' },
      { long: '--refresh', value: 'one' },
      { long: '--sort', value: 'one' },
      { long: '--reverse' },
      { long: '--type', value: 'many', completes: 'type' },
      ...TABLE,
      PROJECT,
    ],
    simulated: ['--no-inactive', '--pipe', '--refresh', '--type'],
  }),
  known(
    'environment:logs',
    "Read an environment's logs",
    'Each deploy\'s log is in the Activity region: open an activity to see it under "Log".',
    { aliases: ['log', 'logs'], hiddenAliases: ['logs'] },
  ),
  spec({
    name: 'environment:merge',
    aliases: ['merge'],
    description: 'Merge an environment',
    arguments: [{ name: 'environment', completes: 'environment' }],
    options: ON_ENVIRONMENT,
    environmentArgument: 'environment',
    simulated: ['--environment'],
  }),
  known(
    'environment:pause',
    'Pause an environment',
    'The explorer has no paused environments: deactivate one instead.',
  ),
  spec({
    name: 'environment:push',
    aliases: ['push'],
    description: 'Push code to an environment',
    arguments: [{ name: 'source', completes: 'environment' }],
    options: [
      { long: '--target', value: 'one', completes: 'environment' },
      { long: '--force', short: '-f' },
      { long: '--force-with-lease' },
      { long: '--set-upstream', short: '-u' },
      { long: '--activate' },
      { long: '--parent', value: 'one', completes: 'environment' },
      { long: '--type', value: 'one', completes: 'type' },
      { long: '--no-clone-parent' },
      ...WAIT,
      PROJECT,
      ENVIRONMENT,
      { long: '--identity-file', short: '-i', value: 'one' },
    ],
    simulated: [
      '--target',
      '--environment',
      '--force',
      '--force-with-lease',
      '--set-upstream',
      '--identity-file',
      '--activate',
      '--parent',
      '--type',
      '--no-clone-parent',
    ],
  }),
  spec({
    name: 'environment:redeploy',
    aliases: ['redeploy'],
    description: 'Redeploy an environment',
    options: ON_ENVIRONMENT,
    simulated: ['--environment'],
  }),
  known(
    'environment:resume',
    'Resume a paused environment',
    'The explorer has no paused environments: activate an inactive one instead.',
  ),
  spec({
    name: 'environment:synchronize',
    aliases: ['sync'],
    description: "Synchronize an environment's code and/or data from its parent",
    arguments: [{ name: 'synchronize', many: true, completes: 'sync' }],
    options: [{ long: '--rebase' }, ...ON_ENVIRONMENT],
    simulated: ['--rebase', '--environment'],
  }),
  known(
    'environment:url',
    'Get the public URLs of an environment',
    "The details panel shows each environment's URL.",
    { aliases: ['url'] },
  ),
  spec({
    name: 'help',
    description: 'Display help for a command',
    arguments: [{ name: 'command_name' }],
    options: [],
  }),
  known(
    'integration:activity:get',
    'View detailed information on a single integration activity',
    NO_INTEGRATIONS,
  ),
  known(
    'integration:activity:list',
    'Get a list of activities for an integration',
    NO_INTEGRATIONS,
    {
      aliases: ['int:act', 'integration:activities', 'i:act'],
      hiddenAliases: ['integration:activities', 'i:act'],
    },
  ),
  known('integration:activity:log', 'Display the log for an integration activity', NO_INTEGRATIONS),
  known('integration:add', 'Add an integration to the project', NO_INTEGRATIONS),
  known('integration:delete', 'Delete an integration from a project', NO_INTEGRATIONS),
  known('integration:get', 'View details of an integration', NO_INTEGRATIONS),
  known('integration:list', 'View a list of project integration(s)', NO_INTEGRATIONS, {
    aliases: ['integrations'],
  }),
  known('integration:update', 'Update an integration', NO_INTEGRATIONS),
  known('integration:validate', 'Validate an existing integration', NO_INTEGRATIONS),
  spec({
    name: 'list',
    description: 'List commands',
    arguments: [{ name: 'namespace' }],
    options: [],
  }),
  known('project:variable:delete', 'Delete a variable from a project', DEPRECATED_VARIABLE, {
    hidden: true,
  }),
  known('project:variable:get', 'View variable(s) for a project', DEPRECATED_VARIABLE, {
    aliases: ['project-variables', 'pvget', 'project:variable:list'],
    hiddenAliases: ['project:variable:list'],
    hidden: true,
  }),
  known('project:variable:set', 'Set a variable for a project', DEPRECATED_VARIABLE, {
    aliases: ['pvset'],
    hidden: true,
  }),
  spec({
    name: 'snapshot:create',
    aliases: ['backup'],
    hiddenAliases: ['backup:create', 'environment:backup'],
    description: 'Make a snapshot of an environment',
    arguments: [{ name: 'environment', completes: 'environment' }],
    options: [{ long: '--live' }, ...ON_ENVIRONMENT],
    environmentArgument: 'environment',
    simulated: ['--live', '--environment'],
  }),
  known(
    'snapshot:delete',
    'Delete an environment snapshot',
    'Snapshots expire by themselves after 7 days here: snapshot:list shows them.',
  ),
  known(
    'snapshot:get',
    'View an environment snapshot',
    'snapshot:list shows every snapshot of an environment and whether it can be restored.',
  ),
  spec({
    name: 'snapshot:list',
    aliases: ['snapshots'],
    hiddenAliases: ['backups', 'backup:list'],
    description: 'List available snapshots of an environment',
    options: [...TABLE, DATE_FORMAT, PROJECT, ENVIRONMENT],
    simulated: ['--environment'],
  }),
  spec({
    name: 'snapshot:restore',
    hiddenAliases: ['environment:restore', 'backup:restore'],
    description: 'Restore an environment snapshot',
    arguments: [{ name: 'snapshot', completes: 'snapshot' }],
    options: [
      { long: '--target', value: 'one', completes: 'environment' },
      { long: '--branch-from', value: 'one', completes: 'environment' },
      ...ON_ENVIRONMENT,
    ],
    simulated: ['--target', '--environment'],
  }),
  spec({
    name: 'variable:create',
    description: 'Create a variable',
    arguments: [{ name: 'name' }],
    options: [
      { long: '--update', short: '-u' },
      LEVEL,
      { long: '--name', value: 'one' },
      { long: '--value', value: 'one' },
      ...VARIABLE_FLAGS,
      { long: '--prefix', value: 'one' },
      ...ON_ENVIRONMENT,
    ],
    simulated: [
      '--update',
      '--level',
      '--name',
      '--value',
      '--prefix',
      '--environment',
      ...VARIABLE_FLAG_NAMES,
    ],
  }),
  spec({
    name: 'variable:delete',
    description: 'Delete a variable',
    arguments: [{ name: 'name', required: true, completes: 'variable' }],
    options: [LEVEL, ...ON_ENVIRONMENT],
    simulated: ['--level', '--environment'],
  }),
  known(
    'variable:get',
    'View a variable',
    'The Variables table of the details panel shows it; variable:list lists them all.',
    { aliases: ['vget'] },
  ),
  spec({
    name: 'variable:list',
    aliases: ['variables', 'var'],
    description: 'List variables',
    options: [LEVEL, ...TABLE, PROJECT, ENVIRONMENT],
    simulated: ['--level', '--environment'],
  }),
  known('variable:set', 'Set a variable for an environment', DEPRECATED_VARIABLE, {
    aliases: ['vset'],
    hidden: true,
  }),
  spec({
    name: 'variable:update',
    description: 'Update a variable',
    arguments: [{ name: 'name', required: true, completes: 'variable' }],
    options: [
      { long: '--allow-no-change' },
      LEVEL,
      { long: '--value', value: 'one' },
      ...VARIABLE_FLAGS,
      ...ON_ENVIRONMENT,
    ],
    simulated: ['--allow-no-change', '--level', '--value', '--environment', ...VARIABLE_FLAG_NAMES],
  }),
];

/** The command's definition by its full name; throws for a name the grammar lacks. */
export function cliSpec(name: string): CliCommandSpec {
  const found = CLI_SPECS.find((s) => s.name === name);
  if (!found) throw new Error(`No magento-cloud command ${name} in the grammar`);
  return found;
}

/** The name the CLI prints in usage lines: the first visible alias, else the full name (§9.9). */
export function preferredName(command: CliCommandSpec): string {
  return command.aliases.find((a) => !command.hiddenAliases.includes(a)) ?? command.name;
}

export type CliCommandSummary = Readonly<{
  name: string;
  /** Visible aliases, preferred first. */
  aliases: readonly string[];
  description: string;
}>;

/** Every command the explorer runs, by name, with a one-line description (for help and `list`). */
export const CLI_COMMANDS: readonly CliCommandSummary[] = CLI_SPECS.filter(
  (s) => !s.notSimulated,
).map((s) => ({
  name: s.name,
  aliases: s.aliases.filter((a) => !s.hiddenAliases.includes(a)),
  description: s.description,
}));

/** What `synchronize` takes (research §4.3; `resources` only with sizing, which Magento has off). */
export const SYNC_VALUES = ['code', 'data', 'both'] as const;

/** The environment types the API knows. */
export const CLI_TYPES = ['production', 'staging', 'development'] as const;
export type CliType = (typeof CLI_TYPES)[number];

/**
 * The CLI's type of each of the explorer's roles: the live site's environments are
 * `production` (Pro's master too, being the project's default branch, which the API always
 * types production), Staging is `staging`, and every branch for work (Integration,
 * Development) is `development`.
 */
export const CLI_TYPE_OF_ROLE: Readonly<Record<Role, CliType>> = {
  'global-master': 'production',
  production: 'production',
  staging: 'staging',
  integration: 'development',
  development: 'development',
};

/** The git remote of a Magento Cloud checkout (research §1, from the 2016 config). */
export const GIT_REMOTE = 'magento';

export const EXECUTABLE = 'magento-cloud';
