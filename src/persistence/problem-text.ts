/** A problem found in loaded data, at a path such as `project.environments.staging.parentId`. */
export type Problem = Readonly<{ path: string; message: string }>;

/** Why loading saved state, a file or a link failed: a code for tests, a sentence for users. */
export type LoadError = Readonly<{
  code: LoadErrorCode;
  message: string;
  problems: readonly Problem[];
}>;

export type LoadErrorCode =
  | 'not-json'
  | 'not-ours'
  | 'future-schema'
  | 'invalid-shape'
  | 'invalid-project'
  | 'too-large'
  | 'broken-link';

// Keys that read well after a dot; anything else is quoted, e.g. `variables["a b"]`.
const PLAIN_KEY = /^[A-Za-z0-9_:-]+$/;

/** `['project', 'activity', 2, 'id']` → `project.activity[2].id`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'string' && PLAIN_KEY.test(key)) text += text ? `.${key}` : key;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text;
}

/** What a JSON value is, in words, for "expected X, found Y". */
export function describeJson(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') {
    const shown = value.length > 30 ? `${value.slice(0, 30)}…` : value;
    return `the text ${JSON.stringify(shown)}`;
  }
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  return 'an object';
}

export function problemText(problem: Problem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

const SHOWN_PROBLEMS = 3;

/** One sentence for the user: the intro, then the first few problems by path. */
export function loadError(code: LoadErrorCode, intro: string, problems: Problem[] = []): LoadError {
  const shown = problems.slice(0, SHOWN_PROBLEMS).map(problemText);
  const more = problems.length - shown.length;
  const detail = shown.length
    ? ` ${shown.join('; ')}${more > 0 ? ` (and ${more} more)` : ''}.`
    : '';
  return { code, message: `${intro}${detail}`, problems };
}
