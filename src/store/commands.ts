import { branchFromRefusal } from '../domain/operations/branch-environment';
import type { OperationType } from '../domain/operations/operation-type';
import type { EnvironmentId, OperationError, OperationResult, Project } from '../domain/types';
import type { AppState } from './app-store';
import { OPERATIONS } from './operation-table';

/** Every operation on one environment; config commits and variables have their own forms. */
export type CommandId = Exclude<OperationType, 'commit' | 'variable'>;

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
  /** Null when it can run now; otherwise the platform's refusal (a dry run). */
  check: (project: Project, env: EnvironmentId) => OperationError | null;
  /** Runs it; a blocked command is refused with its reason, in the log like any refusal. */
  run: (state: AppState, env: EnvironmentId) => void;
}>;

function errorOf(result: OperationResult): OperationError | null {
  return 'error' in result ? result.error : null;
}

/** A command that needs a form: refused at once when blocked, otherwise opens the form. */
function withForm(
  id: 'branch' | 'sync',
  check: Command['check'],
): Pick<Command, 'form' | 'check' | 'run'> {
  return {
    form: id,
    check,
    run: (state, env) => {
      const error = check(state.projects[state.plan], env);
      if (error) state.refuse(id, env, error);
      else state.openForm(id);
    },
  };
}

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
    check: (project, env) => errorOf(op.perform(project, { env })),
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
    ...withForm('branch', (project, env) => branchFromRefusal(project, env)?.error ?? null),
  },
  immediate('merge', 'Merge', 'Merge this branch into its parent', { key: 'm', label: 'M' }),
  {
    id: 'sync',
    label: 'Sync',
    hint: 'Bring the parent’s code and/or data down into this environment',
    shortcut: { key: 's', label: 'S' },
    // Blocked only when neither code nor data can come down.
    ...withForm('sync', (project, env) => {
      const code = errorOf(OPERATIONS.sync.perform(project, { env, code: true, data: false }));
      const data = errorOf(OPERATIONS.sync.perform(project, { env, code: false, data: true }));
      return code && data ? code : null;
    }),
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
  return Object.fromEntries(
    COMMANDS.map((c) => [c.id, c.check(project, env)?.message ?? null]),
  ) as Record<CommandId, string | null>;
}
