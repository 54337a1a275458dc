import { isRecord } from '../config/parse-yaml';
import type { ConfigSource } from './config-source';
import { describeValue } from './describe-value';
import { createFindings, type Findings } from './findings';
import { RELATIONSHIP_TARGET } from './relationship-target';
import { typeProblem } from './type-problem';
import { validateDisk } from './validate-disk';

const SUBJECT = 'the application';

function validateRelationshipShapes(findings: Findings, relationships: unknown): void {
  if (relationships === undefined || relationships === null) return;
  if (!isRecord(relationships)) {
    findings.error(
      ['relationships'],
      `relationships must be a map of name: "service:endpoint" (e.g. database: "mysql:mysql"), found ${describeValue(relationships)}`,
    );
    return;
  }
  for (const [name, target] of Object.entries(relationships)) {
    if (typeof target === 'string' && RELATIONSHIP_TARGET.test(target)) continue;
    findings.error(
      ['relationships', name],
      `relationship "${name}" must be "service:endpoint" (e.g. "mysql:mysql"), found ${describeValue(target)}`,
    );
  }
}

/**
 * Checks the shape of `.magento.app.yaml` (DOMAIN.md §4): a map with the application's
 * `name` and `type`, relationships written as `name: "service:endpoint"`, a positive `disk`.
 * Whether the relationships reach real services is `validateRelationships`' job.
 */
export function validateApp(source: ConfigSource): Findings {
  const findings = createFindings(source);
  const { value } = source;
  if (value === null) {
    findings.error(
      [],
      'is empty: it must at least name the application ("name: mymagento") and its type ("type: php:8.3")',
    );
    return findings;
  }
  if (!isRecord(value)) {
    findings.error(
      [],
      `expected a map of application settings (name:, type:, relationships: …), found ${describeValue(value)}`,
    );
    return findings;
  }
  if (value.name === undefined || value.name === null) {
    findings.error(['name'], `${SUBJECT} has no name: add e.g. "name: mymagento"`);
  } else if (typeof value.name !== 'string' || value.name === '') {
    findings.error(['name'], `${SUBJECT} name must be text, found ${describeValue(value.name)}`);
  }
  if (value.type === undefined || value.type === null) {
    findings.error(['type'], `${SUBJECT} has no type: add e.g. "type: php:8.3"`);
  } else {
    const problem = typeProblem(value.type, 'php:8.3 or nodejs:20');
    if (problem) findings.add(problem.level, ['type'], `${SUBJECT}: ${problem.message}`);
  }
  validateRelationshipShapes(findings, value.relationships);
  validateDisk(findings, ['disk'], value.disk, SUBJECT);
  if (value.variables !== undefined && value.variables !== null && !isRecord(value.variables)) {
    findings.error(
      ['variables'],
      `variables must be a map of prefixes (env:, php:) to names and values, found ${describeValue(value.variables)}`,
    );
  }
  return findings;
}
