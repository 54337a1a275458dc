import { isRecord } from '../config/parse-yaml';
import type { ConfigSource } from './config-source';
import { describeValue } from './describe-value';
import { createFindings, type Findings } from './findings';

/** Top-level sections ece-tools reads from `.magento.env.yaml`. */
const SECTIONS = ['stage', 'log', 'system'];
const STAGES = ['global', 'build', 'deploy', 'post-deploy'];

function validateStages(findings: Findings, stage: unknown): void {
  if (stage === undefined || stage === null) return;
  if (!isRecord(stage)) {
    findings.error(
      ['stage'],
      `stage must be a map of global, build, deploy and post-deploy, found ${describeValue(stage)}`,
    );
    return;
  }
  for (const [name, settings] of Object.entries(stage)) {
    if (!STAGES.includes(name)) {
      findings.warn(
        ['stage', name],
        `unknown stage "${name}": ece-tools reads only global, build, deploy and post-deploy, so these settings are ignored`,
      );
    } else if (settings !== null && !isRecord(settings)) {
      findings.error(
        ['stage', name],
        `stage "${name}" must be a map of settings (e.g. SCD_THREADS: 4), found ${describeValue(settings)}`,
      );
    }
  }
}

/**
 * Checks `.magento.env.yaml` (DOMAIN.md §4): deployment settings by `stage` (global, build,
 * deploy, post-deploy) and a `log` section. An empty or comment-only file is fine.
 */
export function validateEnv(source: ConfigSource): Findings {
  const findings = createFindings(source);
  const { value } = source;
  if (value === null) return findings;
  if (!isRecord(value)) {
    findings.error(
      [],
      `expected a map with "stage:" (global, build, deploy, post-deploy) and "log:", found ${describeValue(value)}`,
    );
    return findings;
  }
  for (const key of Object.keys(value)) {
    if (SECTIONS.includes(key)) continue;
    findings.warn(
      [key],
      `unknown section "${key}": ece-tools reads only stage, log and system, so it is ignored`,
    );
  }
  validateStages(findings, value.stage);
  return findings;
}
