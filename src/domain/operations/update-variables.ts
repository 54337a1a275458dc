import { rootOf } from '../tree';
import type { EnvironmentId, OperationResult, Project, Variable } from '../types';
import { deployEnvironment } from './deploy-environment';
import { lookupEnvironment } from './lookup-environment';
import type { OperationFailure } from './refuse';
import { succeed } from './succeed';
import { withEnvironments } from './with-environments';

type Variables = Readonly<Record<string, Variable>>;

/** What a variable operation does to the variables of one level. */
export type VariablesChange = (
  current: Variables,
  /** "the project" or the environment's id, for messages. */
  owner: string,
) => Readonly<{ variables: Variables; activity: string }> | OperationFailure;

/**
 * Applies `change` to the project's variables (`level` null) or to one environment's own
 * variables. An environment change redeploys that environment alone, if active; a project
 * change redeploys nothing and is logged on the root.
 */
export function updateVariables(
  project: Project,
  level: EnvironmentId | null,
  change: VariablesChange,
): OperationResult {
  const at = project.clock + 1;
  if (level === null) {
    const result = change(project.variables, 'the project');
    if ('error' in result) return result;
    return succeed(
      { ...project, variables: result.variables },
      {
        type: 'variable',
        environment: rootOf(project)?.id ?? '',
        activity: `project ${result.activity}`,
      },
      `Project ${result.activity}; environments pick it up on their next deploy.`,
    );
  }
  const env = lookupEnvironment(project, level);
  if ('error' in env) return env;
  const result = change(env.variables, env.id);
  if ('error' in result) return result;
  const updated = { ...env, variables: result.variables };
  const deployment =
    env.status === 'active'
      ? deployEnvironment(project, updated, env.head, result.activity, at)
      : { environment: updated, summary: `It takes effect when ${env.id} is activated.` };
  return succeed(
    withEnvironments(project, deployment.environment),
    { type: 'variable', environment: env.id, activity: result.activity },
    `On ${env.id}: ${result.activity}. ${deployment.summary}`,
  );
}
