import { type OperationFailure, refuse } from './refuse';

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
