import { isValidVariableName } from './variable';

/**
 * The rules for the names a project carries, the same whichever way it comes in: a form,
 * a typed command, a project file, a share or scenario link, a pasted CLI listing. Each gives
 * why a name cannot be used, or null. Branch names keep theirs beside the branch operation
 * (`validateBranchName`, `branchIdProblem`). DOMAIN.md §5 gives the variable rule; it is silent on titles, project ids and regions, so those follow the platform's API
 * as its CLI shows it: a project id is a short run of lowercase letters and digits
 * (`abcdefg123456`; "-" is let in for the explorer's generated projects), a region a host
 * label (`us`, `us-3`, `eu-5`), a title one line of text.
 */

export function variableNameProblem(name: string): string | null {
  return isValidVariableName(name)
    ? null
    : `"${name}" cannot be a variable name: use 1 to 256 of a-z A-Z 0-9 . _ : -`;
}

export const MAX_TITLE = 255;

export function titleProblem(title: string): string | null {
  if (title.trim() === '') return 'a title cannot be empty';
  if (title.length > MAX_TITLE) {
    return `the title has ${title.length} characters, and the limit is ${MAX_TITLE}`;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(title)) return 'a title is one line, with no control characters';
  return null;
}

export function projectIdProblem(id: string): string | null {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) && id.length <= 64
    ? null
    : `"${id}" cannot be a project id: use up to 64 lowercase letters, digits and single "-"`;
}

export function regionProblem(region: string): string | null {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(region) && region.length <= 63
    ? null
    : `"${region}" cannot be a region: use lowercase letters, digits and single "-", like "us-3"`;
}
