import { describeValue } from './describe-value';
import type { Level } from './findings';

export type TypeProblem = Readonly<{ level: Level; message: string }>;

const NAME = /^[a-z][a-z0-9-]*$/;
// `10`, `10.4`, `3`, `11.4`: digits with dots; not `latest`, not `10.x`.
const VERSION = /^\d+(\.\d+)*$/;

/**
 * What is wrong with a `type:` value written as `name:version` (a service's `mysql:10.4`,
 * the application's `php:8.3`): an error for a malformed one, a warning when it names no
 * version, `null` when it is fine. `examples` end the message, e.g. `mysql:10.4 or redis:7.2`.
 */
export function typeProblem(type: unknown, examples: string): TypeProblem | null {
  if (typeof type !== 'string' || type === '') {
    return {
      level: 'error',
      message: `the type must be name:version, e.g. ${examples}; found ${describeValue(type)}`,
    };
  }
  const [name = '', version, ...rest] = type.split(':');
  if (!NAME.test(name) || rest.length > 0) {
    return {
      level: 'error',
      message: `type "${type}" is not name:version (lowercase name, then a version number), e.g. ${examples}`,
    };
  }
  if (version === undefined) {
    return {
      level: 'warning',
      message: `type "${type}" has no version: pin one as ${name}:<version> so every environment runs the same`,
    };
  }
  if (!VERSION.test(version)) {
    return {
      level: 'error',
      message: `type "${type}" has no valid version: "${version}" is not a version number; write e.g. ${examples}`,
    };
  }
  return null;
}
