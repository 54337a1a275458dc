import { describe, expect, it } from 'vitest';
import { importConfig } from '../../../src/domain/import/import-config';
import type { ImportFile } from '../../../src/domain/import/import-result';
import { APP_YAML, imported, ROUTES_YAML, refused, SERVICES_YAML } from './import-outcome';

const APP = 'shop/.magento.app.yaml';
const SERVICES = 'shop/.magento/services.yaml';
const ROUTES = 'shop/.magento/routes.yaml';
const ENV = 'shop/.magento.env.yaml';

/** A valid project of app, services and routes, with some files replaced. */
function project(replace: Readonly<Record<string, string>> = {}): ImportFile[] {
  const files: Record<string, string> = {
    [APP]: APP_YAML,
    [SERVICES]: SERVICES_YAML,
    [ROUTES]: ROUTES_YAML,
    ...replace,
  };
  return Object.entries(files).map(([path, text]) => ({ path, text }));
}

// The start of a PNG, decoded as a browser reads a chosen file as text.
const PNG_TEXT = new TextDecoder().decode(
  Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
);

describe('importConfig refuses bad input', () => {
  it('places a YAML syntax error at its file and line, without the parser excerpt', () => {
    const errors = refused(
      importConfig(
        'starter',
        project({ [SERVICES]: 'mysql:\n    type: mysql:10.4\n  disk: 2048\n' }),
      ),
    );
    expect(errors).toEqual([
      {
        file: SERVICES,
        line: 3,
        path: null,
        message: 'YAML syntax error: All mapping items must start at the same column',
      },
    ]);
  });

  it('names a service without a type by its key path and line', () => {
    const text = 'mysql:\n    type: mysql:10.6\nredis:\n    disk: 512\n';
    const errors = refused(importConfig('starter', project({ [SERVICES]: text })));
    expect(errors).toEqual([
      {
        file: SERVICES,
        line: 3,
        path: 'redis.type',
        message: 'service "redis" has no type: add e.g. "type: mysql:10.4"',
      },
    ]);
  });

  it('refuses a relationship that names a service services.yaml does not define', () => {
    const app = `${APP_YAML}    search: "opensearch:opensearch"\n`;
    const errors = refused(importConfig('starter', project({ [APP]: app })));
    expect(errors).toEqual([
      {
        file: APP,
        line: 6,
        path: 'relationships.search',
        message:
          'relationship "search" names service "opensearch", which shop/.magento/services.yaml does not define (it defines: mysql, redis)',
      },
    ]);
  });

  it.each([
    ['mysql:latest', 'latest'],
    ['mysql:10.x', '10.x'],
  ])('refuses the version format of type %s', (type, version) => {
    const text = SERVICES_YAML.replace('mysql:10.6', type);
    const errors = refused(importConfig('starter', project({ [SERVICES]: text })));
    expect(errors).toEqual([
      {
        file: SERVICES,
        line: 2,
        path: 'mysql.type',
        message: `service "mysql": type "${type}" has no valid version: "${version}" is not a version number; write e.g. mysql:10.4 or redis:7.2`,
      },
    ]);
  });

  it.each(['mysql:10', 'mysql:10.4', 'opensearch:3', 'network-storage:2.0'])(
    'accepts the type %s',
    (type) => {
      const text = SERVICES_YAML.replace('mysql:10.6', type);
      expect(importConfig('starter', project({ [SERVICES]: text })).ok).toBe(true);
    },
  );

  it('refuses a binary file given a config file name', () => {
    const errors = refused(importConfig('starter', project({ [SERVICES]: PNG_TEXT })));
    expect(errors).toEqual([
      {
        file: SERVICES,
        line: 1,
        path: null,
        message: 'not a YAML text file: it holds binary data (is it an image or an archive?)',
      },
    ]);
  });

  it('refuses a JSON list where the application file needs a map', () => {
    const errors = refused(importConfig('starter', project({ [APP]: '["name", "type"]' })));
    expect(errors).toEqual([
      {
        file: APP,
        line: 1,
        path: null,
        message:
          'expected a map of application settings (name:, type:, relationships: …), found a list',
      },
    ]);
  });

  it('refuses an empty application file', () => {
    const errors = refused(importConfig('starter', project({ [APP]: '# nothing yet\n' })));
    expect(errors).toEqual([
      {
        file: APP,
        line: null,
        path: null,
        message:
          'is empty: it must at least name the application ("name: mymagento") and its type ("type: php:8.3")',
      },
    ]);
  });

  it('refuses a 5 MB file without parsing it', () => {
    const huge = `# ${'x'.repeat(5 * 1024 * 1024 - 3)}\n`;
    const errors = refused(importConfig('starter', project({ [ENV]: huge })));
    expect(errors).toEqual([
      { file: ENV, line: null, path: null, message: 'too large (5 MB; the limit is 1 MB)' },
    ]);
  });

  it('refuses a file just over the limit without calling it 1 MB', () => {
    const errors = refused(
      importConfig('starter', project({ [ENV]: 'x'.repeat(1024 * 1024 + 1) })),
    );
    expect(errors[0]?.message).toBe('too large (1.1 MB; the limit is 1 MB)');
  });

  it('refuses a file whose name is not a Magento Cloud config file', () => {
    const result = importConfig('starter', [{ path: 'shop/composer.json', text: '{}' }]);
    expect(refused(result)).toEqual([
      {
        file: 'shop/composer.json',
        line: null,
        path: null,
        message:
          'not a Magento Cloud config file (expected .magento.app.yaml, .magento/services.yaml, .magento/routes.yaml or .magento.env.yaml)',
      },
    ]);
  });

  it('ignores a file of another name, with a warning, when config files come with it', () => {
    const files = [...project(), { path: 'shop/composer.json', text: '{}' }];
    const { warnings } = imported(importConfig('starter', files));
    expect(warnings).toContainEqual({
      file: 'shop/composer.json',
      line: null,
      path: null,
      message: 'ignored: not a Magento Cloud config file',
    });
  });

  it('refuses routes and env files without an application or services file', () => {
    const files = [
      { path: ROUTES, text: ROUTES_YAML },
      { path: ENV, text: 'stage: {}\n' },
    ];
    expect(refused(importConfig('starter', files))).toEqual([
      {
        file: APP,
        line: null,
        path: null,
        message: 'missing: an import needs .magento.app.yaml or .magento/services.yaml (or both)',
      },
    ]);
  });

  it('refuses YAML aliases that expand without bound', () => {
    const bomb = [
      'a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
    ].join('\n');
    const [error] = refused(importConfig('starter', project({ [ENV]: bomb })));
    // The place named is the alias that expands the most: *c on line 4, 1 111 values each.
    expect(error).toMatchObject({ file: ENV, line: 4, path: null });
    expect(error?.message).toMatch(
      /^cannot be read: the alias \*c expands to 1,111 values, too many to read safely \(Excessive alias count/,
    );
  });

  it('reports every error of every file, in the order of the files', () => {
    const errors = refused(
      importConfig(
        'starter',
        project({ [APP]: 'type: php:8.3\n', [SERVICES]: 'mysql:\n    type: mysql\n    disk: 0\n' }),
      ),
    );
    expect(errors.map((e) => `${e.file} ${e.line} ${e.path}`)).toEqual([
      `${APP} 1 name`,
      `${SERVICES} 3 mysql.disk`,
    ]);
  });
});
