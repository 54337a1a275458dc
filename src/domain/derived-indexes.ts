import type { CommitConfig } from './config/read-config';
import type { PlanRules } from './plans';
import type { Table } from './table';
import type { ChildIndex } from './tree';
import type { Commit, Deployment, Environment } from './types';

/**
 * Every index the domain derives and keeps, in one place. Each is a cache of something a
 * pure function computes from immutable values, keyed by the value itself (so a project never
 * carries stale indexes and JSON never holds them):
 *
 * - `childIndexes`: which environments hang under which, per environments table. Operations
 *   derive each new table from the project's (`environmentsWith` in tree.ts) and carry the
 *   index forward with it, so only the first look at a table (after a load) reads all of it.
 * - `activeCounts`: active environments that count toward the plan's limit, per table and
 *   plan rules, carried forward the same way (`activeCountAfter` in tree.ts).
 * - `commitConfigs`: the parsed configuration of a commit (`readCommitConfig`); commits never
 *   change, so each is parsed once.
 * - `runningConfigs`: the parsed configuration a deployment runs where a support ticket holds
 *   some of it back (deploy/deployment.ts); elsewhere that is its commit's.
 *
 * WeakMaps, so an index goes when nothing holds its key any more (an undo history dropping an
 * old project drops its indexes too).
 */

export const childIndexes = new WeakMap<Table<Environment>, ChildIndex>();

export const activeCounts = new WeakMap<
  Table<Environment>,
  Readonly<{ rules: PlanRules; count: number }>
>();

export const commitConfigs = new WeakMap<Commit, CommitConfig>();

export const runningConfigs = new WeakMap<Deployment, CommitConfig>();
