import { describe, expect, it } from 'vitest';
import { CLI_COMMANDS } from '../../../src/domain/cli/cli-grammar';
import { type ParseResult, parseCommandLine } from '../../../src/domain/cli/parse-command-line';
import { createDefaultProject } from '../../../src/domain/defaults/default-project';
import type { Invocation } from '../../../src/domain/operations/all-operations';

const starter = createDefaultProject('starter', '2.1');
const pro = createDefaultProject('pro', '2.1');

const parse = (line: string, current: string | null = null) =>
  parseCommandLine(line, starter, current);

function invocationOf(result: ParseResult): Invocation {
  if (result.kind !== 'run')
    throw new Error(`expected an invocation, got ${JSON.stringify(result)}`);
  return result.invocation;
}

function messageOf(result: ParseResult): string {
  if (result.kind !== 'error') throw new Error(`expected a refusal, got ${JSON.stringify(result)}`);
  return result.message;
}

function linesOf(result: ParseResult): readonly string[] {
  if (result.kind !== 'output') throw new Error(`expected output, got ${JSON.stringify(result)}`);
  return result.lines;
}

describe('parseCommandLine', () => {
  describe('names', () => {
    it.each([
      ['magento-cloud environment:merge -e staging', 'merge'],
      ['merge staging', 'merge'],
      ['MERGE staging', 'merge'],
      ['e:merge staging', 'merge'],
      ['env:br feature-x', 'branch'],
      ['branch feature-x', 'branch'],
      ['sync code', 'sync'],
      ['env:sync data', 'sync'],
      ['backup', 'snapshot'],
      ['environment:backup', 'snapshot'],
      ['snapshot:c', 'snapshot'],
      ['environment:deactivate feature-checkout', 'deactivate'],
      ['environment:metadata -e feature-checkout parent master', 'reparent'],
      ['redeploy', 'redeploy'],
    ])('reads %s as %s, as the CLI resolves aliases and abbreviations', (line, op) => {
      expect(invocationOf(parse(line, 'staging')).op).toBe(op);
    });

    it('refuses an unknown command with the nearest one', () => {
      expect(messageOf(parse('environment:mrege'))).toBe(
        [
          'Command "environment:mrege" is not defined.',
          '',
          'Did you mean this?',
          '    environment:merge',
        ].join('\n'),
      );
      expect(messageOf(parse('mrege'))).toContain('Did you mean this?\n    merge');
    });

    it('refuses an abbreviation of several commands, naming them', () => {
      expect(messageOf(parse('e:b'))).toBe(
        [
          'Command "e:b" is ambiguous.',
          'Did you mean one of these?',
          '    environment:branch Branch an environment',
          '    environment:backup Make a snapshot of an environment',
        ].join('\n'),
      );
    });

    it('says where to look for a real command the explorer does not run', () => {
      expect(messageOf(parse('checkout staging'))).toBe(
        'magento-cloud environment:checkout is not run by the explorer. Select the environment in the explorer: the selected one plays the checked-out branch.',
      );
    });
  });

  describe('options', () => {
    it.each([
      'merge -e staging',
      'merge -estaging',
      'merge --environment=staging',
      'merge --environment staging',
    ])('reads the environment from %s', (line) => {
      expect(invocationOf(parse(line, 'master'))).toEqual({
        op: 'merge',
        args: { env: 'staging' },
      });
    });

    it('ignores the options that change nothing here', () => {
      expect(
        invocationOf(
          parse('merge -yW --wait --no-wait -vvv --no-interaction -p abcdef7starter staging'),
        ),
      ).toEqual({
        op: 'merge',
        args: { env: 'staging' },
      });
    });

    it('refuses another project', () => {
      expect(messageOf(parse('merge staging -p other-project'))).toMatch(
        /^Specified project not found: other-project\nThe explorer holds one project: abcdef7starter/,
      );
    });

    it('refuses an unknown option with the nearest option of that command', () => {
      expect(messageOf(parse('merge --environmnet staging'))).toBe(
        [
          'The "--environmnet" option does not exist.',
          '',
          'Did you mean this?',
          '    --environment',
        ].join('\n'),
      );
      expect(messageOf(parse('branch x --titel T'))).toContain('Did you mean this?\n    --title');
    });

    it('lists the options when none is near', () => {
      expect(messageOf(parse('redeploy --colour'))).toBe(
        'The "--colour" option does not exist.\n\nOptions of environment:redeploy: --project, --environment, --no-wait, --wait',
      );
    });

    it("refuses an option's missing value and a value for a flag, in Symfony's words", () => {
      expect(messageOf(parse('branch x --title'))).toBe('The "--title" option requires a value.');
      expect(messageOf(parse('branch x --no-clone-parent=yes'))).toBe(
        'The "--no-clone-parent" option does not accept a value.',
      );
    });

    it('refuses --no, which answers no to the confirmation', () => {
      expect(messageOf(parse('merge staging -n'))).toMatch(/^With --no \(-n\)/);
    });

    it('refuses an option it does not simulate', () => {
      expect(messageOf(parse('env --format csv'))).toBe(
        'The explorer does not simulate --format of environment:list: leave it out.',
      );
    });
  });

  describe('environments', () => {
    it('takes the checked-out branch when none is named, as the CLI takes the Git branch', () => {
      expect(invocationOf(parse('merge', 'feature-checkout'))).toEqual({
        op: 'merge',
        args: { env: 'feature-checkout' },
      });
      expect(messageOf(parse('merge'))).toBe(
        'Could not determine the current environment.\nSpecify it manually using --environment (-e).',
      );
    });

    it('refuses an unknown environment with the nearest id', () => {
      expect(messageOf(parse('merge -e stagin'))).toBe(
        ['Specified environment not found: stagin', '', 'Did you mean this?', '    staging'].join(
          '\n',
        ),
      );
      expect(messageOf(parse('environment:activate feature'))).toBe(
        [
          'Environment not found: feature',
          '',
          'Did you mean one of these?',
          '    feature-checkout',
          '    feature-old-theme',
        ].join('\n'),
      );
    });

    it('refuses the environment argument and -e together', () => {
      expect(messageOf(parse('merge staging -e master'))).toBe(
        'You cannot use both the <environment> argument and the --environment option',
      );
      expect(messageOf(parse('branch feature-x staging -e master'))).toBe(
        'You cannot use both the <parent> argument and the --environment option',
      );
    });
  });

  describe('arguments', () => {
    it('refuses a missing required argument', () => {
      expect(messageOf(parse('variable:delete'))).toBe('Not enough arguments (missing: "name").');
      expect(messageOf(parse('branch', 'staging'))).toBe(
        'You must specify the name of the new branch.',
      );
    });

    it('refuses too many', () => {
      expect(messageOf(parse('redeploy staging'))).toBe(
        'Too many arguments, expected arguments "command".',
      );
    });

    it('refuses a bad sync value, and says how to name the environment', () => {
      expect(messageOf(parse('sync everything -e staging'))).toBe(
        "Specify 'code', 'data', or 'both'",
      );
      expect(messageOf(parse('environment:synchronize staging'))).toBe(
        "Specify 'code', 'data', or 'both'\nThe environment is given with -e: magento-cloud environment:synchronize code -e staging",
      );
    });

    it('syncs code and data with -y and nothing named, as --yes answers every question', () => {
      expect(invocationOf(parse('sync -y -e staging'))).toEqual({
        op: 'sync',
        args: { env: 'staging', code: true, data: true },
      });
      expect(messageOf(parse('sync -e staging'))).toMatch(
        /^You did not select anything to synchronize\./,
      );
    });
  });

  describe('environment:delete', () => {
    it('deactivates an active environment and deletes the branch of an inactive one', () => {
      expect(invocationOf(parse('environment:delete feature-checkout'))).toEqual({
        op: 'deactivate',
        args: { env: 'feature-checkout' },
      });
      expect(invocationOf(parse('environment:delete', 'feature-old-theme'))).toEqual({
        op: 'deleteBranch',
        args: { env: 'feature-old-theme' },
      });
    });

    it('leaves out a parent unless --allow-delete-parent', () => {
      expect(messageOf(parse('environment:delete staging'))).toBe(
        [
          '1 environment excluded as it is has child environment(s).',
          'You can skip this check using: --allow-delete-parent',
          'No environments to delete.',
        ].join('\n'),
      );
    });

    it('runs one environment per line', () => {
      expect(messageOf(parse('environment:delete feature-%'))).toBe(
        [
          'The explorer runs one operation per line. Type these one after the other:',
          '  magento-cloud environment:delete feature-checkout',
          '  magento-cloud environment:delete feature-old-theme',
        ].join('\n'),
      );
    });
  });

  describe('variables', () => {
    it('refuses a value read from a shell variable, asking for the value itself', () => {
      expect(
        messageOf(
          parse(
            'variable:create -l e -e staging --name API_KEY --value "$API_KEY" --sensitive true',
          ),
        ),
      ).toMatch(/^\$API_KEY is for your shell to fill in.*type the value itself/);
    });

    it('takes a single-quoted $ as it is', () => {
      const invocation = invocationOf(parse("variable:create -l p --name PRICE --value '$5'"));
      expect(invocation).toMatchObject({
        op: 'setVariable',
        args: { env: null, variable: { value: '$5' } },
      });
    });

    it('refuses a variable that exists, in the CLI words', () => {
      expect(
        messageOf(
          parse('variable:create --level environment -e staging --name ADMIN_URL --value x'),
        ),
      ).toBe(
        [
          'The variable already exists: ADMIN_URL',
          'To view the variable, use: magento-cloud variable:get ADMIN_URL',
          'To skip this check, use the --update (-u) option.',
        ].join('\n'),
      );
    });

    it('asks for --level when a name is at both levels', () => {
      expect(messageOf(parse('variable:update ADMIN_EMAIL --value x', 'staging'))).toBe(
        [
          'Variable found at both project and environment levels: ADMIN_EMAIL',
          "To select a variable, use the --level option ('project' or 'environment').",
        ].join('\n'),
      );
    });

    it('refuses to delete an inherited variable', () => {
      expect(messageOf(parse('variable:delete ADMIN_URL -e feature-checkout'))).toMatch(
        /^The variable ADMIN_URL is inherited, so it cannot be deleted from this environment\./,
      );
    });

    it('refuses --inheritable for a project variable and a boolean it cannot read', () => {
      expect(
        messageOf(parse('variable:create -l project --name X --value 1 --inheritable false')),
      ).toBe(
        'The option --inheritable can only be used for variables at the environment level, not at the project level.',
      );
      expect(messageOf(parse('variable:create -l project --name X --value 1 --json maybe'))).toBe(
        "Invalid value for 'json': maybe (expected 1, 0, true, or false)",
      );
    });
  });

  describe('git', () => {
    it('reads a pushed new branch as a push from the branch it was made from', () => {
      expect(
        invocationOf(
          parse('git checkout staging && git checkout -b feature-z && git push magento feature-z'),
        ),
      ).toEqual({ op: 'push', args: { parent: 'staging', name: 'feature-z' } });
      expect(invocationOf(parse('git push -u magento feature-z', 'feature-checkout'))).toEqual({
        op: 'push',
        args: { parent: 'feature-checkout', name: 'feature-z' },
      });
    });

    it("refuses a remote that is not the project's", () => {
      expect(messageOf(parse('git push origin feature-z', 'staging'))).toMatch(
        /^fatal: 'origin' does not appear to be a git repository/,
      );
    });
  });

  it('runs one operation per line', () => {
    expect(messageOf(parse('merge -e feature-checkout && redeploy -e staging'))).toBe(
      [
        'The explorer runs one operation per line. Type these one after the other:',
        '  merge -e feature-checkout',
        '  redeploy -e staging',
      ].join('\n'),
    );
  });

  it('reads nothing into a comment', () => {
    expect(parse('# open a ticket with Adobe Commerce Support')).toEqual({
      kind: 'output',
      lines: [],
    });
  });
});

describe('read-only commands', () => {
  const TABLE = [
    '+-----------------------+------------------------+----------+-------------+',
    '| ID                    | Title                  | Status   | Type        |',
    '+-----------------------+------------------------+----------+-------------+',
    '| master                | Production             | Active   | production  |',
    '|   staging*            | Staging                | Active   | staging     |',
    '|     feature-checkout  | Checkout with RabbitMQ | Active   | development |',
    '|     feature-old-theme | Old theme experiment   | Inactive | development |',
    '+-----------------------+------------------------+----------+-------------+',
  ];

  it('draws environment:list of the default Starter project as the CLI does', () => {
    expect(linesOf(parse('magento-cloud environment:list', 'staging')).join('\n')).toBe(
      [
        'Your environments are: ',
        ...TABLE,
        '* - Indicates the current environment',
        '',
        'Check out a different environment by running magento-cloud checkout [id]',
        'Branch a new environment by running magento-cloud environment:branch [new-name]',
        'Delete the current environment by running magento-cloud environment:delete',
        'Make a snapshot of the current environment by running magento-cloud backup',
        'Merge the current environment by running magento-cloud environment:merge',
        'Sync the current environment by running magento-cloud environment:synchronize',
      ].join('\n'),
    );
  });

  it('draws no marker or hints without a current environment', () => {
    expect(linesOf(parse('env'))).toEqual([
      'Your environments are: ',
      ...TABLE.map((l) => l.replace('*', ' ')),
    ]);
  });

  it('types Pro roles as the API does', () => {
    const rows = linesOf(parseCommandLine('environments -I', pro, null)).filter((l) =>
      l.startsWith('| '),
    );
    expect(rows.slice(1).map((r) => r.split('|').map((c) => c.trim())[4])).toEqual([
      'production',
      'production',
      'staging',
      'development',
      'development',
    ]);
  });

  it('never shows a sensitive value in variable:list', () => {
    const text = linesOf(parse('variables -e feature-checkout')).join('\n');
    expect(text).not.toContain('Live-Adm1n-Secret!');
    expect(text).toMatch(/\| ADMIN_PASSWORD +\| environment \| \[Hidden: sensitive value\] \|/);
    expect(text).not.toContain('0a1b2c3d');
  });

  it('lists every command it runs, and helps with each', () => {
    const listed = linesOf(parse('magento-cloud list')).join('\n');
    for (const command of CLI_COMMANDS) expect(listed).toContain(command.name);
    expect(linesOf(parse('help merge'))).toContain(
      ' magento-cloud merge [options] [--] [<environment>]',
    );
    expect(linesOf(parse('sync --help'))[0]).toBe('Command: environment:synchronize');
  });
});
