import { titleProblem } from '../names';
import { roleRulesOf, rulesOf, SOURCES } from '../plans';
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
  /** Start with empty data instead of a copy of the parent's (`--no-clone-parent`). */
  withoutData?: boolean;
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
  const refusal = parentRefusal(project, parent);
  if (refusal) return refusal;
  const named = newBranch(project, parent, args);
  if ('error' in named) return named;

  const at = project.clock + 1;
  const child: Environment = {
    ...named.env,
    status: 'active',
    dataOrigin: { from: args.withoutData ? null : parent.id, at },
  };
  const candidate = withEnvironments(project, child);
  const overLimit = activeLimitRefusal(project, candidate, child, `Branching ${child.id}`);
  if (overLimit) return overLimit;
  const data = args.withoutData ? 'empty data' : 'a copy of its data';
  return succeed(
    candidate,
    {
      type: 'branch',
      environment: child.id,
      activity: `branched from ${parent.id}${args.withoutData ? ', without data' : ''}`,
      deploy: deployOf(child, `branched from ${parent.id}`),
    },
    `Branched ${child.id} from ${parent.id}: active, with ${parent.id}'s code and ${data}; it deploys now.`,
  );
}

/** The inactive environment a new branch of `parent` named `args.name` starts as, or why not. */
function newBranch(
  project: Project,
  parent: Environment,
  args: Pick<BranchArgs, 'name' | 'title'>,
): { env: Environment } | OperationFailure {
  const role = rulesOf(project).childRole[parent.role];
  if (!role) return forbiddenParent(project, parent);
  const checked = validateBranchName(args.name);
  if ('error' in checked) return checked;
  const { name } = checked;
  const title = args.title?.trim() || name;
  const badTitle = titleProblem(title);
  if (badTitle) return refuse('name-invalid', `The title cannot be used: ${badTitle}.`);
  if (tableHas(project.environments, name)) {
    return refuse(
      'name-taken',
      `An environment named ${name} already exists: choose another name.`,
    );
  }
  return {
    env: {
      id: name,
      title,
      parentId: parent.id,
      role,
      status: 'inactive',
      head: parent.head,
      deployment: null,
      dataOrigin: null,
      variables: {},
      deployState: null,
      failNext: null,
    },
  };
}

export type PushArgs = Readonly<{ parent: EnvironmentId; name: string; title?: string }>;

/**
 * A branch pushed from a clone (DOMAIN.md §6): the environment exists, inactive, with the
 * parent's code; nothing deploys and no data is copied, so the active limit does not apply.
 * Refused for an invalid or taken name, and where the plan has no branches under `parent`.
 */
export function pushNewBranch(project: Project, args: PushArgs): OperationResult {
  const parent = lookupEnvironment(project, args.parent);
  if ('error' in parent) return parent;
  const named = newBranch(project, parent, args);
  if ('error' in named) return named;
  const { env } = named;
  return succeed(
    withEnvironments(project, env),
    {
      type: 'push',
      environment: env.id,
      activity: `pushed as a new branch of ${parent.id}: inactive`,
    },
    `Pushed ${env.id} (parent ${parent.id}): the environment exists but is inactive, with nothing deployed and no data; activate it when you need it.`,
  );
}

/** Push new branch: an inactive environment from `git push`. */
export const push: Operation<PushArgs> = {
  type: 'push',
  perform: pushNewBranch,
  subject: (args) => args.parent,
  blockedOn: (project, env) => {
    const parent = lookupEnvironment(project, env);
    if ('error' in parent) return parent.error;
    return rulesOf(project).childRole[parent.role] ? null : forbiddenParent(project, parent).error;
  },
};

/** The refusal for work under a parent the plan keeps branches away from, in its words. */
function forbiddenParent(project: Project, parent: Environment): OperationFailure {
  const plan = rulesOf(project);
  const rules = roleRulesOf(project, parent.role);
  return refuse(
    'branch-forbidden',
    rules.dedicated
      ? `You cannot create branches from Pro Staging and Production environments. Branch from ${plan.branchFromHint} instead (${SOURCES[plan.source]}).`
      : `${plan.label}: branch from ${plan.branchFromHint}, not ${parent.id} (${SOURCES[plan.source]}).`,
  );
}

function parentRefusal(project: Project, parent: Environment): OperationFailure | null {
  const plan = rulesOf(project);
  if (!plan.childRole[parent.role] || !roleRulesOf(project, parent.role).canBranchFrom) {
    return forbiddenParent(project, parent);
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
    role: rulesOf(project).childRole[parent.role] ?? parent.role,
    status: 'active',
  };
  return activeLimitRefusal(
    project,
    withEnvironments(project, probe),
    probe,
    `A new branch of ${parent.id}`,
  );
}

const SHELL_RESERVED = /[{}()*<>&%]/g;
const ALLOWED = /^[a-z0-9][a-z0-9._-]*$/;
const MAX_NAME = 255;

/**
 * Normalises a new branch name (lowercase, runs of spaces become `-`) and checks it against
 * DOMAIN.md §6: lowercase letters, digits, `-`, `_` and `.`, starting with a letter or digit;
 * no `..`, no trailing `.` or `.lock`; at most 255 characters. Nothing else is rewritten.
 */
export function validateBranchName(raw: string): Readonly<{ name: string }> | OperationFailure {
  const name = raw.trim().toLowerCase().replace(/\s+/g, '-');
  if (name === '') return refuse('name-invalid', 'Give the new branch a name.');
  const invalid = (why: string) =>
    refuse('name-invalid', `"${name}" cannot be a branch name: ${why}.`);
  const reserved = [...new Set(name.match(SHELL_RESERVED))];
  if (reserved.length > 0) {
    return invalid(
      `${reserved.join(' ')} ${reserved.length === 1 ? 'is' : 'are'} reserved for your Linux shell; remove ${reserved.length === 1 ? 'it' : 'them'}`,
    );
  }
  if (name.length > MAX_NAME) {
    return invalid(`it has ${name.length} characters, and the limit is ${MAX_NAME}`);
  }
  if (!ALLOWED.test(name)) {
    const others = [...new Set(name.replace(/[a-z0-9._-]/g, ''))];
    return invalid(
      others.length > 0
        ? `use only lowercase letters, digits, - _ and . (not ${others.join(' ')})`
        : 'it must start with a letter or a digit',
    );
  }
  if (name.includes('..')) return invalid('Git refuses ".." in a branch name');
  if (name.endsWith('.') || name.endsWith('.lock')) {
    return invalid('Git refuses a branch name that ends in "." or ".lock"');
  }
  return { name };
}

/** Why `id` cannot be a branch (and environment) id as it is written; null when it can. */
export function branchIdProblem(id: string): string | null {
  const checked = validateBranchName(id);
  if ('error' in checked) return checked.error.message.replace(/\.$/, '');
  return checked.name === id
    ? null
    : `"${id}" cannot be a branch name: it would be "${checked.name}"`;
}

/** Branch: a new active environment from a parent. */
export const branch: Operation<BranchArgs> = {
  type: 'branch',
  perform: branchEnvironment,
  subject: (args) => args.parent,
  blockedOn: (project, env) => branchFromRefusal(project, env)?.error ?? null,
};
