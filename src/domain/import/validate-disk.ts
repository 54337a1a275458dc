import { describeValue } from './describe-value';
import type { Findings } from './findings';

/** Reports a `disk:` that is not a whole number of MB above 0; an absent one is fine. */
export function validateDisk(
  findings: Findings,
  path: readonly string[],
  disk: unknown,
  subject: string,
): void {
  if (disk === undefined) return;
  if (typeof disk === 'number' && Number.isInteger(disk) && disk > 0) return;
  findings.error(
    path,
    `${subject}: disk must be a whole number of MB above 0 (e.g. 2048), found ${describeValue(disk)}`,
  );
}
