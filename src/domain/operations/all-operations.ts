import { completeCommandLine } from '../cli/complete-command-line';
import { commandLineOf } from '../cli/format-command-line';
import { parseCommandLine } from '../cli/parse-command-line';
import {
  advanceClock,
  endedDeploys,
  nextEvent,
  openActivities,
  settle,
} from '../deploy/activities';
import type { OperationResult, Project } from '../types';
import { activate } from './activate-environment';
import { branch, push } from './branch-environment';
import { reparent } from './change-parent';
import { commit } from './commit-config-change';
import { deactivate } from './deactivate-environment';
import { deleteBranch } from './delete-environment';
import { cancel, failNext, ticket } from './deploy-controls';
import { merge } from './merge-environment';
import type { Operation } from './operation';
import { redeploy } from './redeploy-environment';
import { restore, snapshot } from './snapshot-environment';
import { sync } from './sync-environment';
import { removeVariable, setVariable } from './variables';

/**
 * Every operation, as values. The operations parse YAML, so they load in their own chunk:
 * the store's command table reaches them through a lazy module that hands over this object.
 */
export const OPERATIONS = {
  branch,
  merge,
  sync,
  activate,
  deactivate,
  deleteBranch,
  redeploy,
  snapshot,
  restore,
  push,
  reparent,
  commit,
  setVariable,
  removeVariable,
  cancel,
  ticket,
  failNext,
} as const;

export type Operations = typeof OPERATIONS;

/** The project's clock, which runs the activities the operations queue (deploy/activities.ts). */
export const CLOCK = { advanceClock, endedDeploys, nextEvent, openActivities, settle } as const;

export type Clock = typeof CLOCK;

/**
 * One operation with its arguments, as data: what a typed command line, a scenario's step
 * or its solution names. `op` is the operation's key in OPERATIONS.
 */
export type Invocation = {
  [K in keyof Operations]: Readonly<{ op: K; args: Parameters<Operations[K]['perform']>[1] }>;
}[keyof Operations];

/** Performs an invocation: the operation's result, as `perform` gives it. */
export function invoke(project: Project, invocation: Invocation): OperationResult {
  const operation = OPERATIONS[invocation.op] as Operation<typeof invocation.args>;
  return operation.perform(project, invocation.args);
}

const KEYS = new Map<unknown, keyof Operations>(
  Object.entries(OPERATIONS).map(([key, operation]) => [operation, key as keyof Operations]),
);

/** The invocation of one of OPERATIONS with `args`; null for an operation not among them. */
export function invocationOf<Args>(operation: Operation<Args>, args: Args): Invocation | null {
  const op = KEYS.get(operation);
  return op ? ({ op, args } as Invocation) : null;
}

/** The magento-cloud CLI: the line that does an invocation, and typed lines read back. */
export const CLI = { invocationOf, commandLineOf, parseCommandLine, completeCommandLine } as const;
