import type { EnvironmentId, OperationResult, Project } from '../domain/types';
import type { AppState } from './app-store';
import { OPERATIONS } from './operation-table';

export type CommandId =
  | 'branch'
  | 'merge'
  | 'sync'
  | 'activate'
  | 'deactivate'
  | 'delete'
  | 'redeploy'
  | 'snapshot';

export type Shortcut = Readonly<{ key: string; label: string }>;

export type Command = Readonly<{
  id: CommandId;
  /** The button's name, as the contract gives it. */
  label: string;
  /** What the button does, for its description. */
  hint: string;
  shortcut?: Shortcut;
  /** Commands that need more input open a form in the details panel instead of running. */
  form?: 'branch' | 'sync';
  /** Null when it can run now; otherwise the platform's reason why not. */
  disabledReason: (project: Project, env: EnvironmentId) => string | null;
  run: (state: AppState, env: EnvironmentId) => void;
}>;

function reasonOf(result: OperationResult): string | null {
  return 'error' in result ? result.error.message : null;
}

// A name no environment can have, so a dry run of Branch checks only the parent's rules.
const PROBE_BRANCH = 'explorer-probe-branch';

function immediate(
  id: 'merge' | 'activate' | 'deactivate' | 'delete' | 'redeploy' | 'snapshot',
  label: string,
  hint: string,
  shortcut?: Shortcut,
): Command {
  const op = OPERATIONS[id];
  return {
    id,
    label,
    hint,
    ...(shortcut ? { shortcut } : {}),
    disabledReason: (project, env) => reasonOf(op.perform(project, { env })),
    run: (state, env) => void state.run(id, { env }),
  };
}

/** Every operation on an environment; buttons, keyboard shortcuts and menus all use these. */
export const COMMANDS: readonly Command[] = [
  {
    id: 'branch',
    label: 'Branch',
    hint: 'Create a new environment from this one',
    shortcut: { key: 'b', label: 'B' },
    form: 'branch',
    disabledReason: (project, env) =>
      reasonOf(OPERATIONS.branch.perform(project, { parent: env, name: PROBE_BRANCH })),
    run: (state) => state.openForm('branch'),
  },
  immediate('merge', 'Merge', 'Merge this branch into its parent', { key: 'm', label: 'M' }),
  {
    id: 'sync',
    label: 'Sync',
    hint: 'Bring the parent’s code and/or data down into this environment',
    shortcut: { key: 's', label: 'S' },
    form: 'sync',
    disabledReason: (project, env) => {
      const code = reasonOf(OPERATIONS.sync.perform(project, { env, code: true, data: false }));
      const data = reasonOf(OPERATIONS.sync.perform(project, { env, code: false, data: true }));
      return code && data ? code : null;
    },
    run: (state) => state.openForm('sync'),
  },
  immediate('activate', 'Activate', 'Deploy services with a fresh copy of the parent’s data', {
    key: 'a',
    label: 'A',
  }),
  immediate('deactivate', 'Deactivate', 'Remove services and data; the branch stays'),
  immediate('delete', 'Delete', 'Remove the inactive branch from the project'),
  immediate('redeploy', 'Redeploy', 'Rebuild and deploy without a code change', {
    key: 'r',
    label: 'R',
  }),
  immediate('snapshot', 'Snapshot', 'Back up data and mounted files for 7 days'),
];

/** Disabled reasons of every command for one environment (dry runs of the domain). */
export function commandStates(
  project: Project,
  env: EnvironmentId,
): Record<CommandId, string | null> {
  return Object.fromEntries(COMMANDS.map((c) => [c.id, c.disabledReason(project, env)])) as Record<
    CommandId,
    string | null
  >;
}
