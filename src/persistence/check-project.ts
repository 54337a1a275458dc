import {
  projectIdProblem,
  regionProblem,
  titleProblem,
  variableNameProblem,
} from '../domain/names';
import { branchIdProblem } from '../domain/operations/branch-environment';
import { rulesOf } from '../domain/plans';
import { formatPath, projectFromRecord } from '../domain/project-record';
import { tableEntries, tableGet, tableHas } from '../domain/table';
import { activeCount } from '../domain/tree';
import type { EnvironmentId, Project } from '../domain/types';
import { type Problem, parseWith, projectSchema } from './project-schema';

/**
 * Rules a well-shaped project must also keep to be one the explorer can show and operate on:
 * ids match their keys and every name keeps the rules a form keeps (domain/names.ts), exactly
 * one root, every parent exists, no cycles, heads and deployed commits exist, roles belong to
 * the plan, and the active limit holds. Paths start at `prefix`.
 */
export function checkProject(project: Project, prefix: readonly string[] = []): Problem[] {
  const problems: Problem[] = [];
  const at = (path: readonly PropertyKey[], message: string) =>
    problems.push({ path: formatPath([...prefix, ...path]), message });

  const name = (path: readonly PropertyKey[], problem: string | null) => {
    if (problem) at(path, problem);
  };
  name(['id'], projectIdProblem(project.id));
  name(['title'], titleProblem(project.title));
  name(['region'], regionProblem(project.region));

  const rules = rulesOf(project);
  const envs = tableEntries(project.environments);
  const roots = envs.filter(([, env]) => env.parentId === null).map(([id]) => id);
  if (roots.length !== 1) {
    at(
      ['environments'],
      roots.length === 0
        ? 'no root environment: exactly one must have parentId null'
        : `exactly one root environment is allowed (parentId null), found ${roots.length}: ${roots.join(', ')}`,
    );
  }

  for (const [key, env] of envs) {
    const here = ['environments', key];
    if (env.id !== key) at([...here, 'id'], `expected "${key}", the key it is stored under`);
    else name([...here, 'id'], branchIdProblem(key));
    name([...here, 'title'], titleProblem(env.title));
    if (env.parentId !== null && !tableHas(project.environments, env.parentId)) {
      at([...here, 'parentId'], `parent "${env.parentId}" is not an environment of this project`);
    }
    const commits: [PropertyKey[], string][] = [[['head'], env.head]];
    if (env.deployment) {
      commits.push([['deployment', 'commit'], env.deployment.commit]);
      commits.push([['deployment', 'applied'], env.deployment.applied]);
    }
    for (const [path, id] of commits) {
      if (!tableHas(project.commits, id)) {
        at([...here, ...path], `commit "${id}" is not among the project's commits`);
      }
    }
    if (env.status === 'inactive' && env.deployment) {
      at([...here, 'deployment'], 'an inactive environment runs nothing: expected null');
    }
    if (!rules.roles[env.role]) {
      at(
        [...here, 'role'],
        `"${env.role}" is not a role of the ${rules.label} plan (${Object.keys(rules.roles).join(', ')})`,
      );
    }
    variableKeys(env.variables, [...here, 'variables'], at);
  }
  variableKeys(project.variables, ['variables'], at);

  for (const cycle of cycles(project)) {
    at(['environments', cycle[0] ?? '', 'parentId'], `parents form a cycle: ${cycle.join(' → ')}`);
  }

  for (const [key, commit] of tableEntries(project.commits)) {
    if (commit.id !== key)
      at(['commits', key, 'id'], `expected "${key}", the key it is stored under`);
    commit.parents.forEach((parent, index) => {
      if (parent === key) {
        at(['commits', key, 'parents', index], 'a commit cannot be its own parent');
      } else if (!tableHas(project.commits, parent)) {
        at(
          ['commits', key, 'parents', index],
          `commit "${parent}" is not among the project's commits`,
        );
      }
    });
  }

  project.snapshots.forEach((snapshot, index) => {
    if (!tableHas(project.environments, snapshot.environment)) {
      at(
        ['snapshots', index, 'environment'],
        `"${snapshot.environment}" is not an environment of this project`,
      );
    }
  });

  // Counting needs a tree; with a broken one the problems above already refuse the project.
  if (problems.length === 0) {
    const active = activeCount(project);
    const { max, counts } = rules.activeLimit;
    if (active > max) {
      at(['environments'], `${active} ${counts}, but the ${rules.label} plan allows ${max}`);
    }
  }
  return problems;
}

function variableKeys(
  variables: Project['variables'],
  path: readonly PropertyKey[],
  at: (path: readonly PropertyKey[], message: string) => void,
): void {
  for (const [key, variable] of Object.entries(variables)) {
    if (variable.name !== key)
      at([...path, key, 'name'], `expected "${key}", the key it is stored under`);
    else {
      const problem = variableNameProblem(key);
      if (problem) at([...path, key, 'name'], problem);
    }
  }
}

/**
 * Each cycle of parent links once, starting at its smallest id, e.g. `[a, b, a]`. Linear in
 * the number of environments: each is walked once, marked as done when its walk ends, and a
 * walk stops at the first environment already done (so a deep chain costs its length, once).
 */
function cycles(project: Project): EnvironmentId[][] {
  const done = new Set<EnvironmentId>();
  const found: EnvironmentId[][] = [];
  for (const [start] of tableEntries(project.environments)) {
    if (done.has(start)) continue;
    // The walk from `start`: each id with its place in the walk, to spot a return to it.
    const place = new Map<EnvironmentId, number>();
    const walk: EnvironmentId[] = [];
    let id: EnvironmentId | null = start;
    while (id !== null && !done.has(id) && !place.has(id) && tableHas(project.environments, id)) {
      place.set(id, walk.length);
      walk.push(id);
      id = tableGet(project.environments, id)?.parentId ?? null;
    }
    if (id !== null && place.has(id)) {
      const loop = walk.slice(place.get(id));
      const first = [...loop].sort()[0] as EnvironmentId;
      const at = loop.indexOf(first);
      found.push([...loop.slice(at), ...loop.slice(0, at), first]);
    }
    for (const walked of walk) done.add(walked);
  }
  return found.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

export type ProjectCheck =
  | Readonly<{ project: Project }>
  | Readonly<{ problems: Problem[]; stage: 'shape' | 'rules' }>;

/** The shape first (so the rules can trust it), then the rules; paths start at `prefix`. */
export function validateProject(value: unknown, prefix: readonly string[]): ProjectCheck {
  const parsed = parseWith(projectSchema, value, prefix);
  if ('problems' in parsed) return { problems: parsed.problems, stage: 'shape' };
  const project = projectFromRecord(parsed.data);
  const problems = checkProject(project, prefix);
  return problems.length ? { problems, stage: 'rules' } : { project };
}
