import { makeCommit } from '../git/commit-graph';
import { planRules } from '../plans';
import { buildsOf, type ProjectRecord, projectFromRecord, runningAsIs } from '../project-record';
import { withRunningVariables } from '../resolve-variables';
import type { ConfigFiles, Environment, PlanId, Project, Variable } from '../types';
import { variable } from '../variable';
import {
  BASE_APP_YAML,
  BASE_ENV_YAML,
  BASE_ROUTES_YAML,
  BASE_SERVICES_YAML,
  CHECKOUT_APP_YAML,
  CHECKOUT_SERVICES_YAML,
  OLD_THEME_ENV_YAML,
} from './config-texts';

function byName(...vars: Variable[]): Record<string, Variable> {
  return Object.fromEntries(vars.map((v) => [v.name, v]));
}

const baseFiles: ConfigFiles = {
  '.magento.app.yaml': BASE_APP_YAML,
  '.magento/services.yaml': BASE_SERVICES_YAML,
  '.magento/routes.yaml': BASE_ROUTES_YAML,
  '.magento.env.yaml': BASE_ENV_YAML,
};

type EnvSeed = Pick<Environment, 'id' | 'title' | 'parentId' | 'role' | 'status' | 'head'> &
  Partial<Pick<Environment, 'variables'>>;

function environment(seed: EnvSeed): Environment {
  return {
    variables: {},
    ...seed,
    deployment: seed.status === 'active' ? runningAsIs(seed.head) : null,
    dataOrigin: seed.parentId && seed.status === 'active' ? { from: seed.parentId, at: 0 } : null,
    deployState: null,
    failNext: null,
  };
}

/**
 * The embedded default project of a plan (DESIGN.md): the plan's fixed branches, an active
 * `feature-checkout` that adds RabbitMQ, and an inactive `feature-old-theme`.
 */
export function createDefaultProject(plan: PlanId): Project {
  return withRunningVariables(projectFromRecord(defaultProjectRecord(plan)));
}

/** The default project as a record, environments from the root down in a fixed order. */
export function defaultProjectRecord(plan: PlanId): ProjectRecord {
  const rules = planRules(plan);
  const initial = makeCommit([], 'Initial Magento Cloud project', 0, baseFiles);
  const checkout = makeCommit([initial.id], 'Add RabbitMQ for asynchronous checkout', 0, {
    ...baseFiles,
    '.magento.app.yaml': CHECKOUT_APP_YAML,
    '.magento/services.yaml': CHECKOUT_SERVICES_YAML,
  });
  const oldTheme = makeCommit([initial.id], 'Try the old theme with more build threads', 0, {
    ...baseFiles,
    '.magento.env.yaml': OLD_THEME_ENV_YAML,
  });

  const [root] = rules.fixedBranches;
  const fixed = rules.fixedBranches.map((branch) =>
    environment({ ...branch, status: 'active', head: initial.id }),
  );
  const workParent = rules.branchFromHint;
  const parentRole = rules.fixedBranches.find((b) => b.id === workParent)?.role ?? 'integration';
  const childRole = rules.childRole[parentRole] ?? 'integration';

  const rootVariables = byName(
    variable('ADMIN_URL', 'admin_live'),
    variable('ADMIN_PASSWORD', 'Live-Adm1n-Secret!', { sensitive: true }),
    variable('CONFIG__DEFAULT__PAYMENT__BRAINTREE__ENVIRONMENT', 'production', {
      inheritable: false,
    }),
  );
  const stagingVariables = byName(
    variable('ADMIN_URL', 'admin_staging'),
    variable('ADMIN_EMAIL', 'qa@example.com'),
  );

  const environments: Environment[] = fixed.map((env) => {
    if (env.id === root?.id) return { ...env, variables: rootVariables };
    if (env.id === 'staging') return { ...env, variables: stagingVariables };
    return env;
  });
  environments.push(
    environment({
      id: 'feature-checkout',
      title: 'Checkout with RabbitMQ',
      parentId: workParent,
      role: childRole,
      status: 'active',
      head: checkout.id,
      variables: byName(
        variable('CONFIG__DEFAULT__CHECKOUT__OPTIONS__ONEPAGE_CHECKOUT_ENABLED', '1', {
          build: false,
        }),
      ),
    }),
    environment({
      id: 'feature-old-theme',
      title: 'Old theme experiment',
      parentId: workParent,
      role: childRole,
      status: 'inactive',
      head: oldTheme.id,
    }),
  );

  const commits = Object.fromEntries([initial, checkout, oldTheme].map((c) => [c.id, c]));
  return {
    id: plan === 'starter' ? 'abcdef7starter' : 'uvwxyz3pro',
    title: plan === 'starter' ? 'Demo store (Starter)' : 'Demo store (Pro)',
    plan,
    edition: '2.1',
    region: 'us',
    environments: Object.fromEntries(environments.map((env) => [env.id, env])),
    commits,
    variables: byName(
      variable('ADMIN_EMAIL', 'admin@example.com'),
      variable(
        'env:COMPOSER_AUTH',
        '{"http-basic":{"repo.magento.com":{"username":"0a1b2c3d","password":"9f8e7d6c"}}}',
        { sensitive: true, runtime: false, json: true },
      ),
    ),
    activity: [],
    builds: buildsOf(environments, commits),
    storageMb: rules.storageMb,
    configDumped: false,
    clock: 0,
  };
}
