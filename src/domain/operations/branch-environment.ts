import { planRules, roleRules } from '../plans';
import { tableHas } from '../table';
import type { Environment, EnvironmentId, OperationResult, Project } from '../types';
import {
  activeLimitRefusal,
  deployOf,
  lookupEnvironment,
  type Operation,
  type OperationFailure,
  refuse,
  succeed,
  withEnvironments,
} from './operation';

export type BranchArgs = Readonly<{
  parent: EnvironmentId;
  /** As typed; normalised before it is checked. */
  name: string;
  /** Defaults to the branch name. */
  title?: string;
}>;

/**
 * Branches a new active environment from `parent` (DOMAIN.md §6): the parent's code, a copy
 * of its data, and variables inherited from it. Refused when the plan forbids branching
 * from the parent, the parent is inactive, the name is invalid or taken, or one more active
 * environment would break the active limit.
 */
export function branchEnvironment(project: Project, args: BranchArgs): OperationResult {
  const parent = lookupEnvironment(project, args.parent);
  if ('error' in parent) return parent;
  const role = planRules(project.plan).childRole[parent.role];
  const refusal = parentRefusal(project, parent);
  if (refusal || !role) return refusal ?? refuse('branch-forbidden', 'No branch role.');
  const checked = validateBranchName(args.name);
  if ('error' in checked) return checked;
  const { name } = checked;
  if (tableHas(project.environments, name)) {
    return refuse(
      'name-taken',
      `An environment named ${name} already exists: choose another name.`,
    );
  }

  const at = project.clock + 1;
  const child: Environment = {
    id: name,
    title: args.title?.trim() || name,
    parentId: parent.id,
    role,
    status: 'active',
    head: parent.head,
    deployment: null,
    dataOrigin: { from: parent.id, at },
    variables: {},
    deployState: null,
    failNext: null,
  };
  const candidate = withEnvironments(project, child);
  const overLimit = activeLimitRefusal(project, candidate, child, `Branching ${name}`);
  if (overLimit) return overLimit;
  return succeed(
    candidate,
    {
      type: 'branch',
      environment: name,
      activity: `branched from ${parent.id}`,
      deploy: deployOf(child, `branched from ${parent.id}`),
    },
    `Branched ${name} from ${parent.id}: active, with ${parent.id}'s code and a copy of its data; it deploys now.`,
  );
}

function parentRefusal(project: Project, parent: Environment): OperationFailure | null {
  const plan = planRules(project.plan);
  if (!plan.childRole[parent.role] || !roleRules(project.plan, parent.role).canBranchFrom) {
    return refuse(
      'branch-forbidden',
      `${plan.label}: branch from ${plan.branchFromHint}, not ${parent.id}.`,
    );
  }
  if (parent.status !== 'active') {
    return refuse(
      'parent-inactive',
      `${parent.id} is inactive: activate it first, since a new branch takes a copy of its data.`,
    );
  }
  return null;
}

/**
 * Why no branch at all can be made from `parent` now, whatever its name (for a disabled
 * Branch button): the plan's branching rule, an inactive parent, or the active limit.
 */
export function branchFromRefusal(
  project: Project,
  parentId: EnvironmentId,
): OperationFailure | null {
  const parent = lookupEnvironment(project, parentId);
  if ('error' in parent) return parent;
  const refusal = parentRefusal(project, parent);
  if (refusal) return refusal;
  // A stand-in child whose id no branch can have (branch names refuse spaces).
  const probe: Environment = {
    ...parent,
    id: `new branch of ${parent.id}`,
    parentId: parent.id,
    status: 'active',
  };
  return activeLimitRefusal(
    project,
    withEnvironments(project, probe),
    probe,
    `A new branch of ${parent.id}`,
  );
}

const FORBIDDEN = /[{}()*<>&%]/g;
// Git's own ref-name rules, which the platform inherits.
const GIT_REFUSES = /\.\.|[~^:?[\\]|@\{|\/\/|^[-./]|[./]$|\.lock$/;

/**
 * Normalises a new branch name (lowercase, runs of spaces become `-`) and checks it:
 * none of `{}()*<>&%` (DOMAIN.md §6), nothing Git refuses in a branch name.
 */
export function validateBranchName(raw: string): Readonly<{ name: string }> | OperationFailure {
  const name = raw.trim().toLowerCase().replace(/\s+/g, '-');
  if (name === '') return refuse('name-invalid', 'Give the new branch a name.');
  const forbidden = [...new Set(name.match(FORBIDDEN))];
  if (forbidden.length > 0) {
    return refuse(
      'name-invalid',
      `Branch names cannot contain any of { } ( ) * < > & %: remove ${forbidden.join(' ')} from "${name}".`,
    );
  }
  if (GIT_REFUSES.test(name)) {
    return refuse(
      'name-invalid',
      `Git does not accept "${name}" as a branch name (no "..", ~ ^ : ? [ \\, and no - . or / at either end): choose another name.`,
    );
  }
  return { name };
}

/** Branch: a new active environment from a parent. */
export const branch: Operation<BranchArgs> = {
  type: 'branch',
  perform: branchEnvironment,
  subject: (args) => args.parent,
  blockedOn: (project, env) => branchFromRefusal(project, env)?.error ?? null,
};
