import {
  advanceClock,
  endedDeploys,
  nextEvent,
  openActivities,
  settle,
} from '../deploy/activities';
import { activate } from './activate-environment';
import { branch, push } from './branch-environment';
import { reparent } from './change-parent';
import { commit } from './commit-config-change';
import { deactivate } from './deactivate-environment';
import { deleteBranch } from './delete-environment';
import { cancel, failNext, ticket } from './deploy-controls';
import { merge } from './merge-environment';
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
