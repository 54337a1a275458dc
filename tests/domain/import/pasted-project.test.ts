import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawTable } from '../../../src/domain/cli/cli-output';
import {
  type EnvironmentListRead,
  readCliPaste,
  type VariableListRead,
} from '../../../src/domain/cli/cli-paste';
import { settle } from '../../../src/domain/deploy/activities';
import {
  inferPlan,
  type PastedProject,
  type PasteOptions,
  projectFromPaste,
  projectWithPastedVariables,
} from '../../../src/domain/import/pasted-project';
import { mergeEnvironment } from '../../../src/domain/operations/merge-environment';
import { projectToRecord } from '../../../src/domain/project-record';
import { tableGet, tableValues } from '../../../src/domain/table';
import type { EnvironmentId, Project } from '../../../src/domain/types';
import { checkProject, validateProject } from '../../../src/persistence/check-project';
import { defaultProject, env, withFiles } from '../../support/builders';
import { fileOn, succeeded } from '../builders';

// --- builders

type Row = Readonly<{
  id: string;
  depth?: number;
  title?: string;
  status?: string;
  type?: string;
  current?: boolean;
}>;

/** A pasted `environment:list` table of these rows (development and active unless given). */
function table(rows: readonly Row[]): string {
  return [
    'Your environments are: ',
    ...drawTable(
      ['ID', 'Title', 'Status', 'Type'],
      rows.map((r) => [
        `${'  '.repeat(r.depth ?? 0)}${r.id}${r.current ? '*' : ''}`,
        r.title ?? r.id,
        r.status ?? 'Active',
        r.type ?? 'development',
      ]),
    ),
  ].join('\n');
}

function csv(rows: readonly Row[]): string {
  const lines = rows.map((r) =>
    [r.id, r.title ?? r.id, r.status ?? 'Active', r.type ?? 'development'].join(','),
  );
  return ['ID,Title,Status,Type', ...lines].join('\n');
}

function readList(text: string): EnvironmentListRead {
  const read = readCliPaste(text);
  if (!read.ok || !read.environments) throw new Error(`not an environment list: ${text}`);
  return read.environments;
}

function readVariables(text: string): VariableListRead {
  const read = readCliPaste(text);
  if (!read.ok || !read.variables) throw new Error(`not a variable list: ${text}`);
  return read.variables;
}

function built(read: EnvironmentListRead, options: PasteOptions): PastedProject {
  const result = projectFromPaste(read, options);
  if ('error' in result) throw new Error(result.error.message);
  return result;
}

/** id → [parent, role, status] of every environment of a project. */
function shape(project: Project) {
  return Object.fromEntries(
    tableValues(project.environments).map((e) => [e.id, [e.parentId, e.role, e.status]]),
  );
}

const SAMPLE: readonly Row[] = [
  { id: 'master', title: 'Master', type: 'production' },
  { id: 'staging', depth: 1, title: 'Staging', type: 'staging' },
  { id: 'checkout-rework', depth: 2, title: 'Checkout rework', current: true },
  { id: 'old-theme', depth: 2, title: 'Old theme', status: 'Inactive' },
  { id: 'search-tuning', depth: 2, title: 'Search tuning', status: 'In progress' },
];

/** A Pro project as the CLI lists it: production, staging and integration beside each other under master. */
const PRO_ROWS: readonly Row[] = [
  { id: 'master', type: 'production' },
  { id: 'integration', depth: 1 },
  { id: 'feature-a', depth: 2, current: true },
  { id: 'feature-b', depth: 2, status: 'Inactive' },
  { id: 'production', depth: 1, type: 'production' },
  { id: 'staging', depth: 1, type: 'staging' },
];

/** A project that passes every check a saved or opened project must pass. */
function expectValid(project: Project): void {
  expect(checkProject(project)).toEqual([]);
  expect(validateProject(projectToRecord(project), ['project'])).toHaveProperty('project');
}

// --- plan inference

describe('inferPlan', () => {
  it('reads master over staging as Starter', () => {
    expect(inferPlan(readList(table(SAMPLE))).plan).toBe('starter');
  });

  it('reads a master of type production holding production and staging as Pro', () => {
    const guess = inferPlan(readList(table(PRO_ROWS)));
    expect(guess.plan).toBe('pro');
    expect(guess.reason).toContain('Global Master');
  });

  it("reads the explorer's own Pro chain (master → production → staging → integration) as Pro", () => {
    const rows: Row[] = [
      { id: 'master', type: 'production' },
      { id: 'production', depth: 1, type: 'production' },
      { id: 'staging', depth: 2, type: 'staging' },
      { id: 'integration', depth: 3 },
    ];
    expect(inferPlan(readList(table(rows))).plan).toBe('pro');
  });

  it('needs production and staging beneath master in the table, anywhere in CSV', () => {
    const apart: Row[] = [
      { id: 'master', type: 'production' },
      { id: 'production', type: 'production' },
      { id: 'staging', depth: 1, type: 'staging' },
    ];
    expect(inferPlan(readList(table(apart))).plan).toBe('starter');
    expect(inferPlan(readList(csv(apart))).plan).toBe('pro');
  });

  it('says so when a list has neither shape', () => {
    const guess = inferPlan(readList(table([{ id: 'main', type: 'production' }])));
    expect(guess).toMatchObject({ plan: 'starter' });
    expect(guess.reason).toMatch(/Neither shape/);
  });
});

// --- the project

describe('projectFromPaste', () => {
  const current = defaultProject('starter');

  it("builds the issue's sample on Starter: parents, roles, statuses, titles, the current one", () => {
    const { project, preview } = built(readList(table(SAMPLE)), { plan: 'starter', current });
    expect(shape(project)).toEqual({
      master: [null, 'production', 'active'],
      staging: ['master', 'staging', 'active'],
      'checkout-rework': ['staging', 'integration', 'active'],
      'old-theme': ['staging', 'integration', 'inactive'],
      'search-tuning': ['staging', 'integration', 'active'],
    });
    expect(env(project, 'checkout-rework').title).toBe('Checkout rework');
    expect(preview).toMatchObject({
      plan: 'starter',
      planLabel: 'Starter',
      environments: 5,
      inactive: 1,
      shownInactive: 1,
      current: 'checkout-rework',
      activeLimit: 'active: 4 of 4',
      breaks: [],
    });
    expectValid(project);
  });

  it("keeps the current project's root configuration on every environment", () => {
    const custom = withFiles(current, 'master', {
      '.magento/services.yaml': 'mysql:\n    type: mysql:10.4\n',
    });
    const { project, preview } = built(readList(table(SAMPLE)), {
      plan: 'starter',
      current: custom,
    });
    for (const e of tableValues(project.environments)) {
      expect(fileOn(project, e.id, '.magento/services.yaml')).toBe(
        'mysql:\n    type: mysql:10.4\n',
      );
    }
    expect(preview.config).toEqual({ from: 'current project', environment: 'master' });
  });

  it("uses the plan's default configuration without a current project", () => {
    const { project, preview } = built(readList(table(SAMPLE)), { plan: 'pro' });
    const pro = defaultProject('pro');
    expect(fileOn(project, 'staging', '.magento.app.yaml')).toBe(
      fileOn(pro, 'master', '.magento.app.yaml'),
    );
    expect(preview.config).toEqual({ from: 'plan default' });
  });

  it('gives every development branch something to merge: merging checkout-rework into staging works', () => {
    const { project } = built(readList(table(SAMPLE)), { plan: 'starter', current });
    const merged = succeeded(mergeEnvironment(project, { env: 'checkout-rework' })).project;
    expect(env(merged, 'staging').head).toBe(env(project, 'checkout-rework').head);
    expect(env(settle(merged), 'staging').deployState?.kind).toBe('deployed');
  });

  it('makes a CSV title with a line break one line, and an empty one the id', () => {
    const paste =
      'ID,Title,Status,Type\nmaster,"Main\nshop",Active,production\nstaging,,Active,staging\n';
    const { project } = built(readList(paste), { plan: 'starter' });
    expect(env(project, 'master').title).toBe('Main shop');
    expect(env(project, 'staging').title).toBe('staging');
    expectValid(project);
  });

  it('takes the project title and id from the heading', () => {
    const paste = `Environments in the project Demo Store (abcdefg123456):\n${table(SAMPLE)}`;
    const { project } = built(readList(paste), { plan: 'starter', current });
    expect([project.id, project.title]).toEqual(['abcdefg123456', 'Demo Store']);
  });

  it('builds a Pro list: Global Master, Production, Staging, Integration, Development', () => {
    const { project, preview } = built(readList(table(PRO_ROWS)), { plan: 'pro', current });
    expect(shape(project)).toEqual({
      master: [null, 'global-master', 'active'],
      integration: ['master', 'integration', 'active'],
      'feature-a': ['integration', 'development', 'active'],
      'feature-b': ['integration', 'development', 'inactive'],
      production: ['master', 'production', 'active'],
      staging: ['master', 'staging', 'active'],
    });
    // The tree is the user's; the preview says where it differs from the explorer's model.
    expect(preview.notices.join(' ')).toContain('staging hangs under master');
    expectValid(project);
  });

  it('shows the environments above the active limit inactive, sparing the current one and its parents', () => {
    const rows: Row[] = [
      { id: 'master', type: 'production' },
      { id: 'staging', depth: 1, type: 'staging' },
      ...['a', 'b', 'c', 'd', 'e'].map((id) => ({ id: `feature-${id}`, depth: 2 })),
      { id: 'feature-e-child', depth: 3, current: true },
    ];
    const { project, preview } = built(readList(table(rows)), { plan: 'starter', current });
    // Leaves first, the current one and its parent spared: the last listed go.
    expect(preview.breaks.map((b) => [b.environment, b.code, b.shown])).toEqual(
      ['a', 'b', 'c', 'd'].map((id) => [`feature-${id}`, 'active-limit', 'shown inactive']),
    );
    expect(env(project, 'feature-e-child').status).toBe('active');
    expect(env(project, 'feature-e').status).toBe('active');
    expect(preview).toMatchObject({ inactive: 0, shownInactive: 4, activeLimit: 'active: 4 of 4' });
    expect(preview.breaks[0]?.rule).toMatch(
      /Starter allows 4 active environments.*the paste has 8/,
    );
    expectValid(project);
  });

  it("keeps to today's tighter limits", () => {
    const { project, preview } = built(readList(table(PRO_ROWS)), {
      plan: 'pro',
      edition: 'today',
    });
    expect(preview.activeLimit).toBe('Integration: 2 of 2 active');
    expect(preview.breaks).toEqual([]);
    const more = [...PRO_ROWS, { id: 'feature-c', depth: 2 }];
    const over = built(readList(table(more)), { plan: 'pro', edition: 'today' });
    expect(over.preview.breaks.map((b) => b.environment)).toEqual(['feature-c']);
    expectValid(project);
    expectValid(over.project);
  });

  it("places CSV environments under the plan's default parent for their type", () => {
    const rows: Row[] = [
      { id: 'feature-x' },
      { id: 'staging', type: 'staging' },
      { id: 'integration' },
      { id: 'master', type: 'production' },
      { id: 'production', type: 'production' },
      { id: 'hotfix', status: 'Inactive' },
    ];
    expect(shape(built(readList(csv(rows)), { plan: 'pro' }).project)).toEqual({
      master: [null, 'global-master', 'active'],
      production: ['master', 'production', 'active'],
      staging: ['production', 'staging', 'active'],
      integration: ['staging', 'integration', 'active'],
      'feature-x': ['integration', 'development', 'active'],
      hotfix: ['integration', 'development', 'inactive'],
    });
    const starter = built(readList(csv(rows)), { plan: 'starter' });
    expect(env(starter.project, 'feature-x').parentId).toBe('staging');
    expect(env(starter.project, 'staging').parentId).toBe('master');
    expect(starter.preview.notices.join(' ')).toContain(
      'The table format (without --format) keeps your tree',
    );
  });

  it('places under the nearest default parent the paste holds, else the root', () => {
    const rows: Row[] = [{ id: 'master', type: 'production' }, { id: 'feature-x' }];
    const { project, preview } = built(readList(csv(rows)), { plan: 'pro' });
    expect(env(project, 'feature-x').parentId).toBe('master');
    expect(env(project, 'feature-x').role).toBe('integration');
    expect(preview.notices.join(' ')).toContain(
      'the paste has no production, staging, integration',
    );
  });

  it('hangs a second root of a filtered table under its default parent, and says so', () => {
    const rows: Row[] = [
      { id: 'master', type: 'production' },
      { id: 'staging', depth: 1, type: 'staging' },
      { id: 'orphan' },
      { id: 'orphan-child', depth: 1 },
    ];
    const { project, preview } = built(readList(table(rows)), { plan: 'starter' });
    expect(env(project, 'orphan').parentId).toBe('staging');
    expect(env(project, 'orphan-child').parentId).toBe('orphan');
    expect(preview.breaks).toMatchObject([
      { environment: 'orphan', code: 'no-parent', shown: 'shown under staging' },
    ]);
    expectValid(project);
  });

  it('never hangs a root under its own subtree', () => {
    // staging sits under a second root: that root cannot go under staging.
    const rows: Row[] = [
      { id: 'master', type: 'production' },
      { id: 'other' },
      { id: 'staging', depth: 1, type: 'staging' },
    ];
    const { project } = built(readList(table(rows)), { plan: 'starter' });
    expect(env(project, 'other').parentId).toBe('master');
    expectValid(project);
  });

  it('names what the plan cannot have inactive, or active under an inactive parent', () => {
    const rows: Row[] = [
      { id: 'master', type: 'production' },
      { id: 'production', depth: 1, type: 'production' },
      { id: 'staging', depth: 1, type: 'staging', status: 'Paused' },
      { id: 'integration', depth: 1, status: 'Inactive' },
      { id: 'feature-a', depth: 2 },
    ];
    const { preview } = built(readList(table(rows)), { plan: 'pro' });
    expect(preview.breaks.map((b) => [b.environment, b.code])).toEqual([
      ['staging', 'cannot-deactivate'],
      ['feature-a', 'active-under-inactive'],
    ]);
    expect(preview.notices.join(' ')).toContain('staging is paused');
  });

  it('applies pasted variables at project and environment level, sensitive ones hidden, disabled ones left out', () => {
    const vars = readVariables(
      [
        'Variables on the project Shop (p1), environment staging:',
        ...drawTable(
          ['Name', 'Level', 'Value', 'Enabled'],
          [
            ['ADMIN_EMAIL', 'project', 'admin@example.com', ''],
            ['env:COMPOSER_AUTH', 'project', '[Hidden: sensitive value]', ''],
            ['ADMIN_URL', 'environment', 'admin_staging', 'true'],
            ['OLD_FLAG', 'environment', '1', 'false'],
          ],
        ),
      ].join('\n'),
    );
    const { project, preview } = built(readList(table(SAMPLE)), {
      plan: 'starter',
      current,
      variables: { read: vars, environment: vars.environment },
    });
    expect(project.variables.ADMIN_EMAIL?.value).toBe('admin@example.com');
    expect(project.variables['env:COMPOSER_AUTH']?.flags.sensitive).toBe(true);
    expect(project.variables['env:COMPOSER_AUTH']?.value).toBe('');
    expect(Object.keys(env(project, 'staging').variables)).toEqual(['ADMIN_URL']);
    expect(env(project, 'master').variables).toEqual({});
    expect(preview.variables).toEqual({
      environment: 'staging',
      project: 2,
      environmentLevel: 1,
      sensitive: 1,
      skipped: ['OLD_FLAG'],
    });
    expectValid(project);
  });

  it('refuses environment-level variables for no environment, or one not in the list', () => {
    const vars = readVariables(
      drawTable(['Name', 'Level', 'Value', 'Enabled'], [['A', 'environment', '1', 'true']]).join(
        '\n',
      ),
    );
    const list = readList(table(SAMPLE));
    const refusal = (environment: EnvironmentId | null) =>
      projectFromPaste(list, { plan: 'starter', variables: { read: vars, environment } });
    expect(refusal(null)).toMatchObject({ error: { code: 'variables-environment' } });
    expect(refusal('nowhere')).toMatchObject({ error: { code: 'variables-environment' } });
  });
});

// --- any tree makes a project the explorer can show

describe('any pasted tree', () => {
  it('keeps the limit when a branch that does not count shields a chain that does', () => {
    // fast-check's counterexample: four active rows, each under the last, the leaf production.
    const rows: Row[] = ['development', 'development', 'development', 'production'].map(
      (type, depth) => ({
        id: depth === 0 ? 'master' : `branch-${depth}`,
        depth,
        status: 'Active',
        type,
      }),
    );
    const { project } = built(readList(table(rows)), { plan: 'starter', edition: 'today' });
    expectValid(project);
  });

  const rowArb = fc.record({
    status: fc.constantFrom('Active', 'Inactive', 'In progress', 'Paused'),
    type: fc.constantFrom('production', 'staging', 'development'),
    up: fc.nat(3),
  });
  it('builds a valid project on every plan and edition, tree kept, every pasted status shown or named', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 1, maxLength: 40 }),
        fc.constantFrom('starter', 'pro', 'pro-legacy' as const),
        fc.constantFrom('2.1', 'today' as const),
        fc.boolean(),
        (specs, plan, edition, asCsv) => {
          let depth = 0;
          const rows: Row[] = specs.map((s, i) => {
            depth = i === 0 ? 0 : Math.max(0, depth + 1 - s.up);
            return {
              id: i === 0 ? 'master' : `branch-${i}`,
              depth,
              status: s.status,
              type: s.type,
            };
          });
          const read = readList(asCsv ? csv(rows) : table(rows));
          const { project, preview } = built(read, { plan, edition });
          expectValid(project);
          const off = new Set(
            preview.breaks.filter((b) => b.code === 'active-limit').map((b) => b.environment),
          );
          for (const pasted of read.environments) {
            const shown = tableGet(project.environments, pasted.id);
            expect(shown?.status).toBe(off.has(pasted.id) ? 'inactive' : pasted.status);
            if (read.hasTree && pasted.parentId !== null)
              expect(shown?.parentId).toBe(pasted.parentId);
          }
          expect(preview.shownInactive).toBe(preview.inactive + off.size);
        },
      ),
      { numRuns: 120 },
    );
  });
});

describe('variable:list pasted on its own', () => {
  const listed = readVariables(
    [
      'Variables on the project Demo (abcdefg123456), environment staging:',
      ...drawTable(
        ['Name', 'Level', 'Value', 'Enabled'],
        [
          ['PASTED_FLAG', 'project', 'on', ''],
          ['PASTED_SECRET', 'environment', '[Hidden: sensitive value]', 'true'],
          ['OLD_FLAG', 'environment', '1', 'false'],
        ],
      ),
    ].join('\n'),
  );

  it('sets the project ones on the project and the others on the environment named, as running', () => {
    const project = defaultProject('starter');
    const result = projectWithPastedVariables(project, { read: listed, environment: 'staging' });
    if ('error' in result) throw new Error(result.error.message);
    expect(result.variables).toEqual({
      environment: 'staging',
      project: 1,
      environmentLevel: 1,
      sensitive: 1,
      skipped: ['OLD_FLAG'],
    });
    expect(result.project.variables.PASTED_FLAG?.value).toBe('on');
    expect(result.project.variables.ADMIN_EMAIL).toEqual(project.variables.ADMIN_EMAIL);
    const staging = env(result.project, 'staging');
    expect(staging.variables.PASTED_SECRET?.flags.sensitive).toBe(true);
    expect(staging.variables.PASTED_SECRET?.value).toBe('');
    expect(staging.variables.OLD_FLAG).toBeUndefined();
    // The branches and their variables stay; what runs is what the list shows.
    expect(tableValues(result.project.environments).map((e) => e.id)).toEqual(
      tableValues(project.environments).map((e) => e.id),
    );
    expect(staging.deployment?.variables?.PASTED_FLAG).toBe('on');
    expectValid(result.project);
  });

  it('is refused when the environment named is not in the project', () => {
    const result = projectWithPastedVariables(defaultProject('starter'), {
      read: listed,
      environment: 'nowhere',
    });
    expect(result).toMatchObject({ error: { code: 'variables-environment' } });
  });
});

describe('rule breaks as shown', () => {
  it('does not call a branch the active limit turned off "active under an inactive parent"', () => {
    const read = readList(
      table([
        { id: 'master', depth: 0, type: 'production' },
        { id: 'staging', depth: 1, type: 'staging' },
        { id: 'a', depth: 2 },
        { id: 'd', depth: 2 },
        { id: 'b', depth: 2, status: 'Inactive' },
        { id: 'c', depth: 3 },
      ]),
    );
    const { project, preview } = built(read, { plan: 'starter' });
    expect(env(project, 'c').status).toBe('inactive');
    expect(preview.breaks.filter((b) => b.environment === 'c').map((b) => b.code)).toEqual([
      'active-limit',
    ]);
  });
});
