import { makeCommit } from '../git/commit-graph';
import { copiesParentData, type PlanRules, planRules } from '../plans';
import { buildsOf, type ProjectRecord, projectFromRecord, runningAsIs } from '../project-record';
import type { ConfigFiles, Edition, Environment, PlanId, Project, Variable } from '../types';
import { variable, withRunningVariables } from '../variable';
import { BASE_ENV_YAML, BASE_ROUTES_YAML, DEFAULT_TEXTS, OLD_THEME_ENV_YAML } from './config-texts';

/** The ids of the default projects (DESIGN.md), which the tests and share links know. */
export const DEFAULT_PROJECT_IDS: Readonly<Record<PlanId, string>> = {
  starter: 'abcdef7starter',
  pro: 'uvwxyz3pro',
  'pro-legacy': 'lmnopq5legacy',
};

function byName(...vars: Variable[]): Record<string, Variable> {
  return Object.fromEntries(vars.map((v) => [v.name, v]));
}

type EnvSeed = Pick<Environment, 'id' | 'title' | 'parentId' | 'role' | 'status' | 'head'> &
  Partial<Pick<Environment, 'variables'>>;

function environment(seed: EnvSeed, rules: PlanRules): Environment {
  const parentRole = rules.fixedBranches.find((b) => b.id === seed.parentId)?.role ?? seed.role;
  const copies = copiesParentData(rules, parentRole, seed.role);
  return {
    variables: {},
    ...seed,
    deployment: seed.status === 'active' ? runningAsIs(seed.head) : null,
    dataOrigin:
      seed.parentId && seed.status === 'active'
        ? { from: copies ? seed.parentId : null, at: 0 }
        : null,
    deployState: null,
    failNext: null,
  };
}

/**
 * The embedded default project of a plan (DESIGN.md), in an edition of the rules: the plan's
 * fixed branches, an active `feature-checkout` that adds RabbitMQ, and an inactive
 * `feature-old-theme`; today's edition runs today's services.
 */
export function createDefaultProject(plan: PlanId, edition: Edition = '2.1'): Project {
  return withRunningVariables(projectFromRecord(defaultProjectRecord(plan, edition)));
}

/** The default project as a record, environments from the root down in a fixed order. */
export function defaultProjectRecord(plan: PlanId, edition: Edition = '2.1'): ProjectRecord {
  const rules = planRules(plan, edition);
  const texts = DEFAULT_TEXTS[edition];
  const baseFiles: ConfigFiles = {
    '.magento.app.yaml': texts.app,
    '.magento/services.yaml': texts.services,
    '.magento/routes.yaml': BASE_ROUTES_YAML,
    '.magento.env.yaml': BASE_ENV_YAML,
  };
  const initial = makeCommit([], 'Initial Magento Cloud project', 0, baseFiles);
  const checkout = makeCommit([initial.id], 'Add RabbitMQ for asynchronous checkout', 0, {
    ...baseFiles,
    '.magento.app.yaml': texts.checkoutApp,
    '.magento/services.yaml': texts.checkoutServices,
  });
  const oldTheme = makeCommit([initial.id], 'Try the old theme with more build threads', 0, {
    ...baseFiles,
    '.magento.env.yaml': OLD_THEME_ENV_YAML,
  });

  const [root] = rules.fixedBranches;
  const fixed = rules.fixedBranches.map((branch) =>
    environment({ ...branch, status: 'active', head: initial.id }, rules),
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
    environment(
      {
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
      },
      rules,
    ),
    environment(
      {
        id: 'feature-old-theme',
        title: 'Old theme experiment',
        parentId: workParent,
        role: childRole,
        status: 'inactive',
        head: oldTheme.id,
      },
      rules,
    ),
  );

  const commits = Object.fromEntries([initial, checkout, oldTheme].map((c) => [c.id, c]));
  return {
    id: DEFAULT_PROJECT_IDS[plan],
    title: `Demo store (${rules.label})`,
    plan,
    edition,
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
    snapshots: [],
    clock: 0,
  };
}
