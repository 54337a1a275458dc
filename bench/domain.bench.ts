import { bench, describe } from 'vitest';
import { layoutTree } from '../src/domain/layout';
import { branchEnvironment } from '../src/domain/operations/branch-environment';
import { commitConfigChange } from '../src/domain/operations/commit-config-change';
import { deactivateEnvironment } from '../src/domain/operations/deactivate-environment';
import { mergeEnvironment } from '../src/domain/operations/merge-environment';
import { syncEnvironment } from '../src/domain/operations/sync-environment';
import { PLAN_IDS } from '../src/domain/plans';
import { resolveVariables } from '../src/domain/resolve-variables';
import { configEdits } from '../src/domain/synthetic/config-edits';
import {
  generateSyntheticProject,
  SYNTHETIC_MERGE_BRANCH,
} from '../src/domain/synthetic/generate-synthetic-project';
import { activeCount, ancestorsOf } from '../src/domain/tree';
import type { OperationResult, PlanId, Project } from '../src/domain/types';

const SIZE = 10_000;

function succeeded(result: OperationResult): Project {
  if ('error' in result) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.project;
}

/** The environment with the longest ancestor chain: the worst case for inheritance. */
function deepest(project: Project): string {
  let best = { id: '', depth: -1 };
  for (const id of Object.keys(project.environments)) {
    const depth = ancestorsOf(project, id).length;
    if (depth > best.depth) best = { id, depth };
  }
  return best.id;
}

/** The synthetic project with one active place free, so a branch is not refused. */
function withRoomToBranch(plan: PlanId): Project {
  const project = generateSyntheticProject(plan, SIZE, 1);
  if (plan === 'pro') return project;
  // Starter's synthetic project is at its limit of 4; the merge branch steps aside.
  return succeeded(deactivateEnvironment(project, { env: SYNTHETIC_MERGE_BRANCH.id }));
}

/** The project after a commit on the merge branch's parent, so a merge needs a merge commit. */
function withParentCommit(project: Project): Project {
  const parent = project.environments[SYNTHETIC_MERGE_BRANCH.parentId];
  const head = parent && project.commits[parent.head];
  const edit = head && configEdits(head.files).find((e) => e.key === 'build-threads');
  if (!parent || !edit) throw new Error('no build-threads edit for the merge parent');
  const files = { '.magento.env.yaml': edit.files['.magento.env.yaml'] };
  return succeeded(commitConfigChange(project, { env: parent.id, files, message: edit.summary }));
}

describe.each(PLAN_IDS)(`domain operations, %s, ${SIZE} environments`, (plan) => {
  const project = generateSyntheticProject(plan, SIZE, 1);
  const roomy = withRoomToBranch(plan);
  const workParent = plan === 'pro' ? 'integration' : 'staging';
  const merge = SYNTHETIC_MERGE_BRANCH.id;
  const deep = deepest(project);
  const diverged = withParentCommit(project);

  bench('generateSyntheticProject', () => {
    generateSyntheticProject(plan, SIZE, 1);
  });

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

  bench('resolveVariables of the deepest environment', () => {
    resolveVariables(project, deep);
  });

  bench('activeCount', () => {
    activeCount(project);
  });

  bench('layoutTree (top to bottom)', () => {
    layoutTree(Object.values(project.environments), 'TB');
  });
});
