import { sameValue } from '../git/same-value';
import type { EnvironmentId, OperationResult, Project, Variable } from '../types';
import { isValidVariableName } from '../variable';
import { refuse } from './refuse';
import { updateVariables } from './update-variables';

export type SetVariableArgs = Readonly<{
  /** The environment to set it on, or null for a project variable. */
  env: EnvironmentId | null;
  variable: Variable;
}>;

/**
 * Adds or changes a variable of the project or of one environment (DOMAIN.md §5). Refused
 * for an invalid name, a JSON-flagged value that is not JSON, and a variable that already
 * has exactly this value and these flags.
 */
export function setVariable(project: Project, args: SetVariableArgs): OperationResult {
  const { name, value, flags } = args.variable;
  if (!isValidVariableName(name)) {
    return refuse(
      'name-invalid',
      `"${name}" is not a valid variable name: use up to 256 characters of a-z A-Z 0-9 . _ : -.`,
    );
  }
  if (flags.json && !parsesAsJson(value)) {
    return refuse(
      'value-invalid',
      `${name} is marked as JSON, but its value is not JSON: fix the value or clear the JSON flag.`,
    );
  }
  return updateVariables(project, args.env, (current, owner) => {
    const existing = Object.hasOwn(current, name) ? current[name] : undefined;
    if (existing && sameValue(existing, args.variable)) {
      return refuse('no-change', `${name} on ${owner} already has this value and these flags.`);
    }
    return {
      variables: { ...current, [name]: args.variable },
      activity: `variable ${name} ${existing ? 'changed' : 'added'}`,
    };
  });
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
