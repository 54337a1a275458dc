import { createDefaultProject } from '../../src/domain/defaults/default-project';
import { makeCommit } from '../../src/domain/git/commit-graph';
import { tableGet, tableOf, tableValues, tableWith } from '../../src/domain/table';
import type {
  ConfigFiles,
  Edition,
  Environment,
  EnvironmentId,
  PlanId,
  Project,
  Variable,
  VariableFlags,
} from '../../src/domain/types';
import { variable } from '../../src/domain/variable';

/** The embedded default project of a plan (in the 2.1 edition unless given). */
export function defaultProject(plan: PlanId = 'starter', edition: Edition = '2.1'): Project {
  return createDefaultProject(plan, edition);
}

export function env(project: Project, id: EnvironmentId): Environment {
  const found = tableGet(project.environments, id);
  if (!found) throw new Error(`test project has no environment ${id}`);
  return found;
}

/** A copy of the project with one environment changed. */
export function withEnvironment(
  project: Project,
  id: EnvironmentId,
  patch: Partial<Environment>,
): Project {
  return {
    ...project,
    environments: tableWith(project.environments, { ...env(project, id), ...patch }),
  };
}

/** A copy with a variable set on an environment, or on the project when `id` is null. */
export function withVariable(
  project: Project,
  id: EnvironmentId | null,
  name: string,
  value: string,
  flags: Partial<VariableFlags> = {},
): Project {
  const v: Variable = variable(name, value, flags);
  if (id === null) return { ...project, variables: { ...project.variables, [name]: v } };
  return withEnvironment(project, id, { variables: { ...env(project, id).variables, [name]: v } });
}

/** A copy where the environment's head (and deployed commit) carries the given file texts. */
export function withFiles(
  project: Project,
  id: EnvironmentId,
  files: Partial<ConfigFiles>,
): Project {
  const current = env(project, id);
  const head = tableGet(project.commits, current.head);
  if (!head) throw new Error(`no head commit for ${id}`);
  const commit = makeCommit([head.id], 'test change', project.clock, { ...head.files, ...files });
  return withEnvironment({ ...project, commits: tableWith(project.commits, commit) }, id, {
    head: commit.id,
    deployment: current.deployment && {
      ...current.deployment,
      commit: commit.id,
      applied: commit.id,
    },
  });
}

/**
 * The project as a share link must carry it: every sensitive value (project and environment
 * level) emptied, everything else as it was. Written here, apart from the code under test.
 */
export function withoutSecrets(project: Project): Project {
  const blank = (variables: Readonly<Record<string, Variable>>) =>
    Object.fromEntries(
      Object.entries(variables).map(([name, v]) => [
        name,
        v.flags.sensitive ? { ...v, value: '' } : v,
      ]),
    );
  return {
    ...project,
    variables: blank(project.variables),
    environments: tableOf(
      tableValues(project.environments).map((e) => ({ ...e, variables: blank(e.variables) })),
    ),
  };
}
