import { describe, expect, it } from 'vitest';
import { importConfig } from '../../../src/domain/import/import-config';
import type { ImportFile } from '../../../src/domain/import/import-result';
import { formatImportMessage } from '../../../src/domain/import/import-result';
import { resolveServices } from '../../../src/domain/resolve-services';
import { tableValues } from '../../../src/domain/table';
import { inTreeOrder } from '../../../src/domain/tree';
import { defaultProject } from '../../support/builders';
import {
  APP_YAML,
  ENV_YAML,
  imported,
  ROUTES_YAML,
  refused,
  SERVICES_YAML,
} from './import-outcome';

function files(entries: Readonly<Record<string, string>>): ImportFile[] {
  return Object.entries(entries).map(([path, text]) => ({ path, text }));
}

const FULL = files({
  '.magento.app.yaml': APP_YAML,
  '.magento/services.yaml': SERVICES_YAML,
  '.magento/routes.yaml': ROUTES_YAML,
  '.magento.env.yaml': ENV_YAML,
});

describe('importConfig builds the project', () => {
  it('imports a route whose upstream is a Varnish service, without an error or a warning about it', () => {
    const result = importConfig(
      'starter',
      files({
        '.magento.app.yaml':
          'name: mymagento\ntype: php:8.3\nrelationships:\n    database: "mysql:mysql"\n',
        '.magento/services.yaml':
          'mysql:\n    type: mysql:10.6\n    disk: 1024\nvarnish:\n    type: varnish:7.6\n    relationships:\n        application: "mymagento:http"\n',
        '.magento/routes.yaml':
          '"https://{default}/":\n    type: upstream\n    upstream: "varnish:http"\n',
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map(formatImportMessage).join(' ')).not.toMatch(/varnish:http|upstream/);
    expect(resolveServices(result.project, 'master').services.map((s) => s.type)).toContain(
      'varnish:7.6',
    );
  });

  it('puts the Starter branches at one commit holding the imported files', () => {
    const { project, warnings } = imported(importConfig('starter', FULL));
    expect(warnings).toEqual([]);
    expect(inTreeOrder(project).map((e) => [e.id, e.parentId, e.status])).toEqual([
      ['master', null, 'active'],
      ['staging', 'master', 'active'],
    ]);
    const commits = tableValues(project.commits);
    expect(commits).toHaveLength(1);
    expect(commits[0]).toMatchObject({
      parents: [],
      time: 0,
      message:
        'Import .magento.app.yaml, .magento/services.yaml, .magento/routes.yaml, .magento.env.yaml',
      files: {
        '.magento.app.yaml': APP_YAML,
        '.magento/services.yaml': SERVICES_YAML,
        '.magento/routes.yaml': ROUTES_YAML,
        '.magento.env.yaml': ENV_YAML,
      },
    });
    for (const env of tableValues(project.environments)) {
      expect(env).toMatchObject({
        head: commits[0]?.id,
        deployment: { commit: commits[0]?.id, applied: commits[0]?.id },
        variables: {},
      });
    }
  });

  it('puts the Pro branches, Staging and Production included, at the same commit', () => {
    const { project } = imported(importConfig('pro', FULL));
    expect(inTreeOrder(project).map((e) => [e.id, e.parentId, e.role])).toEqual([
      ['master', null, 'global-master'],
      ['production', 'master', 'production'],
      ['staging', 'production', 'staging'],
      ['integration', 'staging', 'integration'],
    ]);
    expect(new Set(tableValues(project.environments).map((e) => e.head)).size).toBe(1);
    expect(resolveServices(project, 'production').services.map((s) => s.id)).toEqual([
      'mysql',
      'redis',
    ]);
  });

  it('names the project after the application, with no variables, activity or time', () => {
    const { project } = imported(importConfig('starter', FULL));
    expect(project).toMatchObject({
      id: 'mymagento',
      title: 'mymagento (imported)',
      plan: 'starter',
      region: 'us',
      variables: {},
      activity: [],
      clock: 0,
    });
  });

  it('keeps the id and region of the project it replaces', () => {
    const base = { ...defaultProject('pro'), region: 'eu' };
    const { project } = imported(importConfig('pro', FULL, base));
    expect(project).toMatchObject({ id: base.id, region: 'eu', title: 'mymagento (imported)' });
  });

  it('makes a host-name-safe id from an application name', () => {
    const app = APP_YAML.replace('name: mymagento', 'name: "My Shop_2"');
    const routes = ROUTES_YAML.replace('mymagento:http', 'My Shop_2:http');
    const { project } = imported(
      importConfig('starter', files({ '.magento.app.yaml': app, '.magento/routes.yaml': routes })),
    );
    expect(project.id).toBe('my-shop-2');
  });
});

describe('importConfig finds the files in a chosen folder', () => {
  it('reads files whose paths start with the folder, with either slash', () => {
    const { project, warnings } = imported(
      importConfig(
        'starter',
        files({
          'myrepo/.magento.app.yaml': APP_YAML,
          'myrepo\\.magento\\services.yaml': SERVICES_YAML,
          'myrepo/.magento/routes.yaml': ROUTES_YAML,
          'myrepo/.magento.env.yaml': ENV_YAML,
        }),
      ),
    );
    expect(warnings).toEqual([]);
    expect(resolveServices(project, 'master').services.map((s) => s.usedBy)).toEqual([
      ['database'],
      ['redis'],
    ]);
  });

  it('imports services.yaml alone with a minimal application, saying what it assumed', () => {
    const result = importConfig(
      'starter',
      files({ 'myrepo/.magento/services.yaml': SERVICES_YAML }),
    );
    const { project, warnings } = imported(result);
    expect(warnings.map((w) => [w.file, w.message])).toEqual([
      [
        'myrepo/.magento.app.yaml',
        'no .magento.app.yaml: the project gets a minimal application "mymagento" without relationships, so no service is reachable',
      ],
      [
        'myrepo/.magento/routes.yaml',
        'no .magento/routes.yaml: the project gets the default route "http://{default}/" to mymagento:http',
      ],
      [
        'myrepo/.magento.env.yaml',
        'no .magento.env.yaml: ece-tools deploys with its default settings',
      ],
    ]);
    expect(tableValues(project.commits)[0]?.message).toBe('Import .magento/services.yaml');
    expect(resolveServices(project, 'master').services.map((s) => [s.id, s.usedBy])).toEqual([
      ['mysql', []],
      ['redis', []],
    ]);
  });

  it('warns that relationships reach nothing when services.yaml is missing', () => {
    const { warnings } = imported(
      importConfig('starter', files({ '.magento.app.yaml': APP_YAML })),
    );
    expect(warnings).toContainEqual({
      file: '.magento/services.yaml',
      line: null,
      path: null,
      message:
        'no .magento/services.yaml: the project has no services, so relationships database, redis reach nothing',
    });
  });

  it('reports an application in a sub-folder as a second application and keeps the root one', () => {
    const worker = 'name: worker\ntype: php:8.3\nrelationships:\n    database: "mysql:mysql"\n';
    const app = `${APP_YAML}    jobs: "worker:http"\n`;
    const { project, warnings } = imported(
      importConfig(
        'starter',
        files({
          'repo/.magento.app.yaml': app,
          'repo/.magento/services.yaml': SERVICES_YAML,
          'repo/.magento/routes.yaml': ROUTES_YAML,
          'repo/.magento.env.yaml': ENV_YAML,
          'repo/worker/.magento.app.yaml': worker,
        }),
      ),
    );
    expect(warnings).toEqual([
      {
        file: 'repo/worker/.magento.app.yaml',
        line: 1,
        path: null,
        message:
          'another application "worker" is not imported: the explorer models one application per project; its relationships: database → mysql:mysql',
      },
    ]);
    expect(project.title).toBe('mymagento (imported)');
  });

  it('reports an application file kept in a .magento folder as a second application', () => {
    const { warnings } = imported(
      importConfig(
        'starter',
        files({
          ...Object.fromEntries(FULL.map((f) => [f.path, f.text])),
          'api/.magento/.magento.app.yaml': 'name: api\ntype: nodejs:20\n',
        }),
      ),
    );
    expect(warnings.map((w) => w.message)).toEqual([
      'another application "api" is not imported: the explorer models one application per project; it has no relationships',
    ]);
  });

  it('reads an unreadable second application as a warning, not an error', () => {
    const { warnings } = imported(
      importConfig('starter', [...FULL, { path: 'api/.magento.app.yaml', text: 'name: [\n' }]),
    );
    expect(warnings[0]?.message).toMatch(
      /^another application file, not imported \(the explorer models one application per project\); it cannot be read either: YAML syntax error: /,
    );
  });

  it('ignores the config files of a second project beside the first', () => {
    const { warnings } = imported(
      importConfig(
        'starter',
        files({
          'a/.magento.app.yaml': APP_YAML,
          'a/.magento/services.yaml': SERVICES_YAML,
          'a/.magento/routes.yaml': ROUTES_YAML,
          'a/.magento.env.yaml': ENV_YAML,
          'b/.magento/services.yaml': 'solr:\n    type: solr:8.4\n',
        }),
      ),
    );
    expect(warnings).toEqual([
      {
        file: 'b/.magento/services.yaml',
        line: null,
        path: null,
        message: 'ignored: the import reads a/.magento/services.yaml instead',
      },
    ]);
  });

  it('refuses no files at all', () => {
    expect(refused(importConfig('starter', [])).map((e) => e.message)).toEqual([
      'no files to import',
    ]);
  });
});

describe('importConfig warnings', () => {
  it('warns about a key set twice, at the line of the one that counts', () => {
    const services = `${SERVICES_YAML}mysql:\n    type: mysql:10.4\n`;
    const { warnings } = imported(
      importConfig(
        'starter',
        files({ '.magento.app.yaml': APP_YAML, '.magento/services.yaml': services }),
      ),
    );
    expect(warnings).toContainEqual({
      file: '.magento/services.yaml',
      line: 6,
      path: 'mysql',
      message: '"mysql" is set twice; the last one counts',
    });
  });

  it('lets a relationship name another application instead of a service', () => {
    const app = `${APP_YAML}    jobs: "worker:http"\n`;
    const result = importConfig('starter', [
      ...FULL.filter((f) => f.path !== '.magento.app.yaml'),
      { path: '.magento.app.yaml', text: app },
      { path: 'worker/.magento.app.yaml', text: 'name: worker\ntype: php:8.3\n' },
    ]);
    expect(result.ok).toBe(true);
  });

  it('does not call a service unused when a second application reaches it', () => {
    const services = `${SERVICES_YAML}rabbitmq:\n    type: rabbitmq:3.13\n`;
    const { warnings } = imported(
      importConfig('starter', [
        ...FULL.filter((f) => f.path !== '.magento/services.yaml'),
        { path: '.magento/services.yaml', text: services },
        {
          path: 'worker/.magento.app.yaml',
          text: 'name: worker\ntype: php:8.3\nrelationships:\n    queue: "rabbitmq:rabbitmq"\n',
        },
      ]),
    );
    expect(warnings.map((w) => w.file)).toEqual(['worker/.magento.app.yaml']);
  });
});

describe('formatImportMessage', () => {
  it('puts file, line and key path before the message', () => {
    expect(
      formatImportMessage({
        file: 'myrepo/.magento/services.yaml',
        line: 4,
        path: 'mysql.type',
        message: 'service "mysql" has no type',
      }),
    ).toBe('myrepo/.magento/services.yaml, line 4 (mysql.type): service "mysql" has no type');
    expect(formatImportMessage({ file: 'a.png', line: null, path: null, message: 'ignored' })).toBe(
      'a.png: ignored',
    );
  });
});

describe('importConfig with files given twice or out of place', () => {
  it('reads the first copy of a file given twice', () => {
    const { project, warnings } = imported(
      importConfig('starter', [...FULL, { path: '.magento/services.yaml', text: 'solr:\n' }]),
    );
    expect(warnings).toEqual([
      {
        file: '.magento/services.yaml',
        line: null,
        path: null,
        message: 'ignored: given twice; the import reads the first copy',
      },
    ]);
    expect(resolveServices(project, 'master').services.map((s) => s.id)).toEqual([
      'mysql',
      'redis',
    ]);
  });

  it('ignores an env file outside the project root', () => {
    const { warnings } = imported(
      importConfig('starter', [
        ...FULL.filter((f) => f.path !== '.magento.env.yaml'),
        { path: 'old/.magento.env.yaml', text: ENV_YAML },
      ]),
    );
    expect(warnings.map((w) => `${w.file}: ${w.message}`)).toEqual([
      'old/.magento.env.yaml: ignored: it lies outside the project root (the top folder)',
      '.magento.env.yaml: no .magento.env.yaml: ece-tools deploys with its default settings',
    ]);
  });
});

describe('importConfig with files chosen one by one', () => {
  it('reads bare services.yaml and routes.yaml as the .magento/ files', async () => {
    const { readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const dir = resolve(__dirname, '../../fixtures/real-projects/chubin1999__datn');
    const files = [
      { path: '.magento.app.yaml', text: readFileSync(`${dir}/.magento.app.yaml`, 'utf8') },
      { path: 'services.yaml', text: readFileSync(`${dir}/.magento/services.yaml`, 'utf8') },
      { path: 'routes.yaml', text: readFileSync(`${dir}/.magento/routes.yaml`, 'utf8') },
    ];
    const result = importConfig('starter', files);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
    const services = resolveServices(result.project, 'staging').services.map((s) => s.id);
    expect(services).toEqual(['mysql', 'redis', 'elasticsearch', 'rabbitmq']);
    expect(result.warnings.map((w) => w.message).join('\n')).not.toMatch(/ignored/);
  });
});
