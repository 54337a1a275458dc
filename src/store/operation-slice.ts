import { createDefaultProject } from '../domain/defaults/default-project';
import type { OperationType } from '../domain/operations/operation-type';
import { recordRefusal } from '../domain/operations/record-refusal';
import type { OperationError } from '../domain/types';
import { type SliceCreator, undoStoreOf } from './app-store';
import { operationTable } from './operation-registry';
import type { OperationArgs, OperationName } from './operation-table';

export type OperationSlice = {
  /** Runs a domain operation on the current plan's project; false when it was refused. */
  run: <K extends OperationName>(name: K, args: OperationArgs<K>) => boolean;
  /** Logs a refusal the UI decided on (e.g. a drop on the wrong node) and announces it. */
  refuse: (type: OperationType, env: string, error: OperationError) => void;
  /** Back to the embedded default project of the current plan (one undo entry). */
  resetProject: () => void;
};

export const createOperationSlice: SliceCreator<OperationSlice> = (set, get, store) => ({
  run: (name, args) => {
    const op = operationTable()[name] as unknown as ReturnType<typeof operationTable>['merge'];
    const { plan, projects } = get();
    const result = op.perform(projects[plan], args as never);
    if ('error' in result) {
      get().refuse(op.type, op.subject(args as never) ?? '', result.error);
      return false;
    }
    get().replaceProject(plan, result.project);
    get().announce(result.message);
    return true;
  },
  refuse: (type, env, error) => {
    const { plan, projects } = get();
    const logged = recordRefusal(projects[plan], { type, environment: env, error });
    // A refusal is logged but is not an undoable change.
    const undo = undoStoreOf(store).getState();
    undo.pause();
    set({ projects: { ...projects, [plan]: logged } });
    undo.resume();
    get().announce(error.message);
  },
  resetProject: () => {
    const { plan } = get();
    get().replaceProject(plan, createDefaultProject(plan));
    get().announce(`Reset the ${plan === 'pro' ? 'Pro' : 'Starter'} project to the default.`);
  },
});
