import type { EnvironmentId, OperationResult, Project } from '../types';
import { refuse } from './refuse';
import { updateVariables } from './update-variables';

export type RemoveVariableArgs = Readonly<{
  /** The environment that sets it, or null for a project variable. */
  env: EnvironmentId | null;
  name: string;
}>;

/**
 * Removes a variable set on the project or on one environment itself (an inherited one is
 * removed where it is set). Refused when that level has no variable of that name.
 */
export function removeVariable(project: Project, args: RemoveVariableArgs): OperationResult {
  return updateVariables(project, args.env, (current, owner) => {
    if (!Object.hasOwn(current, args.name)) {
      return refuse('no-variable', `There is no variable named ${args.name} set on ${owner}.`);
    }
    const variables = Object.fromEntries(
      Object.entries(current).filter(([name]) => name !== args.name),
    );
    return { variables, activity: `variable ${args.name} removed` };
  });
}
