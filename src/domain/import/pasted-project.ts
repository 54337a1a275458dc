import { CLI_TYPE_OF_ROLE } from '../cli/cli-grammar';
import type { EnvironmentListRead, PastedEnvironment, VariableListRead } from '../cli/cli-paste';
import { defaultProjectRecord } from '../defaults/default-project';
import { makeCommit } from '../git/commit-graph';
import { copiesParentData, type PlanRules, planRules, roleRulesOf } from '../plans';
import { buildsOf, projectFromRecord, runningAsIs } from '../project-record';
import { tableGet, tableMap } from '../table';
import { activeCount, activeLimitText, countsTowardLimit, rootOf } from '../tree';
import type {
  Commit,
  CommitId,
  ConfigFiles,
  Edition,
  Environment,
  EnvironmentId,
  EnvironmentStatus,
  OperationError,
  PlanId,
  Project,
  Role,
  Variable,
} from '../types';
import { variable, withRunningVariables } from '../variable';

/**
 * A project of the user's own, from what `environment:list` (and `variable:list`) printed:
 * the plan it looks like, the project itself for the plan the user confirms, and what the
 * preview says before anything changes.
 */

// --- the plan

export type PlanGuess = Readonly<{ plan: PlanId; reason: string }>;

/**
 * The plan a pasted list looks like, for the user to confirm or change:
 * - **Pro** when `master` is of type production and holds (beneath it in the table format;
 *   anywhere in CSV and TSV) another production environment and a staging one: the Global
 *   Master, with Production and Staging beside or above Integration.
 * - **Starter** otherwise: `master` over `staging` is its shape, and a list of neither shape
 *   is read as Starter too, the reason saying so.
 * Pro legacy is never guessed: its Integration project lists like a Starter one.
 * Linear: parents are listed before their children.
 */
export function inferPlan(read: EnvironmentListRead): PlanGuess {
  const master = read.environments.find((env) => env.id === 'master');
  const underMaster = new Set<EnvironmentId>();
  for (const env of read.environments) {
    const inside = !read.hasTree || (env.parentId !== null && underMaster.has(env.parentId));
    if (env.id === 'master' || inside) underMaster.add(env.id);
  }
  const beneath = read.environments.filter((env) => env.id !== 'master' && underMaster.has(env.id));
  const production = beneath.find((env) => env.type === 'production');
  const staging = beneath.find((env) => env.type === 'staging');
  if (master?.type === 'production' && production && staging) {
    return {
      plan: 'pro',
      reason: `master (production) holds ${production.id} (production) and ${staging.id} (staging): the Pro shape, master being the Global Master.`,
    };
  }
  if (master?.type === 'production' && staging) {
    return {
      plan: 'starter',
      reason: `master (production) over ${staging.id} (staging): the Starter shape.`,
    };
  }
  return {
    plan: 'starter',
    reason:
      'Neither shape was found (master of type production over staging, or over production and staging): read as Starter.',
  };
}

// --- the project

/** Variables pasted from `variable:list`, and the environment they were listed for. */
export type PasteVariables = Readonly<{
  read: VariableListRead;
  /** Where the environment-level ones go; needed when there are any. */
  environment: EnvironmentId | null;
}>;

export type PasteOptions = Readonly<{
  plan: PlanId;
  /** The project shown now: its root's configuration files go on every environment, and its edition and region stay. */
  current?: Project | null;
  /** The rules' edition; the current project's, or 2.1. */
  edition?: Edition;
  variables?: PasteVariables | null;
}>;

/** An environment the plan's rules would not have as pasted, and how the explorer shows it. */
export type PasteRuleBreak = Readonly<{
  environment: EnvironmentId;
  /**
   * `active-limit`: more active than the plan allows, so shown inactive; `no-parent`: a
   * second root (a filtered list), hung under the plan's default parent for its type;
   * `cannot-deactivate`: inactive where the plan cannot deactivate it (the root, Pro
   * Staging and Production), shown as pasted; `active-under-inactive`: shown as pasted.
   */
  code: 'active-limit' | 'no-parent' | 'cannot-deactivate' | 'active-under-inactive';
  /** The rule, as a sentence. */
  rule: string;
  /** How it is shown: "shown inactive", "shown under staging", "shown as pasted". */
  shown: string;
}>;

/** What the preview says will happen; plain data for the dialog to render. */
export type PastePreview = Readonly<{
  plan: PlanId;
  planLabel: string;
  environments: number;
  /** Inactive in the paste (Paused and Deleting included). */
  inactive: number;
  /** Inactive as shown: the pasted ones and those the active limit turns off. */
  shownInactive: number;
  /** The plan's count as the header shows it, e.g. "active: 4 of 4". */
  activeLimit: string;
  /** The environment marked `*`, to select. */
  current: EnvironmentId | null;
  /** Where the configuration files of every environment come from. */
  config: Readonly<
    { from: 'current project'; environment: EnvironmentId } | { from: 'plan default' }
  >;
  breaks: readonly PasteRuleBreak[];
  /** Sentences: how the paste was read (the CSV notice among them) and what the tree lacks. */
  notices: readonly string[];
  variables: Readonly<{
    environment: EnvironmentId | null;
    project: number;
    environmentLevel: number;
    sensitive: number;
    /** Disabled in the paste (Enabled false): left out, as the platform leaves them out. */
    skipped: readonly string[];
  }> | null;
}>;

export type PastedProject = Readonly<{ project: Project; preview: PastePreview }>;

/**
 * The project `read` describes, on `plan`: every environment with its parent, title and
 * status, its type made a role, with the current project's root's configuration files (the
 * plan's default files without a current project); the variables
 * of `variables` on the project and the environment named; no activity, clock 0.
 *
 * - **Parents**: as indented. An environment without one (every one in CSV and TSV, and the
 *   second root of a filtered table) goes under the plan's default parent for its type: a
 *   fixed branch under its fixed parent (Pro `staging` under `production`), a production one
 *   under the plan's root, a staging one under the plan's staging parent, a development one
 *   under the branch new work comes from (`staging`, Pro `integration`, legacy `master`);
 *   the nearest of those the paste holds, else the root.
 * - **Commits**: one holding the files, the head of the root and of every production and
 *   staging environment; each development branch one more of its own on its parent's head
 *   (the same files: the list shows no commits), so each has something to merge.
 * - **Roles**: a fixed branch of the plan of the same type takes its role (Pro `master` →
 *   Global Master, `production` → Production, `integration` → Integration); otherwise
 *   `production` → Production (the root: the plan's root role, Starter Production),
 *   `staging` → Staging, `development` → the role the plan gives a child of its parent
 *   (Pro Development under Integration), else Integration.
 * - **Active limit**: above the plan's limit, the last listed that count (leaves first, the
 *   plan's fixed branches and the current one last of all) are shown inactive.
 * - **Variables**: disabled ones left out; sensitive ones flagged, their value empty (the CLI
 *   never shows it); other flags the platform's defaults, since the list does not show them.
 *
 * Refused ('variables-environment') when environment-level variables name no environment of
 * the list. O(n) besides sorting the few extra roots.
 */
export function projectFromPaste(
  read: EnvironmentListRead,
  options: PasteOptions,
): PastedProject | { error: OperationError } {
  const { plan, current = null, variables = null } = options;
  const edition = options.edition ?? current?.edition ?? '2.1';
  const rules = planRules(plan, edition);
  const pasted = new Map(read.environments.map((env) => [env.id, env]));

  const vars = variables ? pastedVariables(variables, pasted) : null;
  if (vars && 'error' in vars) return vars;

  const { parentOf, top, placed } = placeEnvironments(read, rules);
  const { order, roles } = rolesInTreeOrder(read, rules, parentOf, top);
  const config = configFiles(current, plan, edition);
  const commit = makeCommit([], `Environments read from ${read.command}`, 0, config.files);
  const { heads, commits } = workCommits(order, parentOf, commit);

  const build = (statusOf: (env: PastedEnvironment) => EnvironmentStatus): Project => {
    const environments: Record<EnvironmentId, Environment> = {};
    for (const env of order) {
      const parentId = parentOf.get(env.id) ?? null;
      const role = roles.get(env.id) as Role;
      const status = statusOf(env);
      const parentRole = parentId === null ? role : (roles.get(parentId) as Role);
      environments[env.id] = {
        id: env.id,
        title: displayTitle(env),
        parentId,
        role,
        status,
        head: heads.get(env.id) as CommitId,
        deployment: status === 'active' ? runningAsIs(heads.get(env.id) as CommitId) : null,
        dataOrigin:
          status === 'active' && parentId !== null
            ? { from: copiesParentData(rules, parentRole, role) ? parentId : null, at: 0 }
            : null,
        variables: env.id === vars?.environment ? vars.environmentLevel : {},
        deployState: null,
        failNext: null,
      };
    }
    return projectFromRecord({
      id: read.project?.id ?? current?.id ?? 'pasted-project',
      title: read.project?.title || 'Project from environment:list',
      plan,
      edition,
      region: current?.region ?? 'us',
      environments,
      commits,
      variables: vars?.project ?? {},
      activity: [],
      builds: buildsOf(Object.values(environments), commits),
      storageMb: current?.storageMb ?? rules.storageMb,
      configDumped: current?.configDumped ?? false,
      snapshots: [],
      clock: 0,
    });
  };

  const asPasted = build((env) => env.status);
  const turnedOff = overLimit(asPasted, order, parentOf, rules, read.current, top);
  const project = withRunningVariables(
    turnedOff.size === 0
      ? asPasted
      : build((env) => (turnedOff.has(env.id) ? 'inactive' : env.status)),
  );

  const breaks: PasteRuleBreak[] = [];
  for (const env of order) {
    const shownEnv = tableGet(project.environments, env.id) as Environment;
    const parent =
      shownEnv.parentId === null ? undefined : tableGet(project.environments, shownEnv.parentId);
    if (placed.has(env.id) && read.hasTree) {
      breaks.push({
        environment: env.id,
        code: 'no-parent',
        rule: `The explorer draws one tree, rooted at ${top}; ${env.id} has no parent in the paste (a filtered list?).`,
        shown: `shown under ${shownEnv.parentId}`,
      });
    }
    if (turnedOff.has(env.id)) {
      const { max, counts } = rules.activeLimit;
      breaks.push({
        environment: env.id,
        code: 'active-limit',
        rule: `${rules.label} allows ${max} ${counts}; the paste has ${activeCount(asPasted)}.`,
        shown: 'shown inactive',
      });
    }
    const role = roleRulesOf(project, shownEnv.role);
    if (env.status === 'inactive' && (!role.canDeactivate || shownEnv.parentId === null)) {
      breaks.push({
        environment: env.id,
        code: 'cannot-deactivate',
        rule: `${shownEnv.parentId === null ? 'The root' : `${rules.label} ${role.label}`} cannot be deactivated, but ${env.id} is ${env.cliStatus.toLowerCase()} in the paste.`,
        shown: 'shown inactive, as pasted',
      });
    }
    // As shown: one the active limit turned off is no longer active under an inactive parent.
    if (shownEnv.status === 'active' && parent?.status === 'inactive') {
      breaks.push({
        environment: env.id,
        code: 'active-under-inactive',
        rule: `${env.id} is active under ${parent.id}, which is inactive: the platform activates a branch only under an active parent.`,
        shown: 'shown active, as pasted',
      });
    }
  }

  const inactive = read.environments.filter((env) => env.status === 'inactive').length;
  return {
    project,
    preview: {
      plan,
      planLabel: rules.label,
      environments: read.environments.length,
      inactive,
      shownInactive: inactive + turnedOff.size,
      activeLimit: activeLimitText(project),
      current: read.current,
      config: config.from,
      breaks,
      notices: [
        ...read.notices,
        ...(variables?.read.notices ?? []),
        ...shapeNotices(read, rules, parentOf),
      ],
      variables: vars && variablesSummary(vars),
    },
  };
}

/**
 * A title the explorer can show, one line of at most 255 characters: a CSV cell's line breaks
 * and tabs become spaces; the id stands in for a title left empty.
 */
function displayTitle(env: PastedEnvironment): string {
  const line = env.title.replace(/\p{Cc}+/gu, ' ').trim();
  return [...line].slice(0, 255).join('').trim() || env.id;
}

/** The pasted root the tree keeps: the plan's root branch, else `master`, else a production one. */
function mainRoot(read: EnvironmentListRead, rules: PlanRules): EnvironmentId {
  const roots = read.environments.filter((env) => env.parentId === null);
  const root =
    roots.find((env) => env.id === rules.fixedBranches[0]?.id) ??
    roots.find((env) => env.id === 'master') ??
    roots.find((env) => env.type === 'production') ??
    roots[0];
  return (root as PastedEnvironment).id;
}

/**
 * Where the plan would put an environment it holds no parent for, nearest first: its fixed
 * parent, or the default for its type, then up the plan's fixed branches.
 */
function defaultParents(env: PastedEnvironment, rules: PlanRules): EnvironmentId[] {
  const fixedParent = (id: EnvironmentId | null | undefined) =>
    rules.fixedBranches.find((b) => b.id === id)?.parentId ?? null;
  const fixed = rules.fixedBranches.find((b) => b.id === env.id);
  let id: EnvironmentId | null;
  if (fixed) id = fixed.parentId;
  else if (env.type === 'production') id = rules.fixedBranches[0]?.id ?? null;
  else if (env.type === 'staging') id = fixedParent('staging');
  else id = rules.branchFromHint;
  const chain: EnvironmentId[] = [];
  for (; id !== null && chain.length <= rules.fixedBranches.length; id = fixedParent(id)) {
    chain.push(id);
  }
  return chain;
}

type Placement = Readonly<{
  parentOf: ReadonlyMap<EnvironmentId, EnvironmentId | null>;
  top: EnvironmentId;
  /** Environments the paste gave no parent, other than the root. */
  placed: ReadonlySet<EnvironmentId>;
}>;

/**
 * Every environment's parent: the pasted one, or for each root but the main one the first of
 * its default parents already in the main tree (else the main root), so no cycle can form.
 * Fixed branches are placed first, root-most first, so the others find them in the tree.
 */
function placeEnvironments(read: EnvironmentListRead, rules: PlanRules): Placement {
  const top = mainRoot(read, rules);
  const parentOf = new Map<EnvironmentId, EnvironmentId | null>();
  const componentOf = new Map<EnvironmentId, EnvironmentId>();
  for (const env of read.environments) {
    parentOf.set(env.id, env.parentId);
    const component = env.parentId === null ? env.id : componentOf.get(env.parentId);
    componentOf.set(env.id, component ?? env.id);
  }
  const attached = new Set<EnvironmentId>([top]);
  const fixedIndex = (id: EnvironmentId) => {
    const at = rules.fixedBranches.findIndex((b) => b.id === id);
    return at < 0 ? rules.fixedBranches.length : at;
  };
  const roots = read.environments
    .filter((env) => env.parentId === null && env.id !== top)
    .map((env, printed) => ({ env, printed }))
    .sort((a, b) => fixedIndex(a.env.id) - fixedIndex(b.env.id) || a.printed - b.printed);
  for (const { env } of roots) {
    const parent =
      defaultParents(env, rules).find((id) => {
        const component = componentOf.get(id);
        return component !== undefined && component !== env.id && attached.has(component);
      }) ?? top;
    parentOf.set(env.id, parent);
    attached.add(env.id);
  }
  return { parentOf, top, placed: new Set(roots.map(({ env }) => env.id)) };
}

/**
 * The role of each environment, from its type and its parent's role (so parents first), and
 * the environments in tree order: the root, then each one's subtree, children as printed.
 */
function rolesInTreeOrder(
  read: EnvironmentListRead,
  rules: PlanRules,
  parentOf: ReadonlyMap<EnvironmentId, EnvironmentId | null>,
  top: EnvironmentId,
): { order: PastedEnvironment[]; roles: Map<EnvironmentId, Role> } {
  const children = new Map<EnvironmentId, PastedEnvironment[]>();
  const byId = new Map(read.environments.map((env) => [env.id, env]));
  for (const env of read.environments) {
    const parent = parentOf.get(env.id);
    if (parent === null || parent === undefined) continue;
    const siblings = children.get(parent);
    if (siblings) siblings.push(env);
    else children.set(parent, [env]);
  }
  const roles = new Map<EnvironmentId, Role>();
  const order: PastedEnvironment[] = [];
  const stack = [byId.get(top) as PastedEnvironment];
  for (let env = stack.pop(); env !== undefined; env = stack.pop()) {
    const parent = parentOf.get(env.id) ?? null;
    roles.set(env.id, roleOf(env, parent === null ? null : (roles.get(parent) ?? null), rules));
    order.push(env);
    const under = children.get(env.id) ?? [];
    for (let i = under.length - 1; i >= 0; i--) stack.push(under[i] as PastedEnvironment);
  }
  return { order, roles };
}

function roleOf(env: PastedEnvironment, parentRole: Role | null, rules: PlanRules): Role {
  const fixed = rules.fixedBranches.find(
    (b) => b.id === env.id && CLI_TYPE_OF_ROLE[b.role] === env.type,
  );
  if (fixed) return fixed.role;
  if (env.type === 'production') {
    const rootRole = rules.fixedBranches[0]?.role ?? 'production';
    return parentRole === null && CLI_TYPE_OF_ROLE[rootRole] === 'production'
      ? rootRole
      : 'production';
  }
  if (env.type === 'staging') return 'staging';
  const child = parentRole === null ? undefined : rules.childRole[parentRole];
  return child && CLI_TYPE_OF_ROLE[child] === 'development' ? child : 'integration';
}

/**
 * The environments to show inactive so the active ones keep within the plan's limit: in
 * reverse tree order (leaves before their parents), those that count and have no active
 * child; first sparing the plan's fixed branches and the current one, then the current one,
 * then all but the root.
 */
function overLimit(
  project: Project,
  order: readonly PastedEnvironment[],
  parentOf: ReadonlyMap<EnvironmentId, EnvironmentId | null>,
  rules: PlanRules,
  current: EnvironmentId | null,
  top: EnvironmentId,
): Set<EnvironmentId> {
  const off = new Set<EnvironmentId>();
  let count = activeCount(project);
  const { max } = rules.activeLimit;
  if (count <= max) return off;
  const activeChildren = new Map<EnvironmentId, number>();
  for (const env of order) {
    const parent = parentOf.get(env.id);
    if (env.status === 'active' && parent) {
      activeChildren.set(parent, (activeChildren.get(parent) ?? 0) + 1);
    }
  }
  const fixed = new Set(rules.fixedBranches.map((b) => b.id));
  const last = (id: EnvironmentId) => id === top || fixed.has(id);
  const spared: ((id: EnvironmentId) => boolean)[] = [
    (id) => fixed.has(id) || id === current,
    (id) => fixed.has(id),
    (id) => id === top,
    last,
  ];
  /** Whether an active ancestor of `id`, not yet off, counts toward the limit. */
  const countingAbove = (id: EnvironmentId): boolean => {
    for (let up = parentOf.get(id); up; up = parentOf.get(up)) {
      const above = tableGet(project.environments, up);
      if (above?.status === 'active' && !off.has(up) && countsTowardLimit(project, above))
        return true;
    }
    return false;
  };
  for (const spare of spared) {
    for (let i = order.length - 1; i >= 0 && count > max; i--) {
      const env = order[i] as PastedEnvironment;
      const shown = tableGet(project.environments, env.id) as Environment;
      if (env.status !== 'active' || off.has(env.id) || spare(env.id)) continue;
      if ((activeChildren.get(env.id) ?? 0) > 0) continue;
      const counts = countsTowardLimit(project, shown);
      // One that does not count is turned off only in the last pass, and only to free a
      // parent that does: else a chain of counting branches over it could never be.
      if (!counts && (spare !== last || !countingAbove(env.id))) continue;
      off.add(env.id);
      if (counts) count -= 1;
      const parent = parentOf.get(env.id);
      if (parent) activeChildren.set(parent, (activeChildren.get(parent) ?? 1) - 1);
    }
  }
  return off;
}

/**
 * Each environment's head: the root and the environments of the live site's types share one
 * commit; a development branch gets a commit of its own on its parent's head, with the same
 * files, standing for the work the list does not show, so that it has something to merge.
 */
function workCommits(
  order: readonly PastedEnvironment[],
  parentOf: ReadonlyMap<EnvironmentId, EnvironmentId | null>,
  base: Commit,
): { heads: Map<EnvironmentId, CommitId>; commits: Record<CommitId, Commit> } {
  const heads = new Map<EnvironmentId, CommitId>();
  const commits: Record<CommitId, Commit> = { [base.id]: base };
  for (const env of order) {
    const parent = parentOf.get(env.id);
    const parentHead = (parent && heads.get(parent)) || base.id;
    if (parent && env.type === 'development') {
      const work = makeCommit([parentHead], `Work on ${env.id}`, 0, base.files);
      commits[work.id] = work;
      heads.set(env.id, work.id);
    } else {
      heads.set(env.id, parentHead);
    }
  }
  return { heads, commits };
}

/** The files every environment gets: the current project's root's, else the plan's default. */
function configFiles(
  current: Project | null,
  plan: PlanId,
  edition: Edition,
): { files: ConfigFiles; from: PastePreview['config'] } {
  const root = current ? rootOf(current) : undefined;
  const files = current && root ? tableGet(current.commits, root.head)?.files : undefined;
  if (root && files) return { files, from: { from: 'current project', environment: root.id } };
  const base = defaultProjectRecord(plan, edition);
  const baseRoot = base.environments[planRules(plan, edition).fixedBranches[0]?.id ?? 'master'];
  const baseFiles = baseRoot && base.commits[baseRoot.head]?.files;
  if (!baseFiles) throw new Error(`The default ${plan} project has no root commit`);
  return { files: baseFiles, from: { from: 'plan default' } };
}

type ReadVariables = Readonly<{
  environment: EnvironmentId | null;
  project: Record<string, Variable>;
  environmentLevel: Record<string, Variable>;
  sensitive: number;
  skipped: string[];
}>;

function pastedVariables(
  { read, environment }: PasteVariables,
  pasted: Readonly<{ has: (id: EnvironmentId) => boolean }>,
): ReadVariables | { error: OperationError } {
  const atEnvironment = read.variables.some((v) => v.level === 'environment');
  if (atEnvironment && environment === null) {
    return {
      error: {
        code: 'variables-environment',
        message:
          'Say which environment the variables were listed for: environment-level variables belong to one.',
      },
    };
  }
  if (environment !== null && !pasted.has(environment)) {
    return {
      error: {
        code: 'variables-environment',
        message: `${environment} is not in the environment list, so its variables have nowhere to go.`,
      },
    };
  }
  const result: ReadVariables = {
    environment: atEnvironment ? environment : null,
    project: {},
    environmentLevel: {},
    sensitive: 0,
    skipped: [],
  };
  let sensitive = 0;
  for (const v of read.variables) {
    if (v.enabled === false) {
      result.skipped.push(v.name);
      continue;
    }
    const made = v.sensitive
      ? variable(v.name, '', { sensitive: true })
      : variable(v.name, v.value ?? '');
    if (v.sensitive) sensitive += 1;
    (v.level === 'project' ? result.project : result.environmentLevel)[v.name] = made;
  }
  return { ...result, sensitive };
}

/**
 * `project` with the variables of a `variable:list` paste on their own: the project-level
 * ones set on the project, the environment-level ones on `variables.environment` (each
 * replacing one of the same name), running in every deployment as they do on the platform
 * the list was printed from. Refused like `projectFromPaste` when no environment of the
 * project is named for environment-level variables.
 */
export function projectWithPastedVariables(
  project: Project,
  variables: PasteVariables,
):
  | Readonly<{ project: Project; variables: NonNullable<PastePreview['variables']> }>
  | { error: OperationError } {
  const read = pastedVariables(variables, {
    has: (id) => tableGet(project.environments, id) !== undefined,
  });
  if ('error' in read) return read;
  const environments = tableMap(project.environments, (env) => ({
    ...env,
    variables:
      env.id === read.environment ? { ...env.variables, ...read.environmentLevel } : env.variables,
    deployment: env.deployment && { ...env.deployment, variables: null },
  }));
  return {
    project: withRunningVariables({
      ...project,
      environments,
      variables: { ...project.variables, ...read.project },
    }),
    variables: variablesSummary(read),
  };
}

function variablesSummary(read: ReadVariables): NonNullable<PastePreview['variables']> {
  return {
    environment: read.environment,
    project: Object.keys(read.project).length,
    environmentLevel: Object.keys(read.environmentLevel).length,
    sensitive: read.sensitive,
    skipped: read.skipped,
  };
}

/** Where the pasted tree differs from the plan's model, and which provisioned branches it lacks. */
function shapeNotices(
  read: EnvironmentListRead,
  rules: PlanRules,
  parentOf: ReadonlyMap<EnvironmentId, EnvironmentId | null>,
): string[] {
  const notices: string[] = [];
  const ids = new Set(read.environments.map((env) => env.id));
  if (read.hasTree) {
    for (const branch of rules.fixedBranches) {
      const actual = parentOf.get(branch.id);
      if (
        actual !== undefined &&
        branch.parentId !== null &&
        ids.has(branch.parentId) &&
        actual !== branch.parentId
      ) {
        notices.push(
          `In your project ${branch.id} hangs under ${actual ?? 'nothing'}; the explorer's ${rules.label} model has it under ${branch.parentId}. It is shown as in your project.`,
        );
      }
    }
  }
  const missing = rules.fixedBranches.filter((b) => !ids.has(b.id)).map((b) => b.id);
  if (rules.provisioned && missing.length > 0) {
    notices.push(
      `The ${rules.label} plan provisions ${rules.fixedBranches.map((b) => b.id).join(', ')}; the paste has no ${missing.join(', ')}.`,
    );
  }
  return notices;
}
