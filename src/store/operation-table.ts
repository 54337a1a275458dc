import { activateEnvironment } from '../domain/operations/activate-environment';
import { branchEnvironment } from '../domain/operations/branch-environment';
import { commitConfigChange } from '../domain/operations/commit-config-change';
import { deactivateEnvironment } from '../domain/operations/deactivate-environment';
import { deleteEnvironment } from '../domain/operations/delete-environment';
import { mergeEnvironment } from '../domain/operations/merge-environment';
import type { OperationType } from '../domain/operations/operation-type';
import { redeployEnvironment } from '../domain/operations/redeploy-environment';
import { removeVariable } from '../domain/operations/remove-variable';
import { setVariable } from '../domain/operations/set-variable';
import { snapshotEnvironment } from '../domain/operations/snapshot-environment';
import { syncEnvironment } from '../domain/operations/sync-environment';
import type { EnvironmentId, OperationResult, Project } from '../domain/types';
import { registerOperations } from './operation-registry';

type Operation<A> = Readonly<{
  type: OperationType;
  perform: (project: Project, args: A) => OperationResult;
  /** The environment the activity log names for an attempt. */
  subject: (args: A) => EnvironmentId | null;
}>;

function operation<A>(op: Operation<A>): Operation<A> {
  return op;
}

const onEnv = (args: { env: EnvironmentId | null }) => args.env;

/** Every domain operation the app can run, by name. */
export const OPERATIONS = {
  branch: operation({ type: 'branch', perform: branchEnvironment, subject: (a) => a.parent }),
  merge: operation({ type: 'merge', perform: mergeEnvironment, subject: onEnv }),
  sync: operation({ type: 'sync', perform: syncEnvironment, subject: onEnv }),
  activate: operation({ type: 'activate', perform: activateEnvironment, subject: onEnv }),
  deactivate: operation({ type: 'deactivate', perform: deactivateEnvironment, subject: onEnv }),
  delete: operation({ type: 'delete', perform: deleteEnvironment, subject: onEnv }),
  redeploy: operation({ type: 'redeploy', perform: redeployEnvironment, subject: onEnv }),
  snapshot: operation({ type: 'snapshot', perform: snapshotEnvironment, subject: onEnv }),
  commit: operation({ type: 'commit', perform: commitConfigChange, subject: onEnv }),
  setVariable: operation({ type: 'variable', perform: setVariable, subject: onEnv }),
  removeVariable: operation({ type: 'variable', perform: removeVariable, subject: onEnv }),
};

export type OperationName = keyof typeof OPERATIONS;
export type OperationArgs<K extends OperationName> = Parameters<
  (typeof OPERATIONS)[K]['perform']
>[1];

registerOperations(OPERATIONS);
