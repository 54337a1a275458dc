import { isRecord } from '../config/parse-yaml';
import type { ConfigSource } from './config-source';
import { describeValue } from './describe-value';
import { createFindings, type Findings } from './findings';
import { typeProblem } from './type-problem';
import { validateDisk } from './validate-disk';

export type ServicesCheck = Readonly<{
  findings: Findings;
  /** Every service id the file defines, `null` when the file is not a map of ids. */
  ids: readonly string[] | null;
}>;

// DOMAIN.md §4 says "lowercase alphanumeric"; real projects also use `redis-session` and
// `opensearch1-1`, and the service editor accepts `_`.
const SERVICE_ID = /^[a-z0-9][a-z0-9_-]*$/;

const EXAMPLES = 'mysql:10.4 or redis:7.2';

/**
 * Checks `.magento/services.yaml` (DOMAIN.md §4): a map of service ids, each with a
 * `type: name:version` and an optional `disk` in MB. An empty file means no services.
 */
export function validateServices(source: ConfigSource): ServicesCheck {
  const findings = createFindings(source);
  const { value } = source;
  if (value === null) return { findings, ids: [] };
  if (!isRecord(value)) {
    findings.error(
      [],
      `expected a map of service ids (e.g. "mysql:" with "type: mysql:10.4" under it), found ${describeValue(value)}`,
    );
    return { findings, ids: null };
  }
  for (const [id, body] of Object.entries(value)) {
    const subject = `service "${id}"`;
    if (!SERVICE_ID.test(id)) {
      findings.error(
        [id],
        `service id "${id}" is not valid: use lowercase letters, digits, "-" and "_"`,
      );
    }
    if (!isRecord(body)) {
      findings.error(
        [id],
        `${subject} must be a map with "type:" (and "disk:"), found ${describeValue(body)}`,
      );
      continue;
    }
    if (body.type === undefined || body.type === null) {
      findings.error([id, 'type'], `${subject} has no type: add e.g. "type: mysql:10.4"`);
    } else {
      const problem = typeProblem(body.type, EXAMPLES);
      if (problem) findings.add(problem.level, [id, 'type'], `${subject}: ${problem.message}`);
    }
    validateDisk(findings, [id, 'disk'], body.disk, subject);
  }
  return { findings, ids: Object.keys(value) };
}
