import { activate } from './activate-environment';
import { branch } from './branch-environment';
import { commit } from './commit-config-change';
import { deactivate } from './deactivate-environment';
import { deleteBranch } from './delete-environment';
import { merge } from './merge-environment';
import { redeploy } from './redeploy-environment';
import { snapshot } from './snapshot-environment';
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
  commit,
  setVariable,
  removeVariable,
} as const;

export type Operations = typeof OPERATIONS;
