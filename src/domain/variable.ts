import type { Variable, VariableFlags } from './types';

// Apart from the variable operations: the default projects build variables at start-up,
// and this must not pull the operations (and YAML) into the initial bundle.

/** The flags the web console starts a new variable with. */
export const DEFAULT_VARIABLE_FLAGS: VariableFlags = {
  inheritable: true,
  sensitive: false,
  build: true,
  runtime: true,
  json: false,
};

/** A variable with the platform's default flags, overridden where given. */
export function variable(
  name: string,
  value: string,
  flags: Partial<VariableFlags> = {},
): Variable {
  return { name, value, flags: { ...DEFAULT_VARIABLE_FLAGS, ...flags } };
}

/** Variable names: `a-z A-Z 0-9 . _ : -`, up to 256 characters (DOMAIN.md §5). */
export function isValidVariableName(name: string): boolean {
  return /^[A-Za-z0-9._:-]{1,256}$/.test(name);
}
