import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYaml, yamlProblemText } from '../../../src/domain/config/yaml';
import { advanceClock, openActivities, settle } from '../../../src/domain/deploy/activities';
import { activateEnvironment } from '../../../src/domain/operations/activate-environment';
import {
  branchEnvironment,
  pushNewBranch,
} from '../../../src/domain/operations/branch-environment';
import { changeParent } from '../../../src/domain/operations/change-parent';
import { commitConfigChange } from '../../../src/domain/operations/commit-config-change';
import { deactivateEnvironment } from '../../../src/domain/operations/deactivate-environment';
import { deleteEnvironment } from '../../../src/domain/operations/delete-environment';
import {
  cancelActivity,
  completeTicket,
  failNextDeploy,
} from '../../../src/domain/operations/deploy-controls';
import { mergeEnvironment } from '../../../src/domain/operations/merge-environment';
import { recordRefusal } from '../../../src/domain/operations/operation';
import { redeployEnvironment } from '../../../src/domain/operations/redeploy-environment';
import {
  restoreSnapshot,
  snapshotEnvironment,
} from '../../../src/domain/operations/snapshot-environment';
import { syncEnvironment } from '../../../src/domain/operations/sync-environment';
import { removeVariableFrom, setVariableOn } from '../../../src/domain/operations/variables';
import { rulesOf } from '../../../src/domain/plans';
import { projectToRecord } from '../../../src/domain/project-record';
import { SLOTS } from '../../../src/domain/project-slots';
import { tableGet, tableKeys, tableValues } from '../../../src/domain/table';
import { activeCount, childIds } from '../../../src/domain/tree';
import {
  CONFIG_FILES,
  DEPLOY_PHASES,
  type Edition,
  type OperationResult,
  type OperationType,
  type PlanId,
  type Project,
} from '../../../src/domain/types';
import { variable } from '../../../src/domain/variable';
import { defaultProject } from '../../support/builders';
import { knownChildIndex } from '../../support/child-index';
import { deepFreeze, editYaml, fileOn, SETTING_EDITS } from '../builders';

type StepFields = Readonly<{
  /** Index into the sorted environment ids; the project level for variables when -1. */
  pick: number;
  name: string;
  flags: readonly [boolean, boolean];
  edit: number;
  value: number;
  /** Whether the UI would log this step if it is refused. */
  logRefusal: boolean;
}>;

// Merges and commits weigh more, so that histories diverge and merges meet conflicts.
const OP_WEIGHTS: Readonly<Record<OperationType, number>> = {
  branch: 2,
  merge: 5,
  sync: 2,
  activate: 1,
  deactivate: 1,
  delete: 1,
  redeploy: 1,
  snapshot: 1,
  commit: 5,
  variable: 1,
  ticket: 1,
  cancel: 1,
  'inject-failure': 1,
  push: 1,
  'change-parent': 1,
  restore: 1,
};

/** Steps that let simulated time pass instead of running an operation, so deploys overlap. */
type Step = Readonly<{ op: OperationType | 'time' }> & StepFields;

const step = fc.record<Step>({
  op: fc.oneof(
    ...Object.entries(OP_WEIGHTS).map(([op, weight]) => ({
      arbitrary: fc.constant(op as OperationType),
      weight,
    })),
    { arbitrary: fc.constant('time' as const), weight: 4 },
  ),
  pick: fc.integer({ min: -1, max: 12 }),
  name: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'New Work', 'bad&name', 'staging', ''),
  flags: fc.tuple(fc.boolean(), fc.boolean()),
  edit: fc.nat({ max: SETTING_EDITS.length }),
  value: fc.nat({ max: 3 }),
  logRefusal: fc.boolean(),
});

function run(project: Project, s: Step & { op: OperationType }): OperationResult {
  const ids = tableKeys(project.environments).sort();
  const env = ids[Math.abs(s.pick) % ids.length] ?? 'master';
  const target = { env };
  switch (s.op) {
    case 'branch':
      return branchEnvironment(project, { parent: env, name: s.name, withoutData: s.flags[1] });
    case 'push':
      return pushNewBranch(project, { parent: env, name: s.name });
    case 'change-parent': {
      const parent = ids[Math.abs(s.value * 7 + s.pick) % ids.length] ?? 'master';
      return changeParent(project, { env, parent });
    }
    case 'restore': {
      const snapshots = project.snapshots.filter((x) => x.environment === env);
      return restoreSnapshot(project, {
        env,
        snapshot: snapshots[s.value % Math.max(1, snapshots.length)]?.id ?? 'none',
      });
    }
    case 'merge':
      return mergeEnvironment(project, target);
    case 'sync':
      return syncEnvironment(project, { env, code: s.flags[0], data: s.flags[1] });
    case 'activate':
      return activateEnvironment(project, target);
    case 'deactivate':
      return deactivateEnvironment(project, target);
    case 'delete':
      return deleteEnvironment(project, target);
    case 'redeploy':
      return redeployEnvironment(project, target);
    case 'snapshot':
      return snapshotEnvironment(project, target);
    case 'commit': {
      // One index past the edits stands for a file that does not parse.
      const edit = SETTING_EDITS[s.edit];
      const file = edit?.file ?? '.magento/services.yaml';
      const current = fileOn(project, env, file);
      const text = edit ? editYaml(current, edit.path, edit.value(s.value)) : `${current}: [oops\n`;
      return commitConfigChange(project, { env, files: { [file]: text }, message: '' });
    }
    case 'variable': {
      const level = s.pick < 0 ? null : env;
      const name = `V${s.value}`;
      return s.flags[0]
        ? removeVariableFrom(project, { env: level, name })
        : setVariableOn(project, { env: level, variable: variable(name, s.name) });
    }
    case 'ticket':
      return completeTicket(project, target);
    case 'cancel': {
      const open = openActivities(project);
      return cancelActivity(project, {
        activity: open[s.value % Math.max(1, open.length)]?.id ?? 999,
      });
    }
    case 'inject-failure':
      return failNextDeploy(project, {
        env,
        phase: s.flags[0] ? null : (DEPLOY_PHASES[s.value % 3] ?? null),
      });
  }
}

/** What is wrong with the activities of `project`, made from `before`; empty when all holds. */
function activityViolations(project: Project, before: Project): string[] {
  const found: string[] = [];
  // No activity is lost or rewritten once it has ended; open ones may move on.
  before.activity.forEach((a, i) => {
    const now = project.activity[i];
    if (!now || now.id !== a.id) found.push(`activity #${a.id} is gone or moved`);
    else if (a.state !== 'pending' && a.state !== 'in_progress' && now !== a) {
      found.push(`ended activity #${a.id} changed`);
    }
  });
  const running = new Set<string>();
  for (const a of project.activity) {
    if (a.state === 'in_progress') {
      if (running.has(a.environment)) found.push(`${a.environment} runs two activities`);
      running.add(a.environment);
    }
    const open = a.state === 'pending' || a.state === 'in_progress';
    if (open && !a.deploy) found.push(`open activity #${a.id} has no deploy`);
    if (open !== (a.result === null))
      found.push(`activity #${a.id} is ${a.state} with result ${a.result}`);
    if (a.state === 'cancelled' && a.result !== 'failure')
      found.push(`cancelled #${a.id} did not fail`);
  }
  for (const e of tableValues(project.environments)) {
    if (e.status === 'inactive' && e.deployment) found.push(`inactive ${e.id} runs something`);
    const d = e.deployment;
    if (d && (!tableGet(project.commits, d.commit) || !tableGet(project.commits, d.applied))) {
      found.push(`${e.id} runs a missing commit`);
    }
  }
  return found;
}

/** What is wrong with a project an operation produced from `before`; empty when all holds. */
function violations(project: Project, before: Project): string[] {
  const found: string[] = [];
  const envs = tableValues(project.environments);
  const roots = envs.filter((e) => e.parentId === null);
  if (roots.length !== 1) found.push(`${roots.length} roots`);
  for (const e of envs) {
    if (tableGet(project.environments, e.id) !== e) found.push(`${e.id} is filed under another id`);
    let current = e;
    for (let hops = 0; current.parentId !== null && hops <= envs.length; hops++) {
      const parent = tableGet(project.environments, current.parentId);
      if (!parent) found.push(`${current.id} has a missing parent ${current.parentId}`);
      current = parent ?? { ...current, parentId: null };
    }
    if (current !== roots[0]) found.push(`${e.id} does not lead up to the root`);
    const parent = e.parentId === null ? undefined : tableGet(project.environments, e.parentId);
    if (e.status === 'active' && parent?.status === 'inactive') {
      found.push(`${e.id} is active under inactive ${parent.id}`);
    }
    if (!tableGet(project.commits, e.head)) found.push(`${e.id} points at a missing commit`);
  }
  // The children index, known for every project from the first one on, must be carried
  // forward and equal what grouping every environment gives.
  const grouped = new Map<string | null, string[]>();
  for (const e of [...envs].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    grouped.set(e.parentId, [...(grouped.get(e.parentId) ?? []), e.id]);
  }
  const text = (index: ReadonlyMap<string | null, readonly string[]>) =>
    [...index]
      .map((entry) => JSON.stringify(entry))
      .sort()
      .join(' ');
  const index = knownChildIndex(project.environments);
  if (!index) found.push('the children index was not carried forward');
  else if (text(index) !== text(grouped))
    found.push(`children index ${text(index)}, not ${text(grouped)}`);
  for (const snapshot of project.snapshots) {
    if (!tableGet(project.environments, snapshot.environment))
      found.push(`snapshot ${snapshot.id} of a missing ${snapshot.environment}`);
  }
  const limit = rulesOf(project).activeLimit.max;
  const active = countActive(project);
  if (active > limit) found.push(`${active} active, limit ${limit}`);
  // The count the operations keep (and refuse by) must be the true one.
  if (activeCount(project) !== active)
    found.push(`kept count ${activeCount(project)}, not ${active}`);
  for (const commit of tableValues(project.commits)) {
    if (tableGet(before.commits, commit.id)) continue;
    if (commit.parents.some((id) => !tableGet(project.commits, id)))
      found.push(`${commit.id} lost a parent`);
    for (const file of CONFIG_FILES) {
      const parsed = parseYaml(file, commit.files[file], { duplicateKeys: 'error' });
      if ('problem' in parsed) found.push(`${commit.message}: ${yamlProblemText(parsed.problem)}`);
    }
  }
  return found;
}

/** Active environments the plan's limit counts, counted from scratch, not through the domain. */
function countActive(project: Project): number {
  const { roles } = rulesOf(project).activeLimit;
  return tableValues(project.environments).filter(
    (e) => e.status === 'active' && (roles === null || roles.includes(e.role)),
  ).length;
}

function checkSequence(plan: PlanId, edition: Edition, steps: readonly Step[]): void {
  let project = deepFreeze(defaultProject(plan, edition));
  // As the app does when it draws the tree.
  childIds(project.environments, null);
  for (const s of steps) {
    if (s.op === 'time') {
      const later = advanceClock(project, project.clock + s.value * 40);
      expect(activityViolations(later, project)).toEqual([]);
      project = deepFreeze(later);
      continue;
    }
    // The project is frozen, so nothing can change it; the text proves it stayed equal too.
    const before = JSON.stringify(projectToRecord(project));
    const result = run(project, { ...s, op: s.op });
    if ('error' in result) {
      if (!/^[a-z]+(-[a-z]+)*$/.test(result.error.code) || result.error.message === '') {
        expect.fail(`${s.op} refused without a code or a reason: ${JSON.stringify(result.error)}`);
      }
      if (JSON.stringify(projectToRecord(project)) !== before)
        expect.fail(`refused ${s.op} changed the project`);
      if (s.logRefusal) {
        project = deepFreeze(
          recordRefusal(project, { type: s.op, environment: 'x', error: result.error }),
        );
      }
      continue;
    }
    const after = result.project;
    const logged = after.activity.at(-1);
    // A cancel ends an activity already logged; anything else logs one, done or queued.
    const added = s.op === 'cancel' ? 0 : 1;
    if (
      after.clock !== project.clock + 1 ||
      after.activity.length !== project.activity.length + added ||
      (added === 1 &&
        (logged?.at !== after.clock ||
          (logged.deploy ? logged.state !== 'pending' : logged.result !== 'success')))
    ) {
      expect.fail(`${s.op} did not log one activity at the next tick`);
    }
    expect(violations(after, project)).toEqual([]);
    expect(activityViolations(after, project)).toEqual([]);
    project = deepFreeze(result.project);
  }
  // Every deploy ends, and nothing is lost on the way.
  const settled = settle(project);
  expect(openActivities(settled)).toEqual([]);
  expect(activityViolations(settled, project)).toEqual([]);
  expect(violations(settled, project)).toEqual([]);
}

describe('operations on random sequences', () => {
  it.each(SLOTS)(
    'keep one root, a tree, the active limit, and refusals change nothing ($plan, $edition rules)',
    ({ plan, edition }) => {
      fc.assert(
        fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), (steps) =>
          checkSequence(plan, edition, steps),
        ),
        // Six plan and edition pairs share the runs the two plans had.
        { numRuns: 400 },
      );
    },
    60_000,
  );
});
