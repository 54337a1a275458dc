import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLI_TYPE_OF_ROLE } from '../../../src/domain/cli/cli-grammar';
import {
  activityListOutput,
  drawTable,
  environmentInfoOutput,
  environmentListOutput,
  SENSITIVE_PLACEHOLDER,
  snapshotListOutput,
  variableListOutput,
} from '../../../src/domain/cli/cli-output';
import {
  type CliPaste,
  type CliPasteProblem,
  type EnvironmentListRead,
  readCliPaste,
  type VariableListRead,
} from '../../../src/domain/cli/cli-paste';
import { invoke } from '../../../src/domain/operations/all-operations';
import { validateBranchName } from '../../../src/domain/operations/branch-environment';
import { tableOf } from '../../../src/domain/table';
import { type Environment, type Project, ROLES, type Role } from '../../../src/domain/types';
import { defaultProject, env } from '../../support/builders';
import { ENVIRONMENT_LIST_SAMPLE as SAMPLE } from '../../support/cli-samples';
import { started } from '../builders';

// --- builders

type Node = Readonly<{
  id: string;
  title?: string;
  depth?: number;
  status?: string;
  type?: string;
  current?: boolean;
}>;

/** The rows of an environment table, indented two spaces a level, `*` on the current one. */
function envRows(nodes: readonly Node[]): string[][] {
  return nodes.map((n) => [
    `${'  '.repeat(n.depth ?? 0)}${n.id}${n.current ? '*' : ''}`,
    n.title ?? n.id,
    n.status ?? 'Active',
    n.type ?? 'development',
  ]);
}

const ENV_HEADER = ['ID', 'Title', 'Status', 'Type'];

/** What `environment:list` prints for these rows, as the real CLI surrounds its table. */
function envTable(nodes: readonly Node[], header = ENV_HEADER, rows = envRows(nodes)): string {
  return ['Your environments are: ', ...drawTable(header, rows), ''].join('\n');
}

function environments(paste: CliPaste): EnvironmentListRead {
  if (!paste.ok) throw new Error(`expected a read, got: ${paste.problem.message}`);
  if (!paste.environments) throw new Error('expected an environment list');
  return paste.environments;
}

function variables(paste: CliPaste): VariableListRead {
  if (!paste.ok) throw new Error(`expected a read, got: ${paste.problem.message}`);
  if (!paste.variables) throw new Error('expected a variable list');
  return paste.variables;
}

function problem(paste: CliPaste): CliPasteProblem {
  if (paste.ok) throw new Error('expected the paste to be refused');
  return paste.problem;
}

/** id → [parent, title, status, type], the tree as a reader sees it. */
function tree(read: EnvironmentListRead) {
  return Object.fromEntries(
    read.environments.map((e) => [e.id, [e.parentId, e.title, e.status, e.type]]),
  );
}

/** A CSV or TSV cell as legacy-cli's Util/Csv writes it: quoted when it holds `"`, the delimiter or a line break. */
function csvCell(cell: string, delimiter: string): string {
  return /["\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

function csvOf(rows: readonly (readonly string[])[], delimiter = ','): string {
  return `${rows.map((r) => r.map((c) => csvCell(c, delimiter)).join(delimiter)).join('\n')}\n`;
}

/** PHP's `wordwrap($text, $width, "\n", true)`, which Symfony's AdaptiveTable wraps cells with. */
function wordwrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let lastStart = 0;
  let lastSpace = 0;
  for (let current = 0; current < text.length; current++) {
    if (text[current] === ' ') {
      if (current - lastStart >= width) {
        lines.push(text.slice(lastStart, current));
        lastStart = current + 1;
      }
      lastSpace = current;
    } else if (current - lastStart >= width && lastStart >= lastSpace) {
      lines.push(text.slice(lastStart, current));
      lastStart = lastSpace = current;
    } else if (current - lastStart >= width && lastStart < lastSpace) {
      lines.push(text.slice(lastStart, lastSpace));
      lastStart = lastSpace = lastSpace + 1;
    }
  }
  if (lastStart !== text.length) lines.push(text.slice(lastStart));
  return lines;
}

/** AdaptiveTable::wrapCell: an indented cell keeps its indentation on every line. */
function wrapCell(text: string, width: number): string[] {
  const indent = text.length - text.trimStart().length;
  return wordwrap(text.slice(indent), width - indent).map((l) => ' '.repeat(indent) + l);
}

/**
 * A table as the CLI prints it in a narrow terminal: a cell wider than its column's maximum
 * (null: never wraps, like Status, Type and the current ID) goes on over further row lines,
 * the other cells empty there (Symfony Table's buildTableRows).
 */
function wrappedTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  max: readonly (number | null)[],
): string[] {
  const lines: string[][] = [];
  for (const row of rows) {
    const pieces = row.map((cell, c) => {
      const width = c === 0 && cell.endsWith('*') ? null : (max[c] ?? null);
      return width !== null && cell.length > width ? wrapCell(cell, width) : [cell];
    });
    const height = Math.max(...pieces.map((p) => p.length));
    for (let k = 0; k < height; k++) lines.push(pieces.map((p) => p[k] ?? ''));
  }
  return drawTable(header, lines);
}

/** A project holding exactly these environments (on Pro, which has every role). */
function projectOf(envs: readonly Environment[]): Project {
  return { ...PRO, environments: tableOf(envs) };
}

const PRO = defaultProject('pro');

function environment(
  id: string,
  parentId: string | null,
  title: string,
  status: 'active' | 'inactive',
  role: Role,
): Environment {
  const base = env(PRO, 'integration');
  return { ...base, id, parentId, title, status, role, variables: {}, deployment: null };
}

// --- environment:list, the table format

describe('reading environment:list', () => {
  it("reads the issue's sample: tree, current, status, type and project", () => {
    const read = environments(readCliPaste(SAMPLE));
    expect(tree(read)).toEqual({
      master: [null, 'Master', 'active', 'production'],
      staging: ['master', 'Staging', 'active', 'staging'],
      'checkout-rework': ['staging', 'Checkout rework', 'active', 'development'],
      'old-theme': ['staging', 'Old theme', 'inactive', 'development'],
      'search-tuning': ['staging', 'Search tuning', 'active', 'development'],
    });
    expect(read.current).toBe('checkout-rework');
    expect(read.project).toEqual({ id: 'abcdefg123456', title: 'Demo Store' });
    expect(read.hasTree).toBe(true);
    expect(read.environments.find((e) => e.id === 'search-tuning')?.cliStatus).toBe('In progress');
    expect(read.environments.map((e) => e.line)).toEqual([5, 6, 7, 8, 9]);
  });

  it('reads the sample with Windows line endings, trailing spaces and colour codes', () => {
    const noisy = SAMPLE.split('\n')
      .map((line) => `${line.replace('*', '\u001b[32m*\u001b[39m')}   `)
      .join('\r\n');
    expect(tree(environments(readCliPaste(noisy)))).toEqual(
      tree(environments(readCliPaste(SAMPLE))),
    );
    expect(environments(readCliPaste(noisy)).current).toBe('checkout-rework');
  });

  it('passes over a prompt, the real heading, the footer, the hints and blank lines', () => {
    const project = defaultProject('starter');
    const printed = environmentListOutput(project, 'staging');
    const paste = ['user@host:~/shop$ magento-cloud environment:list', '', ...printed, '', '$ '];
    const read = environments(readCliPaste(paste.join('\n')));
    expect(read.current).toBe('staging');
    expect(read.project).toBeNull();
    expect(read.environments.map((e) => e.id).sort()).toEqual(
      ['feature-checkout', 'feature-old-theme', 'master', 'staging'].sort(),
    );
  });

  it('reads a table pasted with every line indented, as from a code block', () => {
    const indented = SAMPLE.split('\n')
      .map((line) => `    ${line}`)
      .join('\n');
    expect(tree(environments(readCliPaste(indented)))).toEqual(
      tree(environments(readCliPaste(SAMPLE))),
    );
  });

  it('reads a deep tree, each level two spaces under the last', () => {
    const nodes = Array.from({ length: 12 }, (_, i) => ({ id: `level-${i}`, depth: i }));
    const read = environments(readCliPaste(envTable(nodes)));
    expect(read.environments.map((e) => e.parentId)).toEqual([
      null,
      ...nodes.slice(0, -1).map((n) => n.id),
    ]);
  });

  it('reads many inactive environments as inactive, Paused and Deleting among them', () => {
    const statuses = ['Inactive', 'Paused', 'Deleting', 'Active', 'In progress'];
    const nodes = [
      { id: 'master', type: 'production' },
      ...Array.from({ length: 40 }, (_, i) => ({
        id: `fix-${i}`,
        depth: 1,
        status: statuses[i % statuses.length] as string,
      })),
    ];
    const read = environments(readCliPaste(envTable(nodes)));
    expect(read.environments.filter((e) => e.status === 'inactive')).toHaveLength(24);
    expect(read.notices.some((n) => n.startsWith('fix-1 is paused: shown inactive'))).toBe(true);
    expect(read.notices.some((n) => n.startsWith('fix-2 is being deleted'))).toBe(true);
  });

  it('finds the current environment on whichever row carries the marker', () => {
    const nodes: Node[] = [
      { id: 'master', type: 'production' },
      { id: 'staging', depth: 1, type: 'staging' },
      { id: 'feature-a', depth: 2 },
      { id: 'feature-b', depth: 3, status: 'Inactive' },
      { id: 'feature-c', depth: 1 },
    ];
    nodes.forEach((node, at) => {
      const marked = nodes.map((n, i) => ({ ...n, current: i === at }));
      const read = environments(readCliPaste(envTable(marked)));
      expect(read.current).toBe(node.id);
      expect(read.environments.map((e) => e.id)).toEqual(nodes.map((n) => n.id));
    });
  });

  it('joins a title the CLI wrapped onto a second line, and a wrapped ID', () => {
    // As the CLI prints it in a narrow terminal: Title wrapped at 16, ID at 14.
    const paste = [
      'Your environments are: ',
      '+----------------+------------------+----------+-------------+',
      '| ID             | Title            | Status   | Type        |',
      '+----------------+------------------+----------+-------------+',
      '| master         | Master           | Active   | production  |',
      '|   staging      | Staging          | Active   | staging     |',
      '|     feature-ch | Checkout rework  | Active   | development |',
      '|     eckout     | for Black Friday |          |             |',
      '|     old-theme* | feature-old-them | Inactive | development |',
      '|                | e-experiment     |          |             |',
      '+----------------+------------------+----------+-------------+',
    ].join('\n');
    const read = environments(readCliPaste(paste));
    expect(tree(read)).toEqual({
      master: [null, 'Master', 'active', 'production'],
      staging: ['master', 'Staging', 'active', 'staging'],
      'feature-checkout': ['staging', 'Checkout rework for Black Friday', 'active', 'development'],
      'old-theme': ['staging', 'feature-old-theme-experiment', 'inactive', 'development'],
    });
    expect(read.current).toBe('old-theme');
    expect(read.environments.map((e) => e.line)).toEqual([5, 6, 7, 9]);
  });

  it('reads --columns in any order, Machine name, Created and Updated among them', () => {
    const header = ['Created', 'ID', 'Status', 'Machine name', 'Type', 'Title', 'Updated'];
    const rows = [
      [
        '2024-01-02T10:00:00+00:00',
        'master',
        'Active',
        'master-7rqtwti',
        'production',
        'Master',
        'x',
      ],
      [
        '2024-02-03T10:00:00+00:00',
        '  staging',
        'Inactive',
        'staging-abc',
        'staging',
        'Stage',
        'y',
      ],
    ];
    const read = environments(readCliPaste(drawTable(header, rows).join('\n')));
    expect(tree(read)).toEqual({
      master: [null, 'Master', 'active', 'production'],
      staging: ['master', 'Stage', 'inactive', 'staging'],
    });
    expect(read.environments[1]).toMatchObject({
      machineName: 'staging-abc',
      created: '2024-02-03T10:00:00+00:00',
      updated: 'y',
    });
  });

  it('keeps a | and a line separator inside a title, and reads wide characters the CLI pads by display width', () => {
    const rows = [['master', 'Shop | main\u2028two', 'Active', 'production']];
    expect(tree(environments(readCliPaste(drawTable(ENV_HEADER, rows).join('\n'))))).toEqual({
      master: [null, 'Shop | main\u2028two', 'active', 'production'],
    });
    // The CLI pads 店舗 as four columns wide, so the borders no longer line up by characters.
    const wide = [
      '+--------+--------+--------+------------+',
      '| ID     | Title  | Status | Type       |',
      '+--------+--------+--------+------------+',
      '| master | 店舗   | Active | production |',
      '+--------+--------+--------+------------+',
    ].join('\n');
    expect(environments(readCliPaste(wide)).environments[0]?.title).toBe('店舗');
  });

  it('reads the project id alone when the heading has no title', () => {
    const paste = `Environments in the project abc123xyz:\n${envTable([{ id: 'master' }])}`;
    expect(environments(readCliPaste(paste)).project).toEqual({ id: 'abc123xyz', title: '' });
  });

  it('reads a branch name in capitals in lowercase, and says so', () => {
    const read = environments(
      readCliPaste(envTable([{ id: 'master' }, { id: 'Feature-X', depth: 1 }])),
    );
    expect(read.environments[1]?.id).toBe('feature-x');
    expect(read.notices.join(' ')).toContain('Feature-X read in lowercase');
  });
});

// --- CSV and TSV

describe('reading environment:list --format csv and tsv', () => {
  const rows = [
    ['ID', 'Title', 'Status', 'Type'],
    ['master', 'Master', 'Active', 'production'],
    ['staging', 'Staging, "the" one', 'Inactive', 'staging'],
    ['feature-x', 'Feature\tX', 'In progress', 'development'],
  ];

  it('reads CSV as the CLI quotes it, without parents, and says the table keeps the tree', () => {
    const paste = `$ magento-cloud environment:list --format csv\n${csvOf(rows)}$ `;
    const read = environments(readCliPaste(paste));
    expect(read.format).toBe('csv');
    expect(read.hasTree).toBe(false);
    expect(tree(read)).toEqual({
      master: [null, 'Master', 'active', 'production'],
      staging: [null, 'Staging, "the" one', 'inactive', 'staging'],
      'feature-x': [null, 'Feature\tX', 'active', 'development'],
    });
    expect(read.current).toBeNull();
    expect(read.notices.join(' ')).toContain('The CSV format carries no parents');
  });

  it('reads TSV, a tab inside a quoted cell, with Windows line endings', () => {
    const read = environments(readCliPaste(csvOf(rows, '\t').replaceAll('\n', '\r\n')));
    expect(read.format).toBe('tsv');
    expect(read.environments.map((e) => e.title)).toEqual([
      'Master',
      'Staging, "the" one',
      'Feature\tX',
    ]);
  });

  it('reads a quoted cell that spans lines', () => {
    const paste = csvOf([rows[0] as string[], ['master', 'Two\nlines', 'Active', 'production']]);
    expect(environments(readCliPaste(paste)).environments[0]?.title).toBe('Two\nlines');
  });
});

// --- variable:list

describe('reading variable:list', () => {
  it("reads the explorer's own variable:list: levels, values, and sensitive ones hidden", () => {
    const project = defaultProject('starter');
    const printed = variableListOutput(project, env(project, 'staging'), null);
    const read = variables(readCliPaste(printed.join('\n')));
    expect(read.environment).toBe('staging');
    expect(read.project?.id).toBe(project.id);
    const composer = read.variables.find((v) => v.name === 'env:COMPOSER_AUTH');
    expect(composer).toMatchObject({ level: 'project', sensitive: true, value: null });
    const url = read.variables.find((v) => v.name === 'ADMIN_URL');
    expect(url).toMatchObject({ level: 'environment', value: 'admin_staging', enabled: true });
    expect(
      read.variables
        .filter((v) => v.sensitive)
        .map((v) => v.name)
        .sort(),
    ).toEqual(['ADMIN_PASSWORD', 'env:COMPOSER_AUTH']);
  });

  it('reads the heading of an environment-level list and a wrapped JSON value', () => {
    const paste = [
      'Environment-level variables on the environment feature-x of project Shop (p1q2r3):',
      '+-----------------+-------------+----------------------+---------+',
      '| Name            | Level       | Value                | Enabled |',
      '+-----------------+-------------+----------------------+---------+',
      '| env:COMPOSER_AU | environment | {"http-basic":{"repo | true    |',
      '| TH              |             | .magento.com":{}}}   |         |',
      '| ADMIN_EMAIL     | environment | qa team at           | false   |',
      '|                 |             | example.com          |         |',
      '| SECRET          | environment | [Hidden: sensitive   | true    |',
      '|                 |             | value]               |         |',
      '+-----------------+-------------+----------------------+---------+',
    ].join('\n');
    const read = variables(readCliPaste(paste));
    expect(read.environment).toBe('feature-x');
    expect(read.project).toEqual({ id: 'p1q2r3', title: 'Shop' });
    expect(read.variables.map((v) => [v.name, v.value, v.sensitive, v.enabled])).toEqual([
      ['env:COMPOSER_AUTH', '{"http-basic":{"repo.magento.com":{}}}', false, true],
      ['ADMIN_EMAIL', 'qa team at example.com', false, false],
      ['SECRET', null, true, true],
    ]);
  });

  it('reads CSV, where the CLI leaves a sensitive value empty', () => {
    const paste = csvOf([
      ['Name', 'Level', 'Value', 'Enabled'],
      ['ADMIN_EMAIL', 'project', 'a@example.com', ''],
      ['SECRET', 'environment', '', 'true'],
    ]);
    const read = variables(readCliPaste(paste));
    expect(read.variables.map((v) => [v.name, v.level, v.value])).toEqual([
      ['ADMIN_EMAIL', 'project', 'a@example.com'],
      ['SECRET', 'environment', ''],
    ]);
    expect(read.notices.join(' ')).toContain('leaves a sensitive value empty');
  });

  it('reads TSV whose trailing tab the copy dropped', () => {
    const read = variables(
      readCliPaste('Name\tLevel\tValue\tEnabled\nADMIN_EMAIL\tproject\ta@b.c\n'),
    );
    expect(read.variables[0]).toMatchObject({ name: 'ADMIN_EMAIL', enabled: null });
  });

  it('reads "No variables found." as an empty list', () => {
    expect(variables(readCliPaste('No variables found.\n')).variables).toEqual([]);
  });

  it('reads both lists pasted one after the other', () => {
    const project = defaultProject('starter');
    const paste = [
      ...environmentListOutput(project, 'staging'),
      '$ magento-cloud variable:list -e staging',
      ...variableListOutput(project, env(project, 'staging'), null),
    ].join('\n');
    const read = readCliPaste(paste);
    expect(environments(read).current).toBe('staging');
    expect(variables(read).environment).toBe('staging');
  });
});

// --- refusals

describe('refusing what the CLI does not print', () => {
  const sample = SAMPLE.split('\n');
  const withLine = (at: number, text: string) =>
    [...sample.slice(0, at - 1), text, ...sample.slice(at)].join('\n');

  it('refuses an empty paste and garbage, naming the first line', () => {
    expect(problem(readCliPaste('  \n\n'))).toMatchObject({ line: 1 });
    expect(problem(readCliPaste('\n\nhello world, how are you\n'))).toMatchObject({
      line: 3,
      looksLike: null,
    });
    expect(problem(readCliPaste('Sorry, the platform is down')).looksLike).toBeNull();
    expect(problem(readCliPaste('hello world')).message).toMatch(
      /^Line 1: .*magento-cloud environment:list/,
    );
  });

  const cases: [string, string, number, RegExp][] = [
    [
      'a duplicate ID',
      '|     staging            | Again              | Active      | development |',
      9,
      /staging is listed twice \(first on line 6\)/,
    ],
    [
      'an indentation jump',
      '|         search-tuning  | Search tuning      | In progress | development |',
      9,
      /indented 4 levels/,
    ],
    [
      'an odd indentation',
      '|    search-tuning       | Search tuning      | In progress | development |',
      9,
      /indented by 3 spaces/,
    ],
    [
      'a row with a cell too many',
      '| a | b | Active | development | extra |',
      9,
      /expected a row of 4 cells/,
    ],
    [
      'an unknown status',
      '|     search-tuning      | Search tuning      | Sleeping    | development |',
      9,
      /"Sleeping" is not a status/,
    ],
    [
      'an unknown type',
      '|     search-tuning      | Search tuning      | Active      | qa          |',
      9,
      /"qa" is not an environment type/,
    ],
    [
      'an ID that is no branch name',
      '|     search{tuning}     | Search tuning      | Active      | development |',
      9,
      /reserved for your Linux shell/,
    ],
    [
      'a second current marker',
      '|     search-tuning*     | Search tuning      | Active      | development |',
      9,
      /only one environment is current/,
    ],
  ];
  it.each(cases)('refuses %s, naming its line', (_, row, line, message) => {
    const refused = problem(readCliPaste(withLine(line, row)));
    expect(refused.line).toBe(line);
    expect(refused.message).toMatch(new RegExp(`^Line ${line}: `));
    expect(refused.message).toMatch(message);
  });

  it('refuses a first row that is indented', () => {
    expect(problem(readCliPaste(envTable([{ id: 'master', depth: 1 }])))).toMatchObject({
      line: 5,
    });
  });

  it('refuses a list without a Type column, saying how to print one', () => {
    const paste = drawTable(['ID', 'Title', 'Status'], [['master', 'M', 'Active']]).join('\n');
    expect(problem(readCliPaste(paste)).message).toMatch(
      /^Line 2: the list has no Type column.*add type/,
    );
  });

  it('refuses a table printed with --no-header', () => {
    const paste = drawTable(ENV_HEADER, envRows([{ id: 'master' }])).filter(
      (_, i) => i > 1 || i === 0,
    );
    expect(problem(readCliPaste(paste.join('\n'))).message).toMatch(/--no-header/);
  });

  it('refuses a second environment list in one paste', () => {
    const paste = `${SAMPLE}\n${SAMPLE}`;
    expect(problem(readCliPaste(paste))).toMatchObject({ line: 15 });
  });

  it('refuses bad CSV: a wrong cell count and a quote never closed', () => {
    expect(problem(readCliPaste('ID,Title,Status,Type\nmaster,Master,Active\n'))).toMatchObject({
      line: 2,
    });
    expect(
      problem(readCliPaste('ID,Title,Status,Type\nmaster,"Mas\nter,Active,production\n')),
    ).toMatchObject({ line: 2 });
  });

  it('refuses a variable list with a bad name, level or Enabled value', () => {
    const rows = (row: string[]) =>
      drawTable(['Name', 'Level', 'Value', 'Enabled'], [row]).join('\n');
    expect(problem(readCliPaste(rows(['BAD NAME!', 'project', 'x', ''])))).toMatchObject({
      line: 4,
    });
    expect(problem(readCliPaste(rows(['GOOD', 'app', 'x', ''])))).toMatchObject({ line: 4 });
    expect(problem(readCliPaste(rows(['GOOD', 'project', 'x', 'maybe'])))).toMatchObject({
      line: 4,
    });
  });

  it('says "No environments found" means the filters left nothing', () => {
    const refused = problem(readCliPaste('No environments found (filters in use: --type).'));
    expect(refused.message).toMatch(/without filters/);
  });

  it('refuses the tabs of TSV turned into spaces by the copy', () => {
    const refused = problem(
      readCliPaste('ID      Title   Status  Type\nmaster  Master  Active  production'),
    );
    expect(refused.message).toMatch(/tabs of --format tsv were lost/);
  });
});

describe("naming another command's output", () => {
  const starter = defaultProject('starter');
  const withActivity = started(
    invoke(starter, { op: 'redeploy', args: { env: 'staging' } }),
  ).project;
  const withSnapshot: Project = {
    ...starter,
    snapshots: [{ id: 'a1b2c3d4e5', environment: 'staging', at: 0, data: null }],
  };
  const cases: [string, string, string][] = [
    [
      'activity:list',
      activityListOutput(withActivity, null, { limit: 10, incomplete: false }).join('\n'),
      'activity:list',
    ],
    [
      'environment:info',
      environmentInfoOutput(starter, env(starter, 'staging')).join('\n'),
      'environment:info',
    ],
    [
      'snapshot:list',
      snapshotListOutput(withSnapshot, env(withSnapshot, 'staging')).join('\n'),
      'snapshot:list',
    ],
    [
      'project:list',
      [
        'Your projects are: ',
        ...drawTable(['ID', 'Title', 'Region'], [['abc', 'Shop', 'eu-3']]),
      ].join('\n'),
      'project:list',
    ],
    [
      'variable:get',
      drawTable(
        ['Property', 'Value'],
        [
          ['name', 'X'],
          ['level', 'project'],
          ['is_sensitive', 'false'],
        ],
      ).join('\n'),
      'variable:get',
    ],
    ['project:list --format csv', 'ID,Title,Region\nabc,Shop,eu-3\n', 'project:list'],
    [
      'git log',
      'commit 4f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6\nAuthor: Ann <ann@example.com>\nDate:   Mon\n\n    Fix it\n',
      'git log',
    ],
    ['git log --oneline', '4f1e2d3 Fix checkout\n9a8b7c6 Add RabbitMQ\n', 'git log --oneline'],
    ['environment:list --pipe', 'master\nstaging\nfeature-x\n', 'environment:list --pipe'],
    ['git branch', '  master\n* staging\n  feature-x\n', 'git branch'],
    [
      'a prompt of another command',
      '$ magento-cloud environment:url\nsomething odd happened here\n',
      'environment:url',
    ],
    [
      'the platform CLI',
      'me@box ~ % platform activity:log\nlog text, and more text\n',
      'activity:log',
    ],
  ];
  it.each(cases)('says a paste of %s looks like it', (_, paste, command) => {
    const refused = problem(readCliPaste(paste));
    expect(refused.looksLike).toBe(command);
    expect(refused.message).toContain(command);
    expect(refused.message).toContain('magento-cloud environment:list');
  });

  it('names the line the other table starts on', () => {
    const paste = ['some text', ...environmentInfoOutput(starter, env(starter, 'staging'))].join(
      '\n',
    );
    expect(problem(readCliPaste(paste)).line).toBe(3);
  });
});

// --- round trips through the app's own printers

const idArb = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,12}$/).filter((id) => {
  const valid = validateBranchName(id);
  return !('error' in valid) && valid.name === id;
});

// Titles as the CLI could print them: no control characters, nothing to trim at the ends, no
// no-break space (the reader reads one as a space, as a copy from a web page needs).
const titleArb = fc
  .string({ unit: 'grapheme', maxLength: 24 })
  .filter((t) => t === t.trim() && !/[\p{Cc}\u00a0]/u.test(t));

type TreeSpec = Readonly<{
  nodes: readonly {
    id: string;
    parent: number | null;
    title: string;
    active: boolean;
    role: Role;
  }[];
  current: number | null;
}>;

const treeArb: fc.Arbitrary<TreeSpec> = fc
  .uniqueArray(idArb, { minLength: 1, maxLength: 25 })
  .chain((ids) =>
    fc.record({
      nodes: fc.tuple(
        ...ids.map((id, i) =>
          fc.record({
            id: fc.constant(id),
            parent: i === 0 ? fc.constant(null) : fc.option(fc.nat(i - 1), { freq: 5 }),
            title: titleArb,
            active: fc.boolean(),
            role: fc.constantFrom(...ROLES),
          }),
        ),
      ),
      current: fc.option(fc.nat(ids.length - 1)),
    }),
  );

function specProject(spec: TreeSpec): Project {
  return projectOf(
    spec.nodes.map((n) =>
      environment(
        n.id,
        n.parent === null ? null : (spec.nodes[n.parent]?.id ?? null),
        n.title,
        n.active ? 'active' : 'inactive',
        n.role,
      ),
    ),
  );
}

function specTree(spec: TreeSpec) {
  return Object.fromEntries(
    spec.nodes.map((n) => [
      n.id,
      [
        n.parent === null ? null : (spec.nodes[n.parent]?.id ?? null),
        n.title,
        n.active ? 'active' : 'inactive',
        CLI_TYPE_OF_ROLE[n.role],
      ],
    ]),
  );
}

describe('round trips', () => {
  it('reads back any tree environmentListOutput prints', () => {
    fc.assert(
      fc.property(treeArb, (spec) => {
        const current = spec.current === null ? null : (spec.nodes[spec.current]?.id ?? null);
        const printed = environmentListOutput(specProject(spec), current).join('\n');
        const read = environments(readCliPaste(printed));
        expect(tree(read)).toEqual(specTree(spec));
        expect(read.current).toBe(current);
      }),
      { numRuns: 150 },
    );
  });

  it('reads back any tree the CLI wraps in a narrow terminal', () => {
    const word = fc.stringMatching(/^[a-z]{1,8}$/);
    const longWord = fc.stringMatching(/^[a-z][a-z-]{11,29}$/);
    // Words shorter than any column, and a long token only at the end: the one reading a wrap
    // leaves open (a word exactly as wide as its column before a space) cannot arise.
    const wrapTitle = fc
      .tuple(fc.array(word, { minLength: 1, maxLength: 6 }), fc.option(longWord))
      .map(([words, long]) => [...words, ...(long ? [long] : [])].join(' '));
    const spec = fc.record({
      ids: fc.uniqueArray(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,29}$/), {
        minLength: 1,
        maxLength: 12,
      }),
      titles: fc.array(wrapTitle, { minLength: 12, maxLength: 12 }),
      depths: fc.array(fc.nat(3), { minLength: 12, maxLength: 12 }),
      current: fc.nat(11),
      idWidth: fc.integer({ min: 12, max: 20 }),
      titleWidth: fc.integer({ min: 10, max: 20 }),
    });
    let wrapped = 0;
    fc.assert(
      fc.property(spec, ({ ids, titles, depths, current, idWidth, titleWidth }) => {
        let depth = 0;
        const nodes = ids.map((id, i) => {
          depth = i === 0 ? 0 : Math.min(depths[i] as number, depth + 1);
          return { id, depth, title: titles[i] as string, current: i === current };
        });
        // One title as wide as its column, so the column is drawn at its full width.
        const rows = [...envRows(nodes), ['filler', 'x'.repeat(titleWidth), 'Active', 'staging']];
        const printed = wrappedTable(ENV_HEADER, rows, [idWidth, titleWidth, null, null]);
        if (printed.length > rows.length + 4) wrapped += 1;
        const read = environments(readCliPaste(printed.join('\n')));
        const parents: (string | null)[] = [];
        const expected = nodes.map((n) => {
          parents.length = n.depth;
          const parent = n.depth === 0 ? null : (parents[n.depth - 1] as string);
          parents.push(n.id);
          return [n.id, parent, n.title];
        });
        expect(read.environments.slice(0, -1).map((e) => [e.id, e.parentId, e.title])).toEqual(
          expected,
        );
        expect(read.current).toBe(current < ids.length ? ids[current] : null);
      }),
      { numRuns: 150 },
    );
    // Most runs wrap some cell: the property is about wrapped tables.
    expect(wrapped).toBeGreaterThan(100);
  });

  it('reads back any list written as CSV or TSV', () => {
    fc.assert(
      fc.property(treeArb, fc.constantFrom(',', '\t'), (spec, delimiter) => {
        const rows = spec.nodes.map((n) => [
          n.id,
          n.title,
          n.active ? 'Active' : 'Inactive',
          CLI_TYPE_OF_ROLE[n.role],
        ]);
        const read = environments(readCliPaste(csvOf([ENV_HEADER, ...rows], delimiter)));
        const flat = Object.fromEntries(
          Object.entries(specTree(spec)).map(([id, [, ...rest]]) => [id, [null, ...rest]]),
        );
        expect(tree(read)).toEqual(flat);
      }),
      { numRuns: 100 },
    );
  });

  it('reads back every variable variableListOutput prints, sensitive ones hidden', () => {
    const project = defaultProject('pro');
    for (const id of ['master', 'staging', 'feature-checkout']) {
      const read = variables(
        readCliPaste(variableListOutput(project, env(project, id), null).join('\n')),
      );
      for (const v of read.variables) {
        const source = v.level === 'project' ? project.variables[v.name] : undefined;
        if (source) expect(v.sensitive).toBe(source.flags.sensitive);
        if (v.sensitive) expect(v.value).toBeNull();
        else expect(v.value).not.toBe(SENSITIVE_PLACEHOLDER);
      }
      expect(read.variables.length).toBeGreaterThan(0);
    }
  });
});
