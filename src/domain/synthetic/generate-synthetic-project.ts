import { makeCommit } from '../commit';
import { createDefaultProject } from '../defaults/default-project';
import { planRules, roleRules } from '../plans';
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
import { variable } from '../variable';
import { configEdits } from './config-edits';
import { mulberry32, pickOne, type Random, randomInt } from './mulberry32';
import { syntheticBranch } from './synthetic-names';
import { MAX_SYNTHETIC_SIZE } from './synthetic-params';

/** Share of synthetic branches that carry a commit of their own. */
const COMMIT_SHARE = 0.15;
/** Share of synthetic branches that set an environment variable. */
const VARIABLE_SHARE = 0.1;
/** Deepest level a branch may sit at (the root is 0), so ancestor walks stay short. */
export const MAX_SYNTHETIC_DEPTH = 48;

type Slot = Readonly<{ id: EnvironmentId; depth: number; active: boolean }>;

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
 * allows) grown with generated branches: wide fans of siblings and long chains, up to
 * MAX_SYNTHETIC_DEPTH levels deep. Branches hang only under environments the plan lets you
 * branch from (on Pro: integration and below), with the role the plan gives such a child.
 * The active limit is kept with one place to spare, so a new branch can still be made; every
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
  const base = createDefaultProject(plan);
  const envs: Record<EnvironmentId, Environment> = {};
  for (const env of Object.values(base.environments).slice(0, size)) envs[env.id] = env;
  const commits: Record<CommitId, Commit> = { ...base.commits };

  // Where new branches may go; `active` ones may also take an active child.
  const slots: Slot[] = [];
  const makeSlot = (env: Environment, depth: number) => {
    const allowed = rules.childRole[env.role] && roleRules(plan, env.role).canBranchFrom;
    if (!allowed || depth >= MAX_SYNTHETIC_DEPTH) return undefined;
    const slot = { id: env.id, depth, active: env.status === 'active' };
    slots.push(slot);
    return slot;
  };
  for (const env of Object.values(envs)) makeSlot(env, depthOf(envs, env.id));

  let count = Object.keys(envs).length;
  const branch = (parentSlot: Slot, active: boolean): Slot | undefined => {
    const parent = envs[parentSlot.id];
    const role = parent && rules.childRole[parent.role];
    if (!parent || !role) throw new Error(`Cannot branch from ${parentSlot.id}`);
    count += 1;
    const { id, title } = syntheticBranch(random, count);
    let head = parent.head;
    const parentHead = commits[head];
    const edits = parentHead ? configEdits(parentHead.files) : [];
    if (edits.length > 0 && random() < COMMIT_SHARE) {
      const edit = pickOne(random, edits);
      const commit = makeCommit([head], `${edit.summary} (${id})`, 0, edit.files);
      commits[commit.id] = commit;
      head = commit.id;
    }
    const own = random() < VARIABLE_SHARE ? branchVariable(random, id) : null;
    const env: Environment = {
      id,
      title,
      parentId: parent.id,
      role,
      status: active ? 'active' : 'inactive',
      head,
      deployed: head,
      dataOrigin: active ? { from: parent.id, at: 0 } : null,
      variables: own ? { [own.name]: own } : {},
      deployState: null,
    };
    envs[id] = env;
    return makeSlot(env, parentSlot.depth + 1);
  };

  const project = (): Project => ({
    ...base,
    id: `synthetic-${plan}-${size}-${seed}`,
    title: `Synthetic ${rules.label} project (${size} environments, seed ${seed})`,
    environments: envs,
    commits,
  });

  // Active branches first, each under an active parent, leaving one place under the limit.
  let spare = rules.activeLimit.max - 1 - activeCount(project());
  while (spare > 0 && count < size) {
    const parents = slots.filter((slot) => slot.active);
    if (parents.length === 0) break;
    branch(pickOne(random, parents), true);
    spare -= 1;
  }

  // The rest inactive: wide fans of siblings, long chains, and single branches.
  const widestFan = Math.min(40, Math.max(3, Math.round(Math.sqrt(size))));
  const longestChain = Math.min(30, Math.max(3, Math.round(Math.sqrt(size) / 2)));
  while (count < size) {
    const parent = pickOne(random, slots);
    const shape = random();
    if (shape < 0.3) {
      const siblings = Math.min(size - count, randomInt(random, 3, widestFan));
      for (let i = 0; i < siblings; i++) branch(parent, false);
    } else if (shape < 0.55) {
      let link: Slot | undefined = parent;
      for (let i = randomInt(random, 3, longestChain); i > 0 && link && count < size; i--) {
        link = branch(link, false);
      }
    } else {
      branch(parent, false);
    }
  }
  return project();
}
