import { bench, describe } from 'vitest';
import { createDefaultProject } from '../src/domain/defaults/default-project';
import { layoutTree } from '../src/domain/layout';
import { activateEnvironment } from '../src/domain/operations/activate-environment';
import { branchEnvironment } from '../src/domain/operations/branch-environment';
import { commitConfigChange } from '../src/domain/operations/commit-config-change';
import { deactivateEnvironment } from '../src/domain/operations/deactivate-environment';
import { deleteEnvironment } from '../src/domain/operations/delete-environment';
import { mergeEnvironment } from '../src/domain/operations/merge-environment';
import { redeployEnvironment } from '../src/domain/operations/redeploy-environment';
import { syncEnvironment } from '../src/domain/operations/sync-environment';
import { removeVariableFrom, setVariableOn } from '../src/domain/operations/variables';
import { rulesOf } from '../src/domain/plans';
import { resolveVariables } from '../src/domain/resolve-variables';
import { configEdits } from '../src/domain/synthetic/config-edits';
import {
  generateSyntheticProject,
  SYNTHETIC_MERGE_BRANCH,
} from '../src/domain/synthetic/generate-synthetic-project';
import { systemVariables } from '../src/domain/system-variables';
import { tableGet, tableValues, tableWith } from '../src/domain/table';
import { activeCount, ancestorsOf, childIds, childrenOf, inTreeOrder } from '../src/domain/tree';
import {
  type Environment,
  type OperationResult,
  PLAN_IDS,
  type PlanId,
  type Project,
} from '../src/domain/types';
import { variable } from '../src/domain/variable';
import { projectFileText, readProjectFile } from '../src/persistence/project-file';

// The largest project the generator makes (MAX_SYNTHETIC_SIZE); the operations should cost
// the same at every size, only generating and laying out the tree grow with it.
// BENCH_SIZES=100,1000,10000 picks others.
const SIZES: readonly number[] = process.env.BENCH_SIZES?.split(',').map(Number) ?? [
  1_000, 10_000, 20_000,
];

function succeeded(result: OperationResult): Project {
  if ('error' in result) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.project;
}

function environment(project: Project, id: string): Environment {
  const env = tableGet(project.environments, id);
  if (!env) throw new Error(`no environment ${id}`);
  return env;
}

/** Among the environments that pass `keep`, the one with the longest ancestor chain. */
function deepest(project: Project, keep: (env: Environment) => boolean = () => true): Environment {
  const depth = (env: Environment) => ancestorsOf(project, env.id).length;
  const found = tableValues(project.environments)
    .filter(keep)
    .reduce<Environment | undefined>(
      (best, env) => (best && depth(best) >= depth(env) ? best : env),
      undefined,
    );
  if (!found) throw new Error('no such environment');
  return found;
}

/** The synthetic project with one active place free, so a branch is not refused. */
function withRoomToBranch(project: Project): Project {
  if (activeCount(project) < rulesOf(project).activeLimit.max) return project;
  // Starter's synthetic project is at its limit of 4; the merge branch steps aside.
  return succeeded(deactivateEnvironment(project, { env: SYNTHETIC_MERGE_BRANCH.id }));
}

/** The project after a commit on the merge branch's parent, so a merge needs a merge commit. */
function withParentCommit(project: Project): Project {
  return succeeded(commitConfigChange(project, buildThreadsEdit(project)));
}

/** A config change on the merge branch's parent: more build threads. */
function buildThreadsEdit(project: Project) {
  const env = SYNTHETIC_MERGE_BRANCH.parentId;
  const head = tableGet(project.commits, environment(project, env).head);
  const edit = head && configEdits(head.files).find((e) => e.key === 'build-threads');
  if (!edit) throw new Error(`no build-threads edit for ${env}`);
  const files = { '.magento.env.yaml': edit.files['.magento.env.yaml'] };
  return { env, files, message: edit.summary };
}

const FLAG = variable('BENCH_FLAG', '1');

describe.each(SIZES.flatMap((size) => PLAN_IDS.map((plan) => [plan, size] as const)))(
  'domain operations, %s, %i environments',
  (plan: PlanId, size: number) => {
    const project = generateSyntheticProject(plan, size, 1);
    const roomy = withRoomToBranch(project);
    const workParent = plan === 'pro' ? 'integration' : 'staging';
    const merge = SYNTHETIC_MERGE_BRANCH.id;
    const root = environment(project, 'master');
    const deep = deepest(project);
    const deepActive = deepest(project, (env) => env.status === 'active');
    const deepLeaf = deepest(project, (env) => env.status === 'inactive');
    const diverged = withParentCommit(project);
    const parentEdit = buildThreadsEdit(project);
    const activatable = deepest(
      roomy,
      (env) =>
        env.status === 'inactive' &&
        env.parentId !== null &&
        environment(roomy, env.parentId).status === 'active',
    );
    const depthOf = (env: Environment) => ancestorsOf(project, env.id).length;
    // As in the app, where the header shows the current project's count and the diagram its
    // tree (inTreeOrder, through visibleTree, builds the children index of its environments).
    for (const p of [project, roomy, diverged]) {
      activeCount(p);
      inTreeOrder(p);
    }
    /** The project's environments as a new table, whose count and children index are unknown. */
    const newTable = () => tableWith(project.environments, { ...root });

    if (size === SIZES[1]) {
      bench('generateSyntheticProject', () => {
        generateSyntheticProject(plan, size, 1);
      });
    }

    bench(`branch from ${workParent}`, () => {
      succeeded(branchEnvironment(roomy, { parent: workParent, name: 'bench-branch' }));
    });

    bench(`merge ${merge} into its parent`, () => {
      succeeded(mergeEnvironment(project, { env: merge }));
    });

    bench(`merge ${merge} with a merge commit (both sides changed)`, () => {
      succeeded(mergeEnvironment(diverged, { env: merge }));
    });

    bench(`sync data of ${merge} from its parent`, () => {
      succeeded(syncEnvironment(project, { env: merge, code: false, data: true }));
    });

    bench(`activate ${activatable.id} (depth ${depthOf(activatable)})`, () => {
      succeeded(activateEnvironment(roomy, { env: activatable.id }));
    });

    bench(`deactivate ${merge}`, () => {
      succeeded(deactivateEnvironment(project, { env: merge }));
    });

    bench(`delete the deepest inactive leaf`, () => {
      succeeded(deleteEnvironment(project, { env: deepLeaf.id }));
    });

    bench(`redeploy ${merge}`, () => {
      succeeded(redeployEnvironment(project, { env: merge }));
    });

    bench(`set a variable on ${merge}`, () => {
      succeeded(setVariableOn(project, { env: merge, variable: FLAG }));
    });

    bench('set a project variable (logged on the root)', () => {
      succeeded(setVariableOn(project, { env: null, variable: FLAG }));
    });

    bench('remove a variable from master', () => {
      succeeded(removeVariableFrom(project, { env: 'master', name: 'ADMIN_URL' }));
    });

    bench(`commit a config change on ${SYNTHETIC_MERGE_BRANCH.parentId}`, () => {
      succeeded(commitConfigChange(project, parentEdit));
    });

    bench(`resolveVariables of the deepest environment (depth ${depthOf(deep)})`, () => {
      resolveVariables(project, deep.id);
    });

    bench('resolveVariables of master (depth 0)', () => {
      resolveVariables(project, root.id);
    });

    bench(
      `systemVariables of the deepest active environment (depth ${depthOf(deepActive)})`,
      () => {
        systemVariables(project, deepActive.id);
      },
    );

    bench('systemVariables of master (depth 0)', () => {
      systemVariables(project, root.id);
    });

    bench('activeCount', () => {
      activeCount(project);
    });

    bench('activeCount of a new table (counts every environment)', () => {
      activeCount({ ...project, environments: newTable() });
    });

    const workChildren = childIds(project.environments, workParent).length;
    bench(`childrenOf ${workParent} (${workChildren} children)`, () => {
      childrenOf(project, workParent);
    });

    bench('childIds of a new table (builds the children index)', () => {
      childIds(newTable(), workParent);
    });

    bench('inTreeOrder', () => {
      inTreeOrder(project);
    });

    bench('inTreeOrder of a new table (builds the children index)', () => {
      inTreeOrder({ ...project, environments: newTable() });
    });

    bench('layoutTree (top to bottom)', () => {
      layoutTree(tableValues(project.environments), 'TB');
    });
  },
);

// Opening a project file checks its tree (issue 14): every check and walk is linear, so a
// chain of inactive branches each the parent of the next costs what a wide tree of the
// same size does.
const CHECK_SIZES: readonly number[] = [1_000, 3_000, 10_000];

/** The Starter default with `size` inactive branches: all under staging, or each under the last. */
function inactiveBranches(size: number, shape: 'deep' | 'wide'): string {
  const starter = createDefaultProject('starter', '2.1');
  const base = environment(starter, 'feature-old-theme');
  let environments = starter.environments;
  for (let i = 0; i < size; i++) {
    const parentId = shape === 'wide' || i === 0 ? 'staging' : `b-${i - 1}`;
    environments = tableWith(environments, { ...base, id: `b-${i}`, title: `b ${i}`, parentId });
  }
  return projectFileText({ ...starter, environments }, new Date(0), 0);
}

describe.each(
  CHECK_SIZES.flatMap((size) => (['deep', 'wide'] as const).map((s) => [size, s] as const)),
)('opening a project file of %i inactive branches, %s', (size, shape) => {
  const text = inactiveBranches(size, shape);
  bench('readProjectFile', () => {
    const read = readProjectFile(text);
    if ('error' in read) throw new Error(read.error.message);
  });
});
