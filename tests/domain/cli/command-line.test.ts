import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commandLineOf } from '../../../src/domain/cli/format-command-line';
import { parseCommandLine } from '../../../src/domain/cli/parse-command-line';
import { readShellLine } from '../../../src/domain/cli/shell-words';
import { createDefaultProject } from '../../../src/domain/defaults/default-project';
import { type Invocation, invoke } from '../../../src/domain/operations/all-operations';
import type { Project, VariableFlags } from '../../../src/domain/types';
import { variable } from '../../../src/domain/variable';
import { env } from '../../support/builders';
import { started } from '../builders';

const starter = createDefaultProject('starter', '2.1');
const pro = createDefaultProject('pro', 'today');

/** The default Starter project with one snapshot of feature-checkout. */
const withSnapshot: Project = {
  ...starter,
  snapshots: [{ id: 'a1b2c3d4e5', environment: 'feature-checkout', at: 0, data: null }],
};

/** The default Starter project with a redeploy of staging queued (activity 1, pending). */
const withActivity = started(invoke(starter, { op: 'redeploy', args: { env: 'staging' } })).project;

type Case = Readonly<{ name: string; project: Project; invocation: Invocation; line: string }>;

/** Every invocation kind that has a CLI line, with the exact line it prints. */
const LINES: readonly Case[] = [
  {
    name: 'branch',
    project: starter,
    invocation: { op: 'branch', args: { parent: 'staging', name: 'feature-x' } },
    line: 'magento-cloud environment:branch feature-x staging',
  },
  {
    name: 'branch with a title and without data',
    project: pro,
    invocation: {
      op: 'branch',
      args: { parent: 'integration', name: 'feature-y', title: 'Feature Y', withoutData: true },
    },
    line: "magento-cloud environment:branch feature-y integration --title 'Feature Y' --no-clone-parent",
  },
  {
    name: 'merge',
    project: starter,
    invocation: { op: 'merge', args: { env: 'feature-checkout' } },
    line: 'magento-cloud environment:merge -e feature-checkout',
  },
  {
    name: 'sync of code and data',
    project: pro,
    invocation: { op: 'sync', args: { env: 'feature-checkout', code: true, data: true } },
    line: 'magento-cloud environment:synchronize both -e feature-checkout',
  },
  {
    name: 'sync of code',
    project: starter,
    invocation: { op: 'sync', args: { env: 'staging', code: true, data: false } },
    line: 'magento-cloud environment:synchronize code -e staging',
  },
  {
    name: 'sync of data',
    project: starter,
    invocation: { op: 'sync', args: { env: 'staging', code: false, data: true } },
    line: 'magento-cloud environment:synchronize data -e staging',
  },
  {
    name: 'activate',
    project: starter,
    invocation: { op: 'activate', args: { env: 'feature-old-theme' } },
    line: 'magento-cloud environment:activate feature-old-theme',
  },
  {
    name: 'deactivate',
    project: pro,
    invocation: { op: 'deactivate', args: { env: 'feature-checkout' } },
    line: 'magento-cloud environment:delete feature-checkout --no-delete-branch',
  },
  {
    name: 'deactivate of a parent',
    project: starter,
    invocation: { op: 'deactivate', args: { env: 'staging' } },
    line: 'magento-cloud environment:delete staging --no-delete-branch --allow-delete-parent',
  },
  {
    name: 'delete of an inactive branch',
    project: starter,
    invocation: { op: 'deleteBranch', args: { env: 'feature-old-theme' } },
    line: 'magento-cloud environment:delete feature-old-theme --delete-branch',
  },
  {
    name: 'redeploy',
    project: pro,
    invocation: { op: 'redeploy', args: { env: 'staging' } },
    line: 'magento-cloud environment:redeploy -e staging',
  },
  {
    name: 'snapshot',
    project: starter,
    invocation: { op: 'snapshot', args: { env: 'feature-checkout' } },
    line: 'magento-cloud snapshot:create -e feature-checkout',
  },
  {
    name: 'restore',
    project: withSnapshot,
    invocation: { op: 'restore', args: { env: 'feature-checkout', snapshot: 'a1b2c3d4e5' } },
    line: 'magento-cloud snapshot:restore a1b2c3d4e5 -e feature-checkout',
  },
  {
    name: 'change parent',
    project: starter,
    invocation: { op: 'reparent', args: { env: 'feature-checkout', parent: 'master' } },
    line: 'magento-cloud environment:info -e feature-checkout parent master',
  },
  {
    name: 'push of a new branch',
    project: starter,
    invocation: { op: 'push', args: { parent: 'staging', name: 'feature-z' } },
    line: 'git checkout staging && git checkout -b feature-z && git push magento feature-z',
  },
  {
    name: 'push of a new branch with a title',
    project: pro,
    invocation: {
      op: 'push',
      args: { parent: 'integration', name: 'feature-z', title: 'Feature Z' },
    },
    line: "git checkout integration && git checkout -b feature-z && git push magento feature-z && magento-cloud environment:info -e feature-z title 'Feature Z'",
  },
  {
    name: 'a new environment variable',
    project: starter,
    invocation: {
      op: 'setVariable',
      args: { env: 'feature-checkout', variable: variable('NEW_VAR', 'hello world') },
    },
    // The platform's defaults build with it; the CLI's default for an environment does not.
    line: "magento-cloud variable:create --level environment -e feature-checkout --name NEW_VAR --value 'hello world' --visible-build true",
  },
  {
    name: 'a new project variable',
    project: pro,
    invocation: {
      op: 'setVariable',
      args: {
        env: null,
        variable: variable('SETTINGS', '{"a":1}', { json: true, build: false, runtime: false }),
      },
    },
    line: `magento-cloud variable:create --level project --name SETTINGS --value '{"a":1}' --json true --visible-build false --visible-runtime false`,
  },
  {
    name: 'a variable not inherited by children',
    project: starter,
    invocation: {
      op: 'setVariable',
      args: {
        env: 'master',
        variable: variable('LOCAL_ONLY', 'x', { inheritable: false, build: false }),
      },
    },
    line: 'magento-cloud variable:create --level environment -e master --name LOCAL_ONLY --value x --inheritable false',
  },
  {
    name: "an environment's own variable changed",
    project: starter,
    invocation: {
      op: 'setVariable',
      args: { env: 'staging', variable: variable('ADMIN_URL', "it's new") },
    },
    line: "magento-cloud variable:update ADMIN_URL --level environment -e staging --value 'it'\\''s new'",
  },
  {
    name: 'an inherited variable overridden',
    project: starter,
    invocation: {
      op: 'setVariable',
      args: {
        env: 'feature-checkout',
        variable: variable('ADMIN_URL', 'admin_staging', { runtime: false }),
      },
    },
    line: 'magento-cloud variable:update ADMIN_URL --level environment -e feature-checkout --visible-runtime false',
  },
  {
    name: 'a project variable changed',
    project: starter,
    invocation: {
      op: 'setVariable',
      args: { env: null, variable: variable('ADMIN_EMAIL', '-admin@example.com') },
    },
    line: 'magento-cloud variable:update ADMIN_EMAIL --level project --value=-admin@example.com',
  },
  {
    name: 'an environment variable removed',
    project: starter,
    invocation: { op: 'removeVariable', args: { env: 'staging', name: 'ADMIN_EMAIL' } },
    line: 'magento-cloud variable:delete ADMIN_EMAIL --level environment -e staging',
  },
  {
    name: 'a project variable removed',
    project: pro,
    invocation: { op: 'removeVariable', args: { env: null, name: 'env:COMPOSER_AUTH' } },
    line: 'magento-cloud variable:delete env:COMPOSER_AUTH --level project',
  },
  {
    name: 'cancel',
    project: withActivity,
    invocation: { op: 'cancel', args: { activity: 1 } },
    line: 'magento-cloud activity:cancel 1',
  },
];

describe('commandLineOf', () => {
  it.each(LINES)(
    'prints $name as the CLI command that does it',
    ({ project, invocation, line }) => {
      expect(commandLineOf(invocation, project)).toBe(line);
    },
  );

  it('never shows a sensitive value: the line reads it from a shell variable', () => {
    const secret = variable('env:API-KEY', 'Sup3r$ecret', { sensitive: true });
    const line = commandLineOf(
      { op: 'setVariable', args: { env: 'staging', variable: secret } },
      starter,
    );
    expect(line).toBe(
      'magento-cloud variable:create --level environment -e staging --name env:API-KEY --value "$env_API_KEY" --sensitive true --visible-build true',
    );
    expect(line).not.toContain('Sup3r');
  });

  it('says in a comment what a person does instead of a support ticket', () => {
    const line = commandLineOf({ op: 'ticket', args: { env: 'production' } }, pro);
    expect(line).toMatch(/^# /);
    expect(line).toContain('open a ticket with Adobe Commerce Support');
    expect(line).toContain('production');
  });

  it("says in a comment that failure injection is the explorer's own", () => {
    const line = commandLineOf(
      { op: 'failNext', args: { env: 'staging', phase: 'build' } },
      starter,
    );
    expect(line).toMatch(/^# Failure injection .* no CLI command/);
  });

  it('commits a config change with git, the files named first, values quoted for bash', () => {
    const line = commandLineOf(
      {
        op: 'commit',
        args: {
          env: 'staging',
          files: { '.magento/services.yaml': 'redis: {}' },
          message: "Redis 7's turn",
        },
      },
      starter,
    );
    expect(line).toBe(
      [
        '# Edit .magento/services.yaml on staging as in the explorer, then commit and push:',
        "git checkout staging && git add .magento/services.yaml && git commit -m 'Redis 7'\\''s turn' && git push magento staging",
      ].join('\n'),
    );
    const words = readShellLine(line.split('\n')[1] as string).tokens.map((t) => t.text);
    expect(words).toContain("Redis 7's turn");
  });
});

describe('a printed line parses back', () => {
  it.each(LINES)('to the same $name', ({ project, invocation, line }) => {
    expect(parseCommandLine(line, project, null)).toEqual({ kind: 'run', invocation });
  });

  const flags: fc.Arbitrary<VariableFlags> = fc.record({
    inheritable: fc.boolean(),
    sensitive: fc.constant(false),
    build: fc.boolean(),
    runtime: fc.boolean(),
    json: fc.boolean(),
  });
  const awkward = fc.constantFrom(
    '',
    '-',
    '--x',
    "a'b",
    'a"b',
    '$HOME',
    '`ls`',
    '\\',
    'a b',
    '#x',
    'é✓🚀',
    'x\ny',
    '&&',
  );
  const text = fc.oneof(
    awkward,
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.string({ maxLength: 20 }),
  );
  const name = fc.oneof(fc.stringMatching(/^[A-Za-z0-9._:-]{1,16}$/), text);

  /** Names the default project has at some level, which a new variable must not take. */
  const TAKEN = new Set([
    ...Object.keys(starter.variables),
    ...['master', 'staging', 'feature-checkout'].flatMap((id) =>
      Object.keys(env(starter, id).variables),
    ),
  ]);

  it('for new variables, whatever their names and values (quotes, spaces, $, unicode)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(null, 'master', 'staging', 'feature-checkout'),
        name,
        text,
        flags,
        (env, n, value, f) => {
          const invocation: Invocation = {
            op: 'setVariable',
            // A project variable has no inheritance to switch off.
            args: {
              env,
              variable: { name: n, value, flags: env === null ? { ...f, inheritable: true } : f },
            },
          };
          fc.pre(!TAKEN.has(n));
          const line = commandLineOf(invocation, starter);
          expect(line).toContain('variable:create');
          expect(parseCommandLine(line, starter, null)).toEqual({ kind: 'run', invocation });
        },
      ),
    );
  });

  it('for changes to variables that exist, own, inherited or of the project', () => {
    const existing = [
      ['staging', 'ADMIN_URL'],
      ['feature-checkout', 'ADMIN_URL'],
      ['master', 'CONFIG__DEFAULT__PAYMENT__BRAINTREE__ENVIRONMENT'],
      [null, 'ADMIN_EMAIL'],
    ] as const;
    fc.assert(
      fc.property(fc.constantFrom(...existing), text, flags, ([env, n], value, f) => {
        const invocation: Invocation = {
          op: 'setVariable',
          args: {
            env,
            variable: { name: n, value, flags: env === null ? { ...f, inheritable: true } : f },
          },
        };
        const line = commandLineOf(invocation, starter);
        const before = parseCommandLine(line, starter, null);
        fc.pre(!(before.kind === 'error' && before.message === 'No changes were provided.'));
        expect(line).toContain(`variable:update ${n}`);
        expect(before).toEqual({ kind: 'run', invocation });
      }),
    );
  });

  it('for removals of variables with awkward names', () => {
    fc.assert(
      fc.property(name, (n) => {
        const project: Project = { ...starter, variables: { [n]: variable(n, 'x') } };
        const invocation: Invocation = { op: 'removeVariable', args: { env: null, name: n } };
        expect(parseCommandLine(commandLineOf(invocation, project), project, null)).toEqual({
          kind: 'run',
          invocation,
        });
      }),
    );
  });
});
