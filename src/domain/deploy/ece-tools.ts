import { isRecord, type ParsedYaml } from '../config/yaml';

/**
 * What ece-tools accepts in `.magento.env.yaml` (DOMAIN.md §7, S23), and the check its build
 * runs on it: each option under `stage.<global|build|deploy|post-deploy>` must be declared,
 * of its type, in a stage it belongs to, in range and one of its allowed values. A failure
 * stops the build (critical error 10).
 *
 * The options are those of magento/ece-tools' config/schema.yaml at 2002.1.17 (2024), plus
 * the two Valkey options Adobe documents for today's ece-tools (VALKEY_USE_SLAVE_CONNECTION,
 * VALKEY_BACKEND, deploy stage).
 */

export type EceStage = 'global' | 'build' | 'deploy' | 'post-deploy';
type EceType = 'string' | 'integer' | 'boolean' | 'array';

type EceOption = Readonly<{
  type: EceType;
  stages: readonly EceStage[];
  allowed?: readonly (string | number | boolean)[];
  range?: readonly [number, number];
}>;

const ALL: readonly EceStage[] = ['global', 'build', 'deploy', 'post-deploy'];
const SCD: readonly EceStage[] = ['global', 'build', 'deploy'];
const GLOBAL: readonly EceStage[] = ['global'];
const BUILD: readonly EceStage[] = ['build'];
const DEPLOY: readonly EceStage[] = ['deploy'];
const GLOBAL_DEPLOY: readonly EceStage[] = ['global', 'deploy'];
const POST_DEPLOY: readonly EceStage[] = ['post-deploy'];

const REDIS_BACKENDS = [
  'Cm_Cache_Backend_Redis',
  '\\Magento\\Framework\\Cache\\Backend\\Redis',
  '\\Magento\\Framework\\Cache\\Backend\\RemoteSynchronizedCache',
];

export const ECE_OPTIONS: Readonly<Record<string, EceOption>> = {
  VERBOSE_COMMANDS: { type: 'string', stages: ALL, allowed: ['', '-v', '-vv', '-vvv'] },
  SCD_COMPRESSION_LEVEL: { type: 'integer', stages: SCD, range: [0, 9] },
  SCD_COMPRESSION_TIMEOUT: { type: 'integer', stages: SCD },
  SCD_STRATEGY: { type: 'string', stages: SCD, allowed: ['compact', 'quick', 'standard'] },
  SCD_THREADS: { type: 'integer', stages: SCD },
  SCD_MAX_EXECUTION_TIME: { type: 'integer', stages: SCD },
  SCD_MATRIX: { type: 'array', stages: SCD },
  SCD_NO_PARENT: { type: 'boolean', stages: SCD },
  SCD_USE_BALER: { type: 'boolean', stages: ['global', 'build'] },
  SKIP_SCD: { type: 'boolean', stages: SCD },
  SKIP_HTML_MINIFICATION: { type: 'boolean', stages: GLOBAL },
  SKIP_COMPOSER_DUMP_AUTOLOAD: { type: 'boolean', stages: BUILD },
  SCD_ON_DEMAND: { type: 'boolean', stages: GLOBAL },
  MIN_LOGGING_LEVEL: {
    type: 'string',
    stages: GLOBAL,
    allowed: ['', 'debug', 'info', 'notice', 'warning', 'error', 'critical', 'alert', 'emergency'],
  },
  LOCK_PROVIDER: { type: 'string', stages: GLOBAL_DEPLOY, allowed: ['db', 'file'] },
  REDIS_USE_SLAVE_CONNECTION: { type: 'boolean', stages: GLOBAL_DEPLOY },
  MYSQL_USE_SLAVE_CONNECTION: { type: 'boolean', stages: GLOBAL_DEPLOY },
  VALKEY_USE_SLAVE_CONNECTION: { type: 'boolean', stages: DEPLOY },
  SPLIT_DB: { type: 'array', stages: GLOBAL_DEPLOY },
  UPDATE_URLS: { type: 'boolean', stages: GLOBAL_DEPLOY },
  FORCE_UPDATE_URLS: { type: 'boolean', stages: GLOBAL_DEPLOY },
  CLEAN_STATIC_FILES: { type: 'boolean', stages: GLOBAL_DEPLOY },
  ERROR_REPORT_DIR_NESTING_LEVEL: { type: 'integer', stages: BUILD, range: [0, 32] },
  SEARCH_CONFIGURATION: { type: 'array', stages: DEPLOY },
  ELASTICSUITE_CONFIGURATION: { type: 'array', stages: DEPLOY },
  QUEUE_CONFIGURATION: { type: 'array', stages: DEPLOY },
  REDIS_BACKEND: { type: 'string', stages: DEPLOY, allowed: REDIS_BACKENDS },
  VALKEY_BACKEND: { type: 'string', stages: DEPLOY },
  CACHE_CONFIGURATION: { type: 'array', stages: DEPLOY },
  SESSION_CONFIGURATION: { type: 'array', stages: DEPLOY },
  DATABASE_CONFIGURATION: { type: 'array', stages: DEPLOY },
  RESOURCE_CONFIGURATION: { type: 'array', stages: DEPLOY },
  CRON_CONSUMERS_RUNNER: { type: 'array', stages: DEPLOY },
  CONSUMERS_WAIT_FOR_MAX_MESSAGES: { type: 'boolean', stages: DEPLOY },
  ENABLE_GOOGLE_ANALYTICS: { type: 'boolean', stages: ['deploy', 'global'] },
  GENERATED_CODE_SYMLINK: { type: 'boolean', stages: DEPLOY },
  WARM_UP_PAGES: { type: 'array', stages: POST_DEPLOY },
  WARM_UP_CONCURRENCY: { type: 'integer', stages: POST_DEPLOY },
  TTFB_TESTED_PAGES: { type: 'array', stages: POST_DEPLOY },
  X_FRAME_CONFIGURATION: { type: 'string', stages: GLOBAL },
  QUALITY_PATCHES: { type: 'array', stages: BUILD },
  REMOTE_STORAGE: { type: 'array', stages: DEPLOY },
  ENABLE_EVENTING: { type: 'boolean', stages: GLOBAL },
  ENABLE_WEBHOOKS: { type: 'boolean', stages: GLOBAL },
  DEPLOYED_MAGENTO_VERSION_FROM_GIT: { type: 'string', stages: GLOBAL },
  DEPLOY_FROM_GIT_OPTIONS: { type: 'array', stages: GLOBAL },
};

/** ece-tools' build stops on these with one critical error: "[10] Environment configuration …". */
export const ECE_INVALID_CONFIG =
  'Environment configuration is not valid. Correct the following items in your .magento.env.yaml file:';

/** ece-tools' documented cause of critical error 10. */
export const ECE_INVALID_CONFIG_CAUSE =
  '.magento.env.yaml contains an option that is not declared in the schema, or an option configured with an invalid value or stage.';

export type EceProblem = Readonly<{ line: number | null; message: string }>;

/** The type PHP's gettype() gives the parsed value, which ece-tools compares and names. */
function phpType(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'double';
  if (typeof value === 'string') return 'string';
  return 'array';
}

// PHP's in_array without `strict`, for the values YAML gives.
function looselyEqual(a: unknown, b: string | number | boolean): boolean {
  if (a === b) return true;
  if (typeof a === 'string' && typeof b === 'number') return a.trim() !== '' && Number(a) === b;
  if (typeof a === 'number' && typeof b === 'string') return b.trim() !== '' && Number(b) === a;
  if (typeof a === 'boolean') return a === Boolean(b);
  return false;
}

/** The first thing ece-tools finds wrong with one option in one stage, or null. */
function checkOption(name: string, stage: string, value: unknown): string | null {
  const option = ECE_OPTIONS[name];
  if (!option) return `The ${name} variable is not allowed in configuration.`;
  const actual = phpType(value);
  if (actual !== option.type) {
    return `The ${name} variable contains an invalid value of type ${actual}. Use the following type: ${option.type}.`;
  }
  if (!option.stages.includes(stage as EceStage)) {
    return `The ${name} variable is not supposed to be in stage ${stage}. Move it to one of the possible stages: ${option.stages.join(', ')}.`;
  }
  if (option.range && typeof value === 'number') {
    const [from, to] = option.range;
    if (value < from || value > to) {
      return `The ${name} variable contains an invalid value ${value}. Use an integer value from ${from} to ${to}.`;
    }
  }
  if (option.allowed && !option.allowed.some((allowed) => looselyEqual(value, allowed))) {
    const listed = option.allowed.filter((allowed) => allowed !== '').join(', ');
    return `The ${name} variable contains an invalid value ${String(value)}. Use one of the available value options: ${listed}.`;
  }
  return null;
}

/**
 * What ece-tools' build finds wrong in `.magento.env.yaml` (as parsed; null where it does
 * not parse, which is the parser's to say), one line per option with the option's line in
 * the file; empty when it is valid, or empty or comment-only. Only the `stage` section is
 * checked, as ece-tools does.
 */
export function checkEnvYaml(parsed: ParsedYaml | null): EceProblem[] {
  if (!parsed || !isRecord(parsed.value) || !isRecord(parsed.value.stage)) return [];
  const problems: EceProblem[] = [];
  for (const [stage, options] of Object.entries(parsed.value.stage)) {
    if (!isRecord(options)) continue;
    for (const [name, value] of Object.entries(options)) {
      const message = checkOption(name, stage, value);
      if (message) problems.push({ line: parsed.lineOf(['stage', stage, name]), message });
    }
  }
  return problems;
}

/** The value an option takes in a stage: the stage's own, else global's, else undefined. */
export function envOption(parsed: ParsedYaml | null, stage: EceStage, name: string): unknown {
  if (!parsed || !isRecord(parsed.value) || !isRecord(parsed.value.stage)) return undefined;
  const stages = parsed.value.stage;
  const own = isRecord(stages[stage]) ? stages[stage][name] : undefined;
  if (own !== undefined) return own;
  return isRecord(stages.global) ? stages.global[name] : undefined;
}
