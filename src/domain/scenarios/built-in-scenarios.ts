import {
  BASE_ENV_YAML,
  BASE_SERVICES_YAML,
  CHECKOUT_SERVICES_YAML,
} from '../defaults/config-texts';
import { ENV_FILE, SERVICES_FILE } from '../types';
import { variable } from '../variable';
import type { Scenario } from './scenario-format';

/**
 * The scenarios the explorer ships, in the file format users import (scenario-format.ts),
 * each on a plan's default project. Their file texts are the default project's with one edit.
 */

const REDIS_32 = BASE_SERVICES_YAML.replace('type: redis:3.0', 'type: redis:3.2');
const STAGING_REDIS_40 = BASE_SERVICES_YAML.replace('type: redis:3.0', 'type: redis:4.0');
const CHECKOUT_REDIS_32 = CHECKOUT_SERVICES_YAML.replace('type: redis:3.0', 'type: redis:3.2');
const CHECKOUT_REDIS_40 = CHECKOUT_SERVICES_YAML.replace('type: redis:3.0', 'type: redis:4.0');
const SCD_ON_DEMAND = BASE_ENV_YAML.replace('SCD_ON_DEMAND: false', 'SCD_ON_DEMAND: true');
// A typo ece-tools' schema check catches in the build (DOMAIN.md §7).
const SCD_THREAD_TYPO = BASE_ENV_YAML.replace('SCD_THREADS: 2', 'SCD_THREAD: 4');
const SCD_THREADS_4 = BASE_ENV_YAML.replace('SCD_THREADS: 2', 'SCD_THREADS: 4');

const STRIPE = 'STRIPE_SECRET_KEY';
const STRIPE_VALUE = 'sk_live_51HxTrainingOnly0000';

const shipFeatureStarter: Scenario = {
  id: 'ship-feature-starter',
  title: 'Ship a feature on Starter',
  story:
    "The store's Redis cache needs an upgrade from 3.0 to 3.2. On Starter, work starts on a branch of staging, is tested on staging, and only then reaches master, the live store. Ship the upgrade that way, on a branch named feature-redis.",
  plan: 'starter',
  edition: '2.1',
  start: { steps: [] },
  goals: [
    { kind: 'activity', type: 'commit', env: 'feature-redis', result: 'success' },
    { kind: 'runs-service', env: 'staging', service: 'redis:3.2' },
    { kind: 'runs-service', env: 'master', service: 'redis:3.2' },
    { kind: 'merged', from: 'feature-redis', into: 'master' },
  ],
  hints: [
    'Select staging and press Branch; name the new branch feature-redis.',
    "On feature-redis, edit .magento/services.yaml: change redis's type to redis:3.2, and commit.",
    'Drag feature-redis onto staging, or select it and press Merge.',
    'Once staging runs redis:3.2, merge staging into master the same way.',
  ],
  solution: [
    { op: 'branch', args: { parent: 'staging', name: 'feature-redis' } },
    {
      op: 'commit',
      args: { env: 'feature-redis', files: { [SERVICES_FILE]: REDIS_32 }, message: 'Redis 3.2' },
    },
    { op: 'merge', args: { env: 'feature-redis' } },
    { op: 'merge', args: { env: 'staging' } },
  ],
};

const promotePro: Scenario = {
  id: 'promote-pro',
  title: 'Promote a change to Production on Pro',
  story:
    'feature-checkout adds RabbitMQ for asynchronous checkout, and it is ready for Production. On Pro, code climbs from integration to staging to production, and a service change on Staging or Production waits for a support ticket even after the merge. Take RabbitMQ all the way to Production.',
  plan: 'pro',
  edition: '2.1',
  start: { steps: [] },
  goals: [
    { kind: 'runs-service', env: 'staging', service: 'rabbitmq:3.5' },
    { kind: 'runs-service', env: 'production', service: 'rabbitmq:3.5' },
    { kind: 'no-ticket-waiting', env: 'staging' },
    { kind: 'no-ticket-waiting', env: 'production' },
  ],
  hints: [
    'Merge feature-checkout into integration first: drag it onto integration, or select it and press Merge.',
    'Merge integration into staging. The code deploys, but RabbitMQ shows "pending: needs a support ticket" under Services.',
    'Select staging and press "Complete support ticket" (a real ticket takes up to 48 hours).',
    'Then merge staging into production, and complete its ticket the same way.',
  ],
  solution: [
    { op: 'merge', args: { env: 'feature-checkout' } },
    { op: 'merge', args: { env: 'integration' } },
    { op: 'ticket', args: { env: 'staging' } },
    { op: 'merge', args: { env: 'staging' } },
    { op: 'ticket', args: { env: 'production' } },
  ],
};

const hotfixPro: Scenario = {
  id: 'hotfix-pro',
  title: 'Hotfix Production on Pro',
  story:
    'Every Production deploy keeps the store in maintenance mode while static content is generated; the fix is SCD_ON_DEMAND: true under stage.global in .magento.env.yaml. It is tempting to branch straight from production, but on Pro new work starts from integration, even a hotfix. Make the fix on a branch named hotfix-scd and take it up to Production.',
  plan: 'pro',
  edition: '2.1',
  start: { steps: [] },
  goals: [
    { kind: 'activity', type: 'branch', env: 'production', result: 'refused' },
    { kind: 'activity', type: 'commit', env: 'hotfix-scd', result: 'success' },
    { kind: 'merged', from: 'hotfix-scd', into: 'production' },
    {
      kind: 'runs-setting',
      env: 'production',
      file: ENV_FILE,
      path: ['stage', 'global', 'SCD_ON_DEMAND'],
      value: true,
    },
  ],
  hints: [
    'Try it: select production and press Branch. Read why it is refused.',
    'Branch hotfix-scd from integration instead.',
    'On hotfix-scd, edit .magento.env.yaml: under stage.global set SCD_ON_DEMAND: true, and commit. This file needs no support ticket, even on Production.',
    'Merge hotfix-scd into integration, integration into staging, then staging into production.',
  ],
  solution: [
    { op: 'branch', args: { parent: 'production', name: 'hotfix-scd' }, expect: 'refused' },
    { op: 'branch', args: { parent: 'integration', name: 'hotfix-scd' } },
    {
      op: 'commit',
      args: {
        env: 'hotfix-scd',
        files: { [ENV_FILE]: SCD_ON_DEMAND },
        message: 'Static content on demand',
      },
    },
    { op: 'merge', args: { env: 'hotfix-scd' } },
    { op: 'merge', args: { env: 'integration' } },
    { op: 'merge', args: { env: 'staging' } },
  ],
};

const refreshData: Scenario = {
  id: 'refresh-data',
  title: 'Refresh test data on Starter',
  story:
    "QA wants to test feature-checkout against recent orders and customers. On Starter, data flows down the tree: staging can take a copy of master's (Production's) data, and a branch a copy of staging's. Refresh both, from the top down.",
  plan: 'starter',
  edition: '2.1',
  start: { steps: [] },
  goals: [
    { kind: 'data-from', env: 'staging', from: 'master' },
    { kind: 'data-from', env: 'feature-checkout', from: 'staging' },
  ],
  hints: [
    'Select staging, press Sync and choose data only.',
    'Then sync the data of feature-checkout from staging. Choose data only: a code sync is refused while feature-checkout has commits not yet merged into staging.',
  ],
  solution: [
    { op: 'sync', args: { env: 'staging', code: false, data: true } },
    { op: 'sync', args: { env: 'feature-checkout', code: false, data: true } },
  ],
};

const refreshDataPro: Scenario = {
  id: 'refresh-data-pro',
  title: 'Why Integration gets no Production data on Pro',
  story:
    "A developer wants Production data on Integration to reproduce a bug. On Pro, no data ever flows from Staging or Production into Integration: not by sync, activation or branching. See the refusal, then give feature-checkout fresh data from Integration's own database.",
  plan: 'pro',
  edition: '2.1',
  start: { steps: [] },
  goals: [
    { kind: 'activity', type: 'sync', env: 'integration', result: 'refused' },
    { kind: 'data-from', env: 'feature-checkout', from: 'integration' },
  ],
  hints: [
    'Select integration, press Sync and choose data: read why it is refused.',
    'Integration keeps a database of its own. Select feature-checkout and sync its data (data only) from integration.',
  ],
  solution: [
    { op: 'sync', args: { env: 'integration', code: false, data: true }, expect: 'refused' },
    { op: 'sync', args: { env: 'feature-checkout', code: false, data: true } },
  ],
};

const activeLimit: Scenario = {
  id: 'active-limit',
  title: 'Make room under the active limit',
  story:
    "Today's Pro plans allow two active environments in the Integration group: integration plus one more (the 2.1 docs allowed five). integration and feature-checkout use both. Make room, and bring the old theme experiment, feature-old-theme, back up.",
  plan: 'pro',
  edition: 'today',
  start: { steps: [] },
  goals: [
    { kind: 'activity', type: 'activate', env: 'feature-old-theme', result: 'refused' },
    { kind: 'status', env: 'feature-old-theme', status: 'active' },
  ],
  hints: [
    'Select feature-old-theme and press Activate: the refusal says what the limit counts, and the header shows the count.',
    'Deactivate feature-checkout: its branch and code stay, only its services and data go.',
    'Now activate feature-old-theme.',
  ],
  solution: [
    { op: 'activate', args: { env: 'feature-old-theme' }, expect: 'refused' },
    { op: 'deactivate', args: { env: 'feature-checkout' } },
    { op: 'activate', args: { env: 'feature-old-theme' } },
  ],
};

const mergeConflict: Scenario = {
  id: 'merge-conflict',
  title: 'Resolve a merge conflict',
  story:
    "While you upgraded Redis to 3.2 on feature-checkout, a colleague upgraded staging's Redis to 4.0. Both sides changed the same setting since they diverged, so the merge is refused as a conflict. Make the two sides agree, then merge feature-checkout, with its RabbitMQ, into staging.",
  plan: 'starter',
  edition: '2.1',
  start: {
    steps: [
      {
        op: 'commit',
        args: {
          env: 'staging',
          files: { [SERVICES_FILE]: STAGING_REDIS_40 },
          message: 'Redis 4.0',
        },
      },
      {
        op: 'commit',
        args: {
          env: 'feature-checkout',
          files: { [SERVICES_FILE]: CHECKOUT_REDIS_32 },
          message: 'Redis 3.2',
        },
      },
    ],
  },
  goals: [
    { kind: 'activity', type: 'merge', env: 'feature-checkout', result: 'refused' },
    { kind: 'merged', from: 'feature-checkout', into: 'staging' },
    { kind: 'runs-service', env: 'staging', service: 'rabbitmq:3.5' },
    { kind: 'runs-service', env: 'staging', service: 'redis:4.0' },
  ],
  hints: [
    'Drag feature-checkout onto staging, or select it and press Merge: the refusal names the setting both sides changed.',
    'Taking staging back to 3.2 would be a downgrade, which the platform refuses: bring feature-checkout up to 4.0 instead.',
    "On feature-checkout, edit .magento/services.yaml: set redis's type to redis:4.0, commit, and merge again.",
  ],
  solution: [
    { op: 'merge', args: { env: 'feature-checkout' }, expect: 'refused' },
    {
      op: 'commit',
      args: {
        env: 'feature-checkout',
        files: { [SERVICES_FILE]: CHECKOUT_REDIS_40 },
        message: 'Redis 4.0, as on staging',
      },
    },
    { op: 'merge', args: { env: 'feature-checkout' } },
  ],
};

const keepSecret: Scenario = {
  id: 'keep-secret',
  title: 'Keep a Production secret on Production',
  story: `A colleague added the live payment key ${STRIPE} on master in a hurry: visible, and inheritable, so staging and feature-checkout now run with it too. A Production secret belongs on master alone. Make it sensitive, stop it flowing down, and make sure no child still runs with it.`,
  plan: 'starter',
  edition: '2.1',
  start: {
    steps: [
      { op: 'setVariable', args: { env: 'master', variable: variable(STRIPE, STRIPE_VALUE) } },
      { op: 'redeploy', args: { env: 'staging' } },
      { op: 'redeploy', args: { env: 'feature-checkout' } },
    ],
  },
  goals: [
    { kind: 'variable-flags', env: 'master', name: STRIPE, sensitive: true, inheritable: false },
    { kind: 'variable-value', env: 'master', name: STRIPE },
    { kind: 'variable-unseen', env: 'staging', name: STRIPE },
    { kind: 'variable-unseen', env: 'feature-checkout', name: STRIPE },
  ],
  hints: [
    `Select master and edit ${STRIPE} under Variables: tick Sensitive and clear Inheritable; keep the value.`,
    'Children keep the value they were deployed with: staging runs with the key until it redeploys.',
    'Redeploy staging and feature-checkout.',
  ],
  solution: [
    {
      op: 'setVariable',
      args: {
        env: 'master',
        variable: variable(STRIPE, STRIPE_VALUE, { sensitive: true, inheritable: false }),
      },
    },
    { op: 'redeploy', args: { env: 'staging' } },
    { op: 'redeploy', args: { env: 'feature-checkout' } },
  ],
};

const fixFailedDeploy: Scenario = {
  id: 'fix-failed-deploy',
  title: 'Fix a failed deploy',
  story:
    'Someone pushed a tuning of .magento.env.yaml to staging, and its build failed: staging keeps running its previous deploy, without downtime, but the change never arrived. A redeploy will not help, since the same files fail the same check. Read the build log, fix the option and push again.',
  plan: 'starter',
  edition: '2.1',
  start: {
    steps: [
      {
        op: 'commit',
        args: {
          env: 'staging',
          files: { [ENV_FILE]: SCD_THREAD_TYPO },
          message: 'Four static content threads',
        },
      },
    ],
  },
  goals: [
    { kind: 'deploy-succeeded', env: 'staging' },
    {
      kind: 'runs-setting',
      env: 'staging',
      file: ENV_FILE,
      path: ['stage', 'build', 'SCD_THREADS'],
      value: 4,
    },
  ],
  hints: [
    'Open the failed entry in the Activity region and read its Log: ece-tools names an option its schema does not declare.',
    "The option is SCD_THREADS, not SCD_THREAD: fix it in staging's .magento.env.yaml and commit.",
  ],
  solution: [
    {
      op: 'commit',
      args: { env: 'staging', files: { [ENV_FILE]: SCD_THREADS_4 }, message: 'Fix SCD_THREADS' },
    },
  ],
};

const stuckInMaintenance: Scenario = {
  id: 'stuck-in-maintenance',
  title: 'Get out of maintenance mode',
  story:
    "A trainer made staging's next deploy fail in its deploy hook, and then feature-checkout was merged. A failed deploy hook leaves the site in maintenance mode until a deploy succeeds. Bring staging back up, with RabbitMQ running.",
  plan: 'starter',
  edition: '2.1',
  start: {
    steps: [
      { op: 'failNext', args: { env: 'staging', phase: 'deploy' } },
      { op: 'merge', args: { env: 'feature-checkout' } },
    ],
  },
  goals: [
    { kind: 'deploy-succeeded', env: 'staging' },
    { kind: 'runs-service', env: 'staging', service: 'rabbitmq:3.5' },
  ],
  hints: [
    'staging shows "failed deploy: maintenance mode"; its Log in the Activity region shows where it stopped.',
    'The failure was injected for one deploy only: select staging and press Redeploy.',
  ],
  solution: [{ op: 'redeploy', args: { env: 'staging' } }],
};

const legacyRelease: Scenario = {
  id: 'legacy-release',
  title: 'Release on a legacy Pro project',
  story:
    'On a Pro project from before 23 October 2017, Staging and Production are each a master branch in a repository of their own, fed from Integration master. Their YAML, and even their variables, change only through a support ticket. See that for a variable on production, then release the RabbitMQ of feature-checkout to Production.',
  plan: 'pro-legacy',
  edition: '2.1',
  start: { steps: [] },
  goals: [
    { kind: 'activity', type: 'variable', env: 'production', result: 'refused' },
    { kind: 'runs-service', env: 'staging', service: 'rabbitmq:3.5' },
    { kind: 'runs-service', env: 'production', service: 'rabbitmq:3.5' },
    { kind: 'no-ticket-waiting', env: 'production' },
  ],
  hints: [
    'Select production and add a variable, for example ADMIN_EMAIL: read why it is refused.',
    'Merge feature-checkout into master (Integration master), then master into staging.',
    'The RabbitMQ service waits on staging: press "Complete support ticket" there.',
    'Merge staging into production and complete its ticket too.',
  ],
  solution: [
    {
      op: 'setVariable',
      args: { env: 'production', variable: variable('ADMIN_EMAIL', 'ops@example.com') },
      expect: 'refused',
    },
    { op: 'merge', args: { env: 'feature-checkout' } },
    { op: 'merge', args: { env: 'master' } },
    { op: 'ticket', args: { env: 'staging' } },
    { op: 'merge', args: { env: 'staging' } },
    { op: 'ticket', args: { env: 'production' } },
  ],
};

/** Every built-in scenario, in the order the list shows them. */
export const BUILT_IN_SCENARIOS: readonly Scenario[] = [
  shipFeatureStarter,
  promotePro,
  hotfixPro,
  refreshData,
  refreshDataPro,
  activeLimit,
  mergeConflict,
  keepSecret,
  fixFailedDeploy,
  stuckInMaintenance,
  legacyRelease,
];

/** The built-in scenario a link names (`?scenario=<id>`), if there is one. */
export function builtInScenario(id: string): Scenario | undefined {
  return BUILT_IN_SCENARIOS.find((scenario) => scenario.id === id);
}
