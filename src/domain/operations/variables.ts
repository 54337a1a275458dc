import { sameValue } from '../config/settings';
import { roleRulesOf, rulesOf, SOURCES } from '../plans';
import { rootOf } from '../tree';
import type { EnvironmentId, OperationResult, Project, Variable } from '../types';
import { isValidVariableName } from '../variable';
import {
  deployOf,
  lookupEnvironment,
  type Operation,
  type OperationFailure,
  onEnvironment,
  refuse,
  succeed,
  withEnvironments,
} from './operation';

/** Variables as the platform makes, names and changes them (DOMAIN.md §5). */

type Variables = Readonly<Record<string, Variable>>;

/** What a variable operation does to the variables of one level. */
export type VariablesChange = (
  current: Variables,
  /** "the project" or the environment's id, for messages. */
  owner: string,
) => Readonly<{ variables: Variables; activity: string; atBuild: boolean }> | OperationFailure;

/**
 * Applies `change` to the project's variables (`level` null) or to one environment's own
 * variables. An environment change redeploys that environment alone, if active; a project
 * change redeploys nothing and is logged on the root.
 */
function updateVariables(
  project: Project,
  level: EnvironmentId | null,
  change: VariablesChange,
): OperationResult {
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
      `Project ${result.activity}; no environment redeploys: each picks it up on its next deploy.`,
    );
  }
  const env = lookupEnvironment(project, level);
  if ('error' in env) return env;
  const rules = roleRulesOf(project, env.role);
  if (rules.variablesByTicket) {
    return refuse(
      'needs-ticket',
      `${rulesOf(project).label}: variables of ${rules.label} change only through a support ticket (${SOURCES.S5}); set it on Integration, or ask support.`,
    );
  }
  const result = change(env.variables, env.id);
  if ('error' in result) return result;
  const updated = { ...env, variables: result.variables };
  const active = env.status === 'active';
  // A variable visible at build changes what the build makes, so the tree builds again.
  const deploy = active
    ? deployOf(updated, result.activity, { rebuild: result.atBuild })
    : undefined;
  const summary = active
    ? `${env.id} redeploys${result.atBuild ? ', with a new build' : ''}; its child environments keep the value they were deployed with until they redeploy.`
    : `It takes effect when ${env.id} is activated.`;
  return succeed(
    withEnvironments(project, updated),
    {
      type: 'variable',
      environment: env.id,
      activity: result.activity,
      ...(deploy ? { deploy } : {}),
    },
    `On ${env.id}: ${result.activity}. ${summary}`,
  );
}

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
export function setVariableOn(project: Project, args: SetVariableArgs): OperationResult {
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
    if (existing?.flags.sensitive && !flags.sensitive) {
      return refuse(
        'sensitive-one-way',
        `${name} on ${owner} is sensitive, and a sensitive variable can never be made visible again: delete it and create it anew instead.`,
      );
    }
    return {
      variables: { ...current, [name]: args.variable },
      activity: `variable ${name} ${existing ? 'changed' : 'added'}`,
      atBuild: flags.build || Boolean(existing?.flags.build),
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

export type RemoveVariableArgs = Readonly<{
  /** The environment that sets it, or null for a project variable. */
  env: EnvironmentId | null;
  name: string;
}>;

/**
 * Removes a variable set on the project or on one environment itself (an inherited one is
 * removed where it is set). Refused when that level has no variable of that name.
 */
export function removeVariableFrom(project: Project, args: RemoveVariableArgs): OperationResult {
  return updateVariables(project, args.env, (current, owner) => {
    if (!Object.hasOwn(current, args.name)) {
      return refuse('no-variable', `There is no variable named ${args.name} set on ${owner}.`);
    }
    const variables = Object.fromEntries(
      Object.entries(current).filter(([name]) => name !== args.name),
    );
    return {
      variables,
      activity: `variable ${args.name} removed`,
      atBuild: Boolean(current[args.name]?.flags.build),
    };
  });
}

/** Set a variable on the project or one environment. */
export const setVariable: Operation<SetVariableArgs> = {
  type: 'variable',
  perform: setVariableOn,
  subject: onEnvironment,
};

/** Remove a variable from the project or one environment. */
export const removeVariable: Operation<RemoveVariableArgs> = {
  type: 'variable',
  perform: removeVariableFrom,
  subject: onEnvironment,
};
