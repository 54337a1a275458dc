import { defaultProjectRecord } from '../defaults/default-project';
import { makeCommit } from '../git/commit-graph';
import { planRules, roleRules } from '../plans';
import { projectFromRecord, runningAsIs } from '../project-record';
import { activeCount } from '../tree';
import type {
  Commit,
  CommitId,
  Environment,
  EnvironmentId,
  PlanId,
  Project,
  Variable,
} from '../types';
import { variable, withRunningVariables } from '../variable';
import { configEdits } from './config-edits';
import { MAX_SYNTHETIC_SIZE } from './synthetic-params';

/** Share of synthetic branches that carry a commit of their own. */
const COMMIT_SHARE = 0.15;
/** Share of synthetic branches that set an environment variable. */
const VARIABLE_SHARE = 0.1;
/** Deepest level a branch may sit at (the root is 0), so ancestor walks stay short. */
export const MAX_SYNTHETIC_DEPTH = 48;

type Slot = Readonly<{ id: EnvironmentId; depth: number; active: boolean }>;

type BranchSpec = Readonly<{
  active: boolean;
  /** Name and title; generated when absent. */
  name?: Readonly<{ id: EnvironmentId; title: string }>;
  /** The change its commit makes, by ConfigEdit key; none means a random chance of one. */
  edit?: string;
}>;

/**
 * An active branch of `feature-checkout` whose commit adds Solr, so every synthetic project
 * holds a branch that can be merged. `feature-checkout` gets no other branch, so the two are
 * drawn one right above the other at any size (the benchmark drags one onto the other).
 */
export const SYNTHETIC_MERGE_BRANCH = {
  id: 'feature-checkout-search',
  title: 'Checkout search with Solr',
  parentId: 'feature-checkout',
  edit: 'service:solr',
} as const;

/** The variables a synthetic branch can set: an override, a local flag, a secret. */
function branchVariable(random: Random, id: EnvironmentId): Variable {
  return pickOne(random, [
    () => variable('ADMIN_URL', `admin_${id.replaceAll('-', '_')}`),
    () => variable('CONFIG__DEFAULT__DEV__DEBUG__DEBUG_LOGGING', '1', { inheritable: false }),
    () => variable('env:FEATURE_TOGGLE', id, { build: false }),
    () => variable('API_TOKEN', `token-${id}`, { sensitive: true }),
  ])();
}

function depthOf(envs: Readonly<Record<EnvironmentId, Environment>>, id: EnvironmentId): number {
  let depth = 0;
  for (let env = envs[id]; env?.parentId; env = envs[env.parentId]) depth += 1;
  return depth;
}

/**
 * A project of exactly `size` environments for trying the explorer at scale, the same for the
 * same plan, size and seed. It is the plan's default project (fixed branches, the active
 * `feature-checkout` that adds RabbitMQ, the inactive `feature-old-theme`, as far as the size
 * allows) plus SYNTHETIC_MERGE_BRANCH, grown with generated branches: wide fans of siblings
 * and long chains, up to MAX_SYNTHETIC_DEPTH levels deep. Branches hang only under
 * environments the plan lets you branch from (on Pro: integration and below), with the role
 * the plan gives such a child. The active limit holds, with one place to spare where the
 * default project and SYNTHETIC_MERGE_BRANCH leave one (Pro; Starter is then full); every
 * active environment has an active parent. Some branches carry a commit (a service, build
 * threads, PHP memory) or an environment variable.
 *
 * @throws RangeError when `size` is not a whole number from the plan's fixed branch count to
 * MAX_SYNTHETIC_SIZE.
 */
export function generateSyntheticProject(plan: PlanId, size: number, seed: number): Project {
  const rules = planRules(plan);
  const smallest = rules.fixedBranches.length;
  if (!Number.isInteger(size) || size < smallest || size > MAX_SYNTHETIC_SIZE) {
    throw new RangeError(
      `A synthetic ${rules.label} project holds ${smallest} to ${MAX_SYNTHETIC_SIZE} environments, not ${size}.`,
    );
  }
  const random = mulberry32(seed);
  const base = defaultProjectRecord(plan);
  const envs: Record<EnvironmentId, Environment> = {};
  for (const env of Object.values(base.environments).slice(0, size)) envs[env.id] = env;
  const commits: Record<CommitId, Commit> = { ...base.commits };
  let count = Object.keys(envs).length;

  // Where new branches may go; `active` ones may also take an active child.
  const slots: Slot[] = [];
  const makeSlot = (env: Environment, depth: number) => {
    const allowed = rules.childRole[env.role] && roleRules(plan, env.role).canBranchFrom;
    if (!allowed || depth >= MAX_SYNTHETIC_DEPTH) return undefined;
    const slot = { id: env.id, depth, active: env.status === 'active' };
    slots.push(slot);
    return slot;
  };

  const commitFor = (id: EnvironmentId, parentHead: CommitId, key?: string): CommitId => {
    const files = commits[parentHead]?.files;
    const edits = files ? configEdits(files) : [];
    const chance = () =>
      edits.length > 0 && random() < COMMIT_SHARE ? pickOne(random, edits) : undefined;
    const edit = key === undefined ? chance() : edits.find((e) => e.key === key);
    if (!edit) return parentHead;
    const commit = makeCommit([parentHead], `${edit.summary} (${id})`, 0, edit.files);
    commits[commit.id] = commit;
    return commit.id;
  };

  const branch = (parentSlot: Slot, spec: BranchSpec): Slot | undefined => {
    const parent = envs[parentSlot.id];
    const role = parent && rules.childRole[parent.role];
    if (!parent || !role) throw new Error(`Cannot branch from ${parentSlot.id}`);
    count += 1;
    const { id, title } = spec.name ?? syntheticBranch(random, count);
    const head = commitFor(id, parent.head, spec.edit);
    const own = random() < VARIABLE_SHARE ? branchVariable(random, id) : null;
    envs[id] = {
      id,
      title,
      parentId: parent.id,
      role,
      status: spec.active ? 'active' : 'inactive',
      head,
      deployment: spec.active ? runningAsIs(head) : null,
      dataOrigin: spec.active ? { from: parent.id, at: 0 } : null,
      variables: own ? { [own.name]: own } : {},
      deployState: null,
      failNext: null,
    };
    return makeSlot(envs[id], parentSlot.depth + 1);
  };

  // Every environment can take branches, but the merge branch stays its parent's only one.
  const { id: mergeId, title: mergeTitle, parentId: mergeParent, edit } = SYNTHETIC_MERGE_BRANCH;
  for (const env of Object.values(envs)) {
    if (env.id !== mergeParent) makeSlot(env, depthOf(envs, env.id));
  }
  if (envs[mergeParent] && count < size) {
    const parentSlot = { id: mergeParent, depth: depthOf(envs, mergeParent), active: true };
    branch(parentSlot, { active: true, name: { id: mergeId, title: mergeTitle }, edit });
  }

  const project = (): Project =>
    projectFromRecord({
      ...base,
      id: `synthetic-${plan}-${size}-${seed}`,
      title: `Synthetic ${rules.label} project (${size} environments, seed ${seed})`,
      environments: envs,
      commits,
    });

  // More active branches, each under an active parent, leaving one place under the limit.
  let spare = rules.activeLimit.max - 1 - activeCount(project());
  while (spare > 0 && count < size) {
    const parents = slots.filter((slot) => slot.active);
    if (parents.length === 0) break;
    branch(pickOne(random, parents), { active: true });
    spare -= 1;
  }

  // The rest inactive: wide fans of siblings, long chains, and single branches.
  const widestFan = Math.min(40, Math.max(3, Math.round(Math.sqrt(size))));
  const longestChain = Math.min(30, Math.max(3, Math.round(Math.sqrt(size) / 2)));
  const inactive = { active: false };
  while (count < size) {
    const parent = pickOne(random, slots);
    const shape = random();
    if (shape < 0.3) {
      const siblings = Math.min(size - count, randomInt(random, 3, widestFan));
      for (let i = 0; i < siblings; i++) branch(parent, inactive);
    } else if (shape < 0.55) {
      let link: Slot | undefined = parent;
      for (let i = randomInt(random, 3, longestChain); i > 0 && link && count < size; i--) {
        link = branch(link, inactive);
      }
    } else {
      branch(parent, inactive);
    }
  }
  return withRunningVariables(project());
}

// --- names and randomness

const KINDS = [
  { prefix: 'feature', label: 'feature' },
  { prefix: 'fix', label: 'fix' },
  { prefix: 'hotfix', label: 'hotfix' },
  { prefix: 'release', label: 'release' },
  { prefix: 'exp', label: 'experiment' },
] as const;

const TOPICS = [
  'cart',
  'catalog',
  'search',
  'payment',
  'shipping',
  'invoice',
  'theme',
  'checkout',
  'customer',
  'wishlist',
  'review',
  'promo',
  'tax',
  'import',
  'sitemap',
  'cms',
] as const;

/** Branch name and title of the `index`-th synthetic branch, e.g. `fix-cart-42`, "Cart fix 42". */
function syntheticBranch(random: Random, index: number): Readonly<{ id: string; title: string }> {
  const kind = pickOne(random, KINDS);
  const topic = pickOne(random, TOPICS);
  return {
    // The index keeps names unique; none of them is a fixed or default branch name.
    id: `${kind.prefix}-${topic}-${index}`,
    title: `${topic[0]?.toUpperCase()}${topic.slice(1)} ${kind.label} ${index}`,
  };
}

/** A source of pseudo-random numbers in [0, 1). */
export type Random = () => number;

/**
 * Mulberry32: a tiny seeded PRNG (32-bit state), so a synthetic project is the same on every
 * machine for the same seed. Not for anything that needs unpredictability.
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number from `min` to `max`, both included. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** One item of a non-empty list, chosen evenly. */
export function pickOne<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pickOne needs a non-empty list');
  return item;
}
