import type { Invocation, Operations } from '../domain/operations/all-operations';
import type { Operation } from '../domain/operations/operation';
import { EDITION_LABEL, planRules } from '../domain/plans';
import { tableGet } from '../domain/table';
import { childrenOf } from '../domain/tree';
import {
  EDITIONS,
  type Edition,
  type Environment,
  type EnvironmentId,
  type OperationType,
  PLAN_IDS,
  type PlanId,
  type Project,
} from '../domain/types';
import { type AppState, selectProject, useAppStore } from './app-store';
import { cliModule, operationsModule } from './lazy-module';
import { currentTheme, setTheme, type ThemeChoice } from './theme';
import { type DeploySpeed, type MainView, type OpenForm, selectFoldInactive } from './view-slice';

/**
 * Every action a user can take, as data: the toolbar, the details panel, the keyboard, the
 * command palette and the node context menu all read this table and nothing else, so a
 * label, a shortcut or a reason for being unavailable is written once.
 */

/** A key with its modifiers; `mod` is Ctrl, or Cmd on a Mac. */
export type KeyChord = Readonly<{ key: string; mod?: boolean; shift?: boolean }>;

export type CommandContext = Readonly<{
  state: AppState;
  /** The environment it acts on: the selected one, or the one a menu or focus names. */
  env: EnvironmentId | null;
  /** The domain's operations once their chunk has loaded (it is prefetched), else null. */
  ops: Operations | null;
}>;

export type CommandScope = 'environment' | 'project' | 'view';

/** Where an environment's command sits in the details panel (and its node's menu). */
export type CommandSection = 'operations' | 'views' | 'deploys' | 'edits' | 'trainer';

export type Command = Readonly<{
  id: CommandId;
  /** The button's name, as the contract gives it. */
  label: string;
  description: string;
  scope: CommandScope;
  section?: CommandSection;
  keys?: readonly KeyChord[];
  /** Null when it can run now; otherwise why not (for operations, the platform's refusal). */
  canRun: (ctx: CommandContext) => string | null;
  /** Runs it; one that cannot run says why (an operation's refusal is logged like any). */
  run: (ctx: CommandContext) => void;
  /** For toggles: whether it is on (aria-pressed). */
  pressed?: (state: AppState) => boolean;
  /** Whether running it adds a step to the undo history. */
  undoable: boolean;
}>;

/** Said wherever a share link is made or opened. */
export const SHARE_LINK_NOTE = 'Sensitive values are not included in the link';

/** Said when a project file is exported without its sensitive values. */
const SENSITIVE_LEFT_OUT = 'Sensitive values are left out (empty in the file)';

const LOADING = 'The operations are still loading; try again in a moment.';

const project = (ctx: CommandContext): Project => selectProject(ctx.state);

// A dry run per command per (project, environment): buttons re-read their state on every
// store change, and most changes touch neither.
function memoByProject<T>(compute: (project: Project, env: EnvironmentId, ops: Operations) => T) {
  let last: { project: Project; env: EnvironmentId; value: T } | null = null;
  return (ctx: CommandContext, ops: Operations): T => {
    const current = project(ctx);
    if (last?.project === current && last.env === ctx.env) return last.value;
    const value = compute(current, ctx.env as EnvironmentId, ops);
    last = { project: current, env: ctx.env as EnvironmentId, value };
    return value;
  };
}

type EnvironmentOperation =
  | Operations['merge']
  | Operations['branch']
  | Operations['sync']
  | Operations['ticket']
  | Operations['push']
  | Operations['reparent']
  | Operations['restore'];

/**
 * An operation on one environment: runs at once, or (`form`) opens the form that asks for
 * the rest; either way refused with the platform's reason, and logged, when blocked.
 */
function operationCommand(
  id: CommandId,
  label: string,
  description: string,
  pick: (ops: Operations) => EnvironmentOperation,
  extra: Partial<Pick<Command, 'keys' | 'section'>> & {
    form?: Exclude<OpenForm, null>;
  } = {},
): Command {
  const { form, ...rest } = extra;
  const blocked = memoByProject((p, env, ops) => pick(ops).blockedOn?.(p, env)?.message ?? null);
  return {
    id,
    label,
    description,
    scope: 'environment',
    section: 'operations',
    undoable: true,
    ...rest,
    canRun: (ctx) => {
      if (ctx.env === null) return 'Select an environment first.';
      return ctx.ops ? blocked(ctx, ctx.ops) : LOADING;
    },
    run: (ctx) => {
      if (ctx.env === null || !ctx.ops) return;
      const operation = pick(ctx.ops);
      if (!form) {
        ctx.state.run(operation as Operations['merge'], { env: ctx.env });
        return;
      }
      const reason = blocked(ctx, ctx.ops);
      if (reason) ctx.state.refuse(operation.type, ctx.env, { code: 'blocked', message: reason });
      else openFormOn(ctx, form);
    },
  };
}

function openFormOn(ctx: CommandContext, form: Exclude<OpenForm, null>): void {
  if (ctx.env === null) return;
  if (ctx.state.selection[ctx.state.plan] !== ctx.env) ctx.state.select(ctx.env);
  useAppStore.getState().openForm(form);
}

/** A form of the details panel for one environment (variables, services, YAML). */
function formCommand(
  id: CommandId,
  label: string,
  description: string,
  form: Exclude<OpenForm, null>,
  extra: Partial<Pick<Command, 'keys'>> = {},
): Command {
  return {
    id,
    label,
    description,
    scope: 'environment',
    section: 'edits',
    undoable: false,
    ...extra,
    canRun: (ctx) => (ctx.env === null ? 'Select an environment first.' : null),
    run: (ctx) => openFormOn(ctx, form),
  };
}

function planCommand(plan: PlanId): Command {
  const { label } = planRules(plan);
  return {
    id: `plan-${plan}`,
    label: `${label} plan`,
    description: `Show the ${label} project`,
    scope: 'view',
    undoable: false,
    canRun: () => null,
    run: (ctx) => ctx.state.setPlan(plan),
    pressed: (state) => state.plan === plan,
  };
}

function editionCommand(edition: Edition): Command {
  const label = EDITION_LABEL[edition];
  return {
    id: `rules-${edition}`,
    label: `Rules: ${label}`,
    description: `Show the plans as ${label} describes them`,
    scope: 'view',
    undoable: false,
    canRun: () => null,
    run: (ctx) => ctx.state.setEdition(edition),
    pressed: (state) => state.edition === edition,
  };
}

function request(
  id: CommandId,
  label: string,
  description: string,
  kind: Parameters<AppState['request']>[0],
  extra: Partial<Pick<Command, 'keys' | 'scope'>> = {},
): Command {
  return {
    id,
    label,
    description,
    scope: 'project',
    undoable: false,
    ...extra,
    canRun: () => null,
    run: (ctx) => ctx.state.request(kind),
  };
}

const always = () => null;

/** "Export JSON": the project as a file, sensitive values left out unless asked for. */
function exportCommand(
  id: CommandId,
  label: string,
  description: string,
  withSensitive: boolean,
): Command {
  return {
    id,
    label,
    description,
    scope: 'project',
    undoable: false,
    canRun: always,
    run: (ctx) => {
      const current = project(ctx);
      void import('../persistence/project-file').then(
        ({ downloadProjectFile, projectFileName }) => {
          downloadProjectFile(current, { withSensitive });
          ctx.state.announce(
            withSensitive
              ? `Exported "${current.title}" as ${projectFileName(current)}, with its sensitive values in plain text: keep the file private.`
              : `Exported "${current.title}" as ${projectFileName(current)}. ${SENSITIVE_LEFT_OUT}.`,
          );
        },
      );
    },
  };
}

/** The environment's deploy that has not ended, if any (pending or in progress). */
function openDeploy(ctx: CommandContext) {
  return project(ctx).activity.findLast(
    (a) => a.environment === ctx.env && (a.state === 'pending' || a.state === 'in_progress'),
  );
}

function cancelRefusal(ctx: CommandContext): string | null {
  if (ctx.env === null) return 'Select an environment first.';
  const open = openDeploy(ctx);
  if (!open) return `No deploy of ${ctx.env} is running.`;
  const build = open.deploy?.phases.find((p) => p.phase === 'build');
  if (open.state === 'in_progress' && build && project(ctx).clock >= build.end) {
    return `A deployment can only be cancelled during its build phase: ${ctx.env} is already deploying.`;
  }
  return null;
}

const FAILURES = [
  [
    'build',
    'build',
    'Fail the next deploy in the build',
    'Its build fails: the previous deploy keeps running, no downtime',
  ],
  [
    'deploy',
    'deploy',
    'Fail the next deploy in the deploy hook',
    'Its deploy hook fails: the site stays in maintenance mode',
  ],
  [
    'post-deploy',
    'post_deploy',
    'Fail the next deploy in post-deploy',
    'Its post-deploy hook fails: logged, the site stays up',
  ],
  ['none', null, 'Let the next deploy succeed', 'Take back an injected failure'],
] as const;

function failureCommand([id, phase, label, description]: (typeof FAILURES)[number]): Command {
  return {
    id: `fail-next-${id}`,
    label,
    description: `For trainers: ${description}.`,
    scope: 'environment',
    section: 'trainer',
    undoable: true,
    canRun: (ctx) => {
      if (ctx.env === null) return 'Select an environment first.';
      const env = tableGet(project(ctx).environments, ctx.env);
      if (env?.status !== 'active') return `${ctx.env} is inactive: it does not deploy.`;
      return env.failNext === phase ? (phase ? 'Already set.' : 'No failure is set.') : null;
    },
    run: (ctx) => {
      if (ctx.env !== null && ctx.ops) ctx.state.run(ctx.ops.failNext, { env: ctx.env, phase });
    },
  };
}

const SPEEDS: readonly [DeploySpeed, string, string][] = [
  ['instant', 'Deploys at once', 'Every deploy ends at once'],
  ['watch', 'Watch deploys', 'Deploys play out in seconds: building, deploying, maintenance mode'],
  ['slow', 'Watch deploys slowly', 'Deploys play out slowly, phase by phase'],
];

function speedCommand([speed, label, description]: (typeof SPEEDS)[number]): Command {
  return {
    id: `speed-${speed}`,
    label,
    description,
    scope: 'view',
    undoable: false,
    canRun: always,
    run: (ctx) => ctx.state.setDeploySpeed(speed),
    pressed: (state) => state.deploySpeed === speed,
  };
}

function viewCommand(view: MainView, label: string, description: string, key: string): Command {
  return {
    id: `view-${view}`,
    label,
    description,
    scope: 'view',
    keys: [{ key }],
    undoable: false,
    canRun: always,
    run: (ctx) => ctx.state.setView(view),
    pressed: (state) => state.view === view,
  };
}

function themeCommand(choice: ThemeChoice, label: string, description: string): Command {
  return {
    id: `theme-${choice}`,
    label,
    description,
    scope: 'view',
    undoable: false,
    canRun: always,
    run: (ctx) => {
      setTheme(choice);
      ctx.state.announce(`${label}: ${description.toLowerCase()}.`);
    },
    pressed: () => currentTheme() === choice,
  };
}

/** Every command: the operations on one environment, named as their activity types, and the rest. */
export type CommandId =
  | Exclude<OperationType, 'commit' | 'variable' | 'cancel' | 'inject-failure' | 'ticket'>
  | 'preview-merge'
  | 'compare'
  | 'add-variable'
  | 'add-service'
  | 'edit-yaml'
  | 'context-menu'
  | 'undo'
  | 'redo'
  | 'reset'
  | 'import-files'
  | 'import-paste'
  | 'paste-cli'
  | 'export-json'
  | 'export-json-sensitive'
  | 'open-json'
  | 'share-link'
  | 'export-png'
  | 'export-svg'
  | `plan-${PlanId}`
  | `rules-${Edition}`
  | 'fold-inactive'
  | 'direction'
  | 'find'
  | 'palette'
  | 'legend'
  | 'scenarios'
  | 'glossary'
  | 'tour'
  | 'cancel-deploy'
  | 'complete-ticket'
  | 'wait-day'
  | `fail-next-${'build' | 'deploy' | 'post-deploy' | 'none'}`
  | `speed-${DeploySpeed}`
  | `view-${MainView}`
  | `theme-${ThemeChoice}`;

const TABLE: readonly Command[] = [
  operationCommand(
    'branch',
    'Branch',
    'Create a new environment from this one',
    (ops) => ops.branch,
    { keys: [{ key: 'b' }], form: 'branch' },
  ),
  operationCommand('merge', 'Merge', 'Merge this branch into its parent', (ops) => ops.merge, {
    keys: [{ key: 'm' }],
  }),
  operationCommand(
    'sync',
    'Sync',
    'Bring the parent’s code and/or data down into this environment',
    (ops) => ops.sync,
    { keys: [{ key: 's' }], form: 'sync' },
  ),
  operationCommand(
    'activate',
    'Activate',
    'Deploy services with a fresh copy of the parent’s data',
    (ops) => ops.activate,
    { keys: [{ key: 'a' }] },
  ),
  operationCommand(
    'deactivate',
    'Deactivate',
    'Remove services and data; the branch stays',
    (ops) => ops.deactivate,
  ),
  operationCommand(
    'delete',
    'Delete',
    'Remove the inactive branch from the project',
    (ops) => ops.deleteBranch,
  ),
  operationCommand(
    'redeploy',
    'Redeploy',
    'Rebuild and deploy without a code change',
    (ops) => ops.redeploy,
    { keys: [{ key: 'r' }] },
  ),
  operationCommand(
    'snapshot',
    'Snapshot',
    'Back up data and mounted files for 7 days',
    (ops) => ops.snapshot,
  ),
  operationCommand(
    'restore',
    'Restore snapshot',
    'Put data and mounted files back as a snapshot of the last 7 days has them; the code stays',
    (ops) => ops.restore,
    { form: 'restore' },
  ),
  operationCommand(
    'push',
    'Push new branch',
    'Create a branch as git push does: inactive, nothing deployed, no data (allowed at the active limit)',
    (ops) => ops.push,
    { form: 'push' },
  ),
  operationCommand(
    'change-parent',
    'Change parent',
    'Choose which environment this one merges into and syncs from',
    (ops) => ops.reparent,
    { form: 'parent' },
  ),
  {
    id: 'preview-merge',
    label: 'Preview merge',
    description: 'See what merging into the parent would change, without merging',
    scope: 'environment',
    section: 'views',
    keys: [{ key: 'p' }],
    undoable: false,
    canRun: (ctx) => {
      if (ctx.env === null) return 'Select an environment first.';
      const env = tableGet(project(ctx).environments, ctx.env);
      return env?.parentId === null
        ? `${ctx.env} is the root: it has no parent to merge into.`
        : null;
    },
    run: (ctx) => {
      if (ctx.env === null) return;
      const env = tableGet(project(ctx).environments, ctx.env);
      if (env?.parentId === null)
        ctx.state.announce(`${ctx.env} is the root: it has no parent to merge into.`);
      else ctx.state.openDialog({ kind: 'merge-preview', env: ctx.env });
    },
  },
  {
    id: 'compare',
    label: 'Compare with…',
    description: 'Services and variables of two environments side by side',
    scope: 'environment',
    section: 'views',
    keys: [{ key: 'c' }],
    undoable: false,
    canRun: (ctx) => (ctx.env === null ? 'Select an environment first.' : null),
    run: (ctx) => {
      if (ctx.env === null) return;
      const env = tableGet(project(ctx).environments, ctx.env);
      // The root is compared with its first child.
      const right = env?.parentId ?? childrenOf(project(ctx), ctx.env)[0]?.id ?? ctx.env;
      ctx.state.openDialog({ kind: 'compare', left: ctx.env, right });
    },
  },
  formCommand(
    'add-variable',
    'Add variable',
    'Set a variable on this environment or the project',
    'variable',
    { keys: [{ key: 'v' }] },
  ),
  formCommand(
    'add-service',
    'Add or change a service',
    'Add a service to services.yaml, or change its version, as one commit',
    'service',
  ),
  formCommand('edit-yaml', 'Edit YAML', 'Edit the config files and commit them', 'yaml', {
    keys: [{ key: 'e' }],
  }),
  {
    id: 'context-menu',
    label: 'Environment menu',
    description: 'The commands for this environment, in a menu beside its node',
    scope: 'environment',
    keys: [{ key: 'F10', shift: true }, { key: 'ContextMenu' }],
    undoable: false,
    canRun: (ctx) => (ctx.env === null ? 'Select an environment first.' : null),
    run: (ctx) => {
      if (ctx.env !== null) ctx.state.openContextMenu({ env: ctx.env, at: null });
    },
  },
  {
    id: 'undo',
    label: 'Undo',
    description: 'Take back the last change to a project',
    scope: 'project',
    keys: [{ key: 'z', mod: true }],
    undoable: false,
    canRun: () =>
      useAppStore.temporal.getState().pastStates.length > 0 ? null : 'Nothing to undo.',
    run: (ctx) => ctx.state.undo(),
  },
  {
    id: 'redo',
    label: 'Redo',
    description: 'Do again what Undo took back',
    scope: 'project',
    keys: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true },
    ],
    undoable: false,
    canRun: () =>
      useAppStore.temporal.getState().futureStates.length > 0 ? null : 'Nothing to redo.',
    run: (ctx) => ctx.state.redo(),
  },
  {
    id: 'reset',
    label: 'Reset project',
    description: 'Back to the default project of this plan (Undo brings yours back)',
    scope: 'project',
    undoable: true,
    canRun: always,
    run: (ctx) => ctx.state.resetProject(),
  },
  request('import-files', 'Import files', 'Choose .magento files to import', 'choose-import-files'),
  {
    id: 'import-paste',
    label: 'Paste / folder…',
    description: 'Paste config files, or choose a whole project folder, to import',
    scope: 'project',
    undoable: false,
    canRun: always,
    run: (ctx) => ctx.state.openDialog({ kind: 'import' }),
  },
  {
    id: 'paste-cli',
    label: 'Paste CLI output',
    description:
      'Paste what magento-cloud environment:list (and variable:list) printed, to see your own project',
    scope: 'project',
    undoable: false,
    canRun: always,
    run: (ctx) => ctx.state.openDialog({ kind: 'cli-paste' }),
  },
  exportCommand(
    'export-json',
    'Export JSON',
    'Download this project as a JSON file, its sensitive values left out',
    false,
  ),
  exportCommand(
    'export-json-sensitive',
    'Export JSON with sensitive values',
    'Download this project with every sensitive value in plain text: keep the file private',
    true,
  ),
  request(
    'open-json',
    'Open project JSON',
    'Open a project exported as JSON',
    'choose-project-json',
  ),
  {
    id: 'share-link',
    label: 'Copy share link',
    description: `${SHARE_LINK_NOTE}.`,
    scope: 'project',
    undoable: false,
    canRun: always,
    run: (ctx) => {
      const current = project(ctx);
      const selected = ctx.state.selection[ctx.state.plan];
      void import('../persistence/share-link').then(async ({ makeShareLink }) => {
        const link = await makeShareLink(current, window.location.href, selected);
        try {
          await navigator.clipboard.writeText(link);
          ctx.state.showShareLink(null);
          ctx.state.announce(`Share link copied. ${SHARE_LINK_NOTE}.`);
        } catch {
          ctx.state.showShareLink(link);
          ctx.state.announce(`Copy the share link from the box. ${SHARE_LINK_NOTE}.`);
        }
      });
    },
  },
  request('export-png', 'Export PNG', 'Download the whole diagram as a PNG image', 'export-png', {
    scope: 'view',
  }),
  request('export-svg', 'Export SVG', 'Download the whole diagram as an SVG image', 'export-svg', {
    scope: 'view',
  }),
  ...PLAN_IDS.map(planCommand),
  ...EDITIONS.map(editionCommand),
  {
    id: 'fold-inactive',
    label: 'Fold inactive',
    description: 'Fold each parent’s inactive branches into one node',
    scope: 'view',
    undoable: false,
    canRun: always,
    run: (ctx) => ctx.state.chooseFold(!selectFoldInactive(ctx.state)),
    pressed: selectFoldInactive,
  },
  {
    id: 'direction',
    label: 'Left to right',
    description: 'Draw the tree from the left instead of from the top',
    scope: 'view',
    undoable: false,
    canRun: always,
    run: (ctx) => ctx.state.setDirection(ctx.state.direction === 'TB' ? 'LR' : 'TB'),
    pressed: (state) => state.direction === 'LR',
  },
  request('find', 'Find an environment', 'Search by branch or title', 'focus-search', {
    keys: [{ key: '/' }],
    scope: 'view',
  }),
  {
    id: 'cancel-deploy',
    label: 'Cancel deploy',
    description: 'Cancel the deploy under way while it still builds (nothing is deployed)',
    scope: 'environment',
    section: 'deploys',
    undoable: true,
    canRun: cancelRefusal,
    run: (ctx) => {
      const open = openDeploy(ctx);
      const reason = cancelRefusal(ctx);
      if (reason) ctx.state.announce(reason);
      else if (open && ctx.ops) ctx.state.run(ctx.ops.cancel, { activity: open.id });
    },
  },
  operationCommand(
    'complete-ticket',
    'Complete support ticket',
    'Support applies the service, route and application changes waiting here (real tickets take up to 48 hours)',
    (ops) => ops.ticket,
    { section: 'deploys' },
  ),
  {
    id: 'wait-day',
    label: 'Let a day pass',
    description:
      'Simulated time moves on 24 hours: deploys under way end, snapshots age (restorable for 7 days)',
    scope: 'project',
    undoable: true,
    canRun: (ctx) => (ctx.ops ? null : LOADING),
    run: (ctx) => ctx.state.passDay(),
  },
  ...FAILURES.map(failureCommand),
  ...SPEEDS.map(speedCommand),
  {
    id: 'palette',
    label: 'Commands',
    description: 'Every command, searchable',
    scope: 'view',
    keys: [{ key: 'k', mod: true }],
    undoable: false,
    canRun: always,
    run: (ctx) => ctx.state.openDialog({ kind: 'palette' }),
  },
  {
    id: 'scenarios',
    label: 'Scenarios',
    description:
      'Guided exercises with goals checked as you go: ship a feature, promote to Production…',
    scope: 'view',
    undoable: false,
    canRun: always,
    run: (ctx) => ctx.state.openDialog({ kind: 'scenarios' }),
  },
  {
    id: 'legend',
    label: 'Legend',
    description: 'What the diagram’s colours, icons, arrows and deploy states mean',
    scope: 'view',
    undoable: false,
    canRun: always,
    run: (ctx) => ctx.state.openDialog({ kind: 'legend' }),
  },
  {
    id: 'glossary',
    label: 'Glossary',
    description: 'The terms the explorer uses, each in a sentence or two',
    scope: 'view',
    undoable: false,
    canRun: always,
    run: (ctx) => ctx.state.openDialog({ kind: 'glossary' }),
  },
  {
    id: 'tour',
    label: 'Take the tour',
    description: 'The first-visit tour again: the diagram, details, merging, Activity and Undo',
    scope: 'view',
    undoable: false,
    canRun: always,
    run: (ctx) => ctx.state.openDialog({ kind: 'tour' }),
  },
  viewCommand('diagram', 'Diagram view', 'Show the environments as the diagram', 'd'),
  viewCommand('list', 'List view', 'Show the environments as a sortable, filterable list', 'l'),
  themeCommand('system', 'Theme: System', 'Follow the system’s light or dark setting'),
  themeCommand('light', 'Theme: Light', 'Keep this browser light, whatever the system says'),
  themeCommand('dark', 'Theme: Dark', 'Keep this browser dark, whatever the system says'),
];

export const COMMANDS: readonly Command[] = TABLE;

const BY_ID = new Map(TABLE.map((command) => [command.id, command]));

export function command(id: CommandId): Command {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`No command ${id}`);
  return found;
}

/** The context a command runs in now: the store as it is, on `env` (default: the selection). */
export function commandContext(env?: EnvironmentId | null): CommandContext {
  const state = useAppStore.getState();
  return {
    state,
    env: env === undefined ? state.selection[state.plan] : env,
    ops: operationsModule.get(),
  };
}

/**
 * Runs a command now; one that needs the operations waits for their chunk first (it is
 * prefetched, so this is rare), then runs in the context of that moment.
 */
export function runCommand(id: CommandId, env?: EnvironmentId | null): void {
  const ctx = commandContext(env);
  const target = command(id);
  if (ctx.ops || target.scope !== 'environment') target.run(ctx);
  else void operationsModule.load().then(() => target.run(commandContext(ctx.env)));
}

// --- keys

const isLetter = (key: string) => key.length === 1;

/** Whether a key event is this chord (letters case-insensitively; no Alt). */
export function chordMatches(chord: KeyChord, event: KeyboardEvent): boolean {
  const key = isLetter(chord.key) ? event.key.toLowerCase() : event.key;
  return (
    key === chord.key &&
    (event.ctrlKey || event.metaKey) === Boolean(chord.mod) &&
    event.shiftKey === Boolean(chord.shift) &&
    !event.altKey
  );
}

/** The command a key event asks for, if any. */
export function commandForKey(event: KeyboardEvent): Command | undefined {
  return TABLE.find((c) => c.keys?.some((chord) => chordMatches(chord, event)));
}

function keyName(key: string): string {
  return isLetter(key) ? key.toUpperCase() : key;
}

/** What a chord is called on screen, e.g. "Ctrl/Cmd+Shift+Z", "M", "Shift+F10". */
export function chordLabel(chord: KeyChord): string {
  return `${chord.mod ? 'Ctrl/Cmd+' : ''}${chord.shift ? 'Shift+' : ''}${keyName(chord.key)}`;
}

/** The shortcuts of a command for `aria-keyshortcuts`, e.g. "Control+Z Meta+Z". */
export function ariaKeyShortcuts(keys: readonly KeyChord[] | undefined): string | undefined {
  if (!keys || keys.length === 0) return undefined;
  return keys
    .flatMap((chord) => {
      const rest = `${chord.shift ? 'Shift+' : ''}${keyName(chord.key)}`;
      return chord.mod ? [`Control+${rest}`, `Meta+${rest}`] : [rest];
    })
    .join(' ');
}

/** The first shortcut's label, for titles and the palette; undefined when it has none. */
export function shortcutLabel(target: Command): string | undefined {
  const [first] = target.keys ?? [];
  return first ? chordLabel(first) : undefined;
}

// --- the command line

/** What a typed command line answered: its output, or why it did not run. */
export type TypedOutcome = Readonly<{ lines: readonly string[]; error: boolean }>;

/**
 * Runs a typed `magento-cloud` or `git` command line: a command that changes the project runs
 * through the same operations as the buttons (logged with its command line); one that reads
 * (environment:list, variable:list…) answers with its output.
 */
export function runTypedCommand(line: string): TypedOutcome {
  const cli = cliModule.get();
  const ops = operationsModule.get();
  if (!cli || !ops) return { lines: [LOADING], error: true };
  const state = useAppStore.getState();
  const parsed = cli.parseCommandLine(line, selectProject(state), state.selection[state.plan]);
  if (parsed.kind === 'error') return { lines: parsed.message.split('\n'), error: true };
  if (parsed.kind === 'output') return { lines: parsed.lines, error: false };
  const { op, args } = parsed.invocation;
  const ran = state.run(ops[op] as Operation<typeof args>, args);
  return { lines: [useAppStore.getState().announcement?.text ?? ''], error: !ran };
}

/** Completions of the word at the end of a typed command line. */
export function completeTypedCommand(line: string): Readonly<{
  from: number;
  candidates: readonly string[];
}> {
  const cli = cliModule.get();
  if (!cli) return { from: line.length, candidates: [] };
  return cli.completeCommandLine(line, selectProject(useAppStore.getState()));
}

// --- the CLI equivalent of each command

type CliTemplate = (env: Environment, project: Project) => Invocation | null;

const NEW_BRANCH = 'new-branch';
const onEnv =
  <
    Op extends
      | 'merge'
      | 'activate'
      | 'deactivate'
      | 'deleteBranch'
      | 'redeploy'
      | 'snapshot'
      | 'ticket',
  >(
    op: Op,
  ): CliTemplate =>
  (env) =>
    ({ op, args: { env: env.id } }) as Invocation;
const failNextOf =
  (phase: Environment['failNext']): CliTemplate =>
  (env) => ({ op: 'failNext', args: { env: env.id, phase } });
const configCommit: CliTemplate = (env) => ({
  op: 'commit',
  args: { env: env.id, files: { '.magento/services.yaml': '' }, message: 'Change services' },
});

/**
 * What each command is on a real project, as the invocation whose command line it prints
 * (for the environment it acts on; placeholders where a form asks for the rest). A command
 * that is the explorer's own (undo, the views, files of this app) maps to null.
 */
export const CLI_TEMPLATES: Readonly<Record<CommandId, CliTemplate | null>> = {
  branch: (env) => ({ op: 'branch', args: { parent: env.id, name: NEW_BRANCH } }),
  merge: onEnv('merge'),
  sync: (env) => ({ op: 'sync', args: { env: env.id, code: true, data: true } }),
  activate: onEnv('activate'),
  deactivate: onEnv('deactivate'),
  delete: onEnv('deleteBranch'),
  redeploy: onEnv('redeploy'),
  snapshot: onEnv('snapshot'),
  restore: (env, p) => {
    const newest = p.snapshots.findLast((s) => s.environment === env.id);
    return { op: 'restore', args: { env: env.id, snapshot: newest?.id ?? 'SNAPSHOT_ID' } };
  },
  push: (env) => ({ op: 'push', args: { parent: env.id, name: NEW_BRANCH } }),
  'change-parent': (env) =>
    env.parentId === null ? null : { op: 'reparent', args: { env: env.id, parent: env.parentId } },
  'complete-ticket': onEnv('ticket'),
  'cancel-deploy': (env, p) => {
    const open = p.activity.findLast(
      (a) => a.environment === env.id && (a.state === 'pending' || a.state === 'in_progress'),
    );
    return open ? { op: 'cancel', args: { activity: open.id } } : null;
  },
  'add-variable': (env) => ({
    op: 'setVariable',
    args: {
      env: env.id,
      variable: {
        name: 'NAME',
        value: 'value',
        flags: { inheritable: true, sensitive: false, build: false, runtime: true, json: false },
      },
    },
  }),
  'add-service': configCommit,
  'edit-yaml': configCommit,
  'fail-next-build': failNextOf('build'),
  'fail-next-deploy': failNextOf('deploy'),
  'fail-next-post-deploy': failNextOf('post_deploy'),
  'fail-next-none': failNextOf(null),
  'preview-merge': null,
  compare: null,
  'context-menu': null,
  undo: null,
  redo: null,
  reset: null,
  'import-files': null,
  'import-paste': null,
  'paste-cli': null,
  'export-json': null,
  'export-json-sensitive': null,
  'open-json': null,
  'share-link': null,
  'export-png': null,
  'export-svg': null,
  'plan-starter': null,
  'plan-pro': null,
  'plan-pro-legacy': null,
  'rules-2.1': null,
  'rules-today': null,
  'fold-inactive': null,
  direction: null,
  find: null,
  palette: null,
  'wait-day': null,
  'speed-instant': null,
  'speed-watch': null,
  'speed-slow': null,
  scenarios: null,
  legend: null,
  glossary: null,
  tour: null,
  'view-diagram': null,
  'view-list': null,
  'theme-system': null,
  'theme-light': null,
  'theme-dark': null,
};

/**
 * The command line that does what command `id` does, on `env` (default: the selection), on a
 * real project; null for one of the explorer's own, or before the CLI's chunk has loaded.
 */
export function commandLine(id: CommandId, env?: EnvironmentId | null): string | null {
  const ctx = commandContext(env);
  const cli = cliModule.get();
  const template = CLI_TEMPLATES[id];
  if (!template || !cli || ctx.env === null) return null;
  const current = project(ctx);
  const target = tableGet(current.environments, ctx.env);
  const invocation = target ? template(target, current) : null;
  return invocation ? cli.commandLineOf(invocation, current) : null;
}
