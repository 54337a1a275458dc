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
  /** What the option does, in one line, for the details panel. */
  meaning: string;
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
  VERBOSE_COMMANDS: {
    meaning: 'how much the bin/magento commands that ece-tools runs write to the log',
    type: 'string',
    stages: ALL,
    allowed: ['', '-v', '-vv', '-vvv'],
  },
  SCD_COMPRESSION_LEVEL: {
    meaning: 'gzip level for the static files (0 leaves them uncompressed)',
    type: 'integer',
    stages: SCD,
    range: [0, 9],
  },
  SCD_COMPRESSION_TIMEOUT: {
    meaning: 'seconds the gzip of static files may take before it stops',
    type: 'integer',
    stages: SCD,
  },
  SCD_STRATEGY: {
    meaning: 'how static content is generated: standard, quick or compact',
    type: 'string',
    stages: SCD,
    allowed: ['compact', 'quick', 'standard'],
  },
  SCD_THREADS: {
    meaning: 'how many processes generate static content at once',
    type: 'integer',
    stages: SCD,
  },
  SCD_MAX_EXECUTION_TIME: {
    meaning: 'the time limit of static content deployment, in seconds',
    type: 'integer',
    stages: SCD,
  },
  SCD_MATRIX: {
    meaning: 'the languages to generate static content for, theme by theme',
    type: 'array',
    stages: SCD,
  },
  SCD_NO_PARENT: {
    meaning: 'skips static content for parent themes',
    type: 'boolean',
    stages: SCD,
  },
  SCD_USE_BALER: {
    meaning: 'bundles JavaScript with Baler after static content is generated',
    type: 'boolean',
    stages: ['global', 'build'],
  },
  SKIP_SCD: {
    meaning: 'skips static content deployment in this stage',
    type: 'boolean',
    stages: SCD,
  },
  SKIP_HTML_MINIFICATION: {
    meaning: 'skips minifying HTML templates, which makes deploys shorter',
    type: 'boolean',
    stages: GLOBAL,
  },
  SKIP_COMPOSER_DUMP_AUTOLOAD: {
    meaning: 'skips composer dump-autoload during the build',
    type: 'boolean',
    stages: BUILD,
  },
  SCD_ON_DEMAND: {
    meaning: 'generates static content when a page first asks for it, not during the build',
    type: 'boolean',
    stages: GLOBAL,
  },
  MIN_LOGGING_LEVEL: {
    meaning: 'the least severe message ece-tools writes to its log',
    type: 'string',
    stages: GLOBAL,
    allowed: ['', 'debug', 'info', 'notice', 'warning', 'error', 'critical', 'alert', 'emergency'],
  },
  LOCK_PROVIDER: {
    meaning: 'where Magento keeps its locks: the database or files',
    type: 'string',
    stages: GLOBAL_DEPLOY,
    allowed: ['db', 'file'],
  },
  REDIS_USE_SLAVE_CONNECTION: {
    meaning: 'reads the Redis cache from its read-only replica',
    type: 'boolean',
    stages: GLOBAL_DEPLOY,
  },
  MYSQL_USE_SLAVE_CONNECTION: {
    meaning: 'sends read-only queries to the database replica',
    type: 'boolean',
    stages: GLOBAL_DEPLOY,
  },
  VALKEY_USE_SLAVE_CONNECTION: {
    meaning: 'reads the Valkey cache from its read-only replica',
    type: 'boolean',
    stages: DEPLOY,
  },
  SPLIT_DB: {
    meaning: 'moves the quote and sales tables to databases of their own',
    type: 'array',
    stages: GLOBAL_DEPLOY,
  },
  UPDATE_URLS: {
    meaning: "rewrites the base URLs in the database to this environment's routes on deploy",
    type: 'boolean',
    stages: GLOBAL_DEPLOY,
  },
  FORCE_UPDATE_URLS: {
    meaning: 'rewrites the base URLs on deploy even on Pro Staging and Production',
    type: 'boolean',
    stages: GLOBAL_DEPLOY,
  },
  CLEAN_STATIC_FILES: {
    meaning: 'deletes the static files of the previous deploy before generating new ones',
    type: 'boolean',
    stages: GLOBAL_DEPLOY,
  },
  ERROR_REPORT_DIR_NESTING_LEVEL: {
    meaning: 'how many folder levels error reports are sorted into',
    type: 'integer',
    stages: BUILD,
    range: [0, 32],
  },
  SEARCH_CONFIGURATION: {
    meaning: 'the search engine connection written to env.php',
    type: 'array',
    stages: DEPLOY,
  },
  ELASTICSUITE_CONFIGURATION: {
    meaning: 'settings of the ElasticSuite search module',
    type: 'array',
    stages: DEPLOY,
  },
  QUEUE_CONFIGURATION: {
    meaning: 'the message queue (AMQP) connection written to env.php',
    type: 'array',
    stages: DEPLOY,
  },
  REDIS_BACKEND: {
    meaning: 'the cache backend model that talks to Redis',
    type: 'string',
    stages: DEPLOY,
    allowed: REDIS_BACKENDS,
  },
  VALKEY_BACKEND: {
    meaning: 'the cache backend model that talks to Valkey',
    type: 'string',
    stages: DEPLOY,
  },
  CACHE_CONFIGURATION: {
    meaning: 'the cache frontends and backends written to env.php',
    type: 'array',
    stages: DEPLOY,
  },
  SESSION_CONFIGURATION: {
    meaning: 'where sessions are kept, written to env.php',
    type: 'array',
    stages: DEPLOY,
  },
  DATABASE_CONFIGURATION: {
    meaning: 'the database connections and table prefix written to env.php',
    type: 'array',
    stages: DEPLOY,
  },
  RESOURCE_CONFIGURATION: {
    meaning: 'which database connection each resource uses',
    type: 'array',
    stages: DEPLOY,
  },
  CRON_CONSUMERS_RUNNER: {
    meaning: 'runs the message queue consumers from cron, and which ones',
    type: 'array',
    stages: DEPLOY,
  },
  CONSUMERS_WAIT_FOR_MAX_MESSAGES: {
    meaning: 'keeps a cron-run consumer alive until it has handled max_messages',
    type: 'boolean',
    stages: DEPLOY,
  },
  ENABLE_GOOGLE_ANALYTICS: {
    meaning: 'keeps Google Analytics on outside Production',
    type: 'boolean',
    stages: ['deploy', 'global'],
  },
  GENERATED_CODE_SYMLINK: {
    meaning: 'links generated code into a writable folder (older ece-tools)',
    type: 'boolean',
    stages: DEPLOY,
  },
  WARM_UP_PAGES: {
    meaning: 'pages requested after the deploy, so the first visitors find them cached',
    type: 'array',
    stages: POST_DEPLOY,
  },
  WARM_UP_CONCURRENCY: {
    meaning: 'how many warm-up requests run at once',
    type: 'integer',
    stages: POST_DEPLOY,
  },
  TTFB_TESTED_PAGES: {
    meaning: 'pages whose time to first byte is measured after the deploy',
    type: 'array',
    stages: POST_DEPLOY,
  },
  X_FRAME_CONFIGURATION: {
    meaning: 'the X-Frame-Options header: who may show the store in a frame',
    type: 'string',
    stages: GLOBAL,
  },
  QUALITY_PATCHES: {
    meaning: 'Adobe quality patches applied during the build',
    type: 'array',
    stages: BUILD,
  },
  REMOTE_STORAGE: {
    meaning: 'keeps media files in remote storage (AWS S3) rather than on the mount',
    type: 'array',
    stages: DEPLOY,
  },
  ENABLE_EVENTING: {
    meaning: 'turns on Adobe I/O Events for Commerce',
    type: 'boolean',
    stages: GLOBAL,
  },
  ENABLE_WEBHOOKS: {
    meaning: 'turns on Commerce webhooks',
    type: 'boolean',
    stages: GLOBAL,
  },
  DEPLOYED_MAGENTO_VERSION_FROM_GIT: {
    meaning: 'installs Magento from a Git branch rather than Composer (for testing)',
    type: 'string',
    stages: GLOBAL,
  },
  DEPLOY_FROM_GIT_OPTIONS: {
    meaning: 'the repositories and branches of a Git-based install (for testing)',
    type: 'array',
    stages: GLOBAL,
  },
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
