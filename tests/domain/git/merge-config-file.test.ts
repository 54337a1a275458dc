import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  BASE_APP_YAML,
  BASE_ENV_YAML,
  BASE_ROUTES_YAML,
  BASE_SERVICES_YAML,
  CHECKOUT_SERVICES_YAML,
} from '../../../src/domain/defaults/config-texts';
import { type FileMerge, mergeConfigFile, mergeConfigFiles } from '../../../src/domain/git/merge';
import type { ConfigFileName, ConfigFiles } from '../../../src/domain/types';
import { editYaml } from '../builders';

const sides = { ours: 'staging', theirs: 'feature-x' };

function merged(result: FileMerge): string {
  if ('conflicts' in result) throw new Error(result.conflicts.map((c) => c.label).join(', '));
  return result.text;
}

function conflictLabels(result: FileMerge): string[] {
  return 'conflicts' in result ? result.conflicts.map((c) => c.label) : [];
}

/** Merges two edits of `base`, each a list of [path, value] settings. */
function mergeEdits(
  file: ConfigFileName,
  base: string,
  ours: [string[], unknown][],
  theirs: [string[], unknown][],
): FileMerge {
  const apply = (edits: [string[], unknown][]) =>
    edits.reduce((text, [path, value]) => editYaml(text, path, value), base);
  return mergeConfigFile(file, base, apply(ours), apply(theirs), sides);
}

describe('mergeConfigFile', () => {
  it("takes theirs' text unchanged when only theirs changed the file", () => {
    const theirs = `${CHECKOUT_SERVICES_YAML}# trailing note\n`;
    const result = mergeConfigFile(
      '.magento/services.yaml',
      BASE_SERVICES_YAML,
      BASE_SERVICES_YAML,
      theirs,
      sides,
    );
    expect(merged(result)).toBe(theirs);
  });

  it("keeps ours' text when only ours changed the file", () => {
    const ours = editYaml(BASE_SERVICES_YAML, ['redis', 'type'], 'redis:3.2');
    const result = mergeConfigFile(
      '.magento/services.yaml',
      BASE_SERVICES_YAML,
      ours,
      BASE_SERVICES_YAML,
      sides,
    );
    expect(merged(result)).toBe(ours);
  });

  it('combines different services changed on each side into valid YAML that keeps comments and indent', () => {
    const ours = editYaml(BASE_SERVICES_YAML, ['redis', 'type'], 'redis:3.2');
    const result = mergeConfigFile(
      '.magento/services.yaml',
      BASE_SERVICES_YAML,
      ours,
      CHECKOUT_SERVICES_YAML,
      sides,
    );
    const text = merged(result);
    expect(parse(text)).toEqual({
      mysql: { type: 'mysql:10.0', disk: 2048 },
      redis: { type: 'redis:3.2' },
      elasticsearch: { type: 'elasticsearch:2.4', disk: 1024 },
      rabbitmq: { type: 'rabbitmq:3.5', disk: 512 },
    });
    expect(text).toContain('# Each service listed is deployed to power the project.');
    expect(text).toContain('\n    type: rabbitmq:3.5\n');
  });

  it('names a service both sides changed differently as a conflict', () => {
    const result = mergeEdits(
      '.magento/services.yaml',
      BASE_SERVICES_YAML,
      [[['rabbitmq'], { type: 'rabbitmq:3.7' }]],
      [[['rabbitmq'], { type: 'rabbitmq:3.5', disk: 512 }]],
    );
    expect(result).toEqual({
      conflicts: [
        {
          file: '.magento/services.yaml',
          label: '.magento/services.yaml: rabbitmq',
          kind: 'both-changed',
          reason: 'changed on both sides',
        },
      ],
    });
  });

  it('accepts the same change made on both sides', () => {
    const edit: [string[], unknown][] = [[['redis', 'type'], 'redis:3.2']];
    const result = mergeEdits('.magento/services.yaml', BASE_SERVICES_YAML, edit, [
      ...edit,
      [['mysql', 'disk'], 4096],
    ]);
    expect(parse(merged(result))).toMatchObject({
      redis: { type: 'redis:3.2' },
      mysql: { disk: 4096 },
    });
  });

  it('removes a service theirs deleted while ours changed another', () => {
    const result = mergeEdits(
      '.magento/services.yaml',
      BASE_SERVICES_YAML,
      [[['mysql', 'disk'], 4096]],
      [[['elasticsearch'], undefined]],
    );
    expect(Object.keys(parse(merged(result)))).toEqual(['mysql', 'redis']);
  });

  it('treats each relationship of .magento.app.yaml as its own setting', () => {
    const ok = mergeEdits(
      '.magento.app.yaml',
      BASE_APP_YAML,
      [[['relationships', 'rabbitmq'], 'rabbitmq:rabbitmq']],
      [[['relationships', 'session'], 'redis-session:redis']],
    );
    expect(parse(merged(ok)).relationships).toMatchObject({
      rabbitmq: 'rabbitmq:rabbitmq',
      session: 'redis-session:redis',
    });
    const clash = mergeEdits(
      '.magento.app.yaml',
      BASE_APP_YAML,
      [[['relationships', 'rabbitmq'], 'rabbitmq:rabbitmq']],
      [[['relationships', 'rabbitmq'], 'queue:rabbitmq']],
    );
    expect(conflictLabels(clash)).toEqual(['.magento.app.yaml: relationships.rabbitmq']);
  });

  it('treats each application variable as its own setting', () => {
    const ok = mergeEdits(
      '.magento.app.yaml',
      BASE_APP_YAML,
      [[['variables', 'php', 'memory_limit'], '2G']],
      [[['variables', 'env', 'ADMIN_LOCALE'], 'de_DE']],
    );
    expect(parse(merged(ok)).variables).toEqual({
      php: { memory_limit: '2G' },
      env: { ADMIN_LOCALE: 'de_DE' },
    });
    const clash = mergeEdits(
      '.magento.app.yaml',
      BASE_APP_YAML,
      [[['variables', 'env', 'ADMIN_LOCALE'], 'fr_FR']],
      [[['variables', 'env', 'ADMIN_LOCALE'], 'de_DE']],
    );
    expect(conflictLabels(clash)).toEqual(['.magento.app.yaml: variables.env.ADMIN_LOCALE']);
  });

  it('treats any other key of .magento.app.yaml as one setting', () => {
    const result = mergeEdits(
      '.magento.app.yaml',
      BASE_APP_YAML,
      [[['web', 'locations', '/media', 'allow'], false]],
      [[['web', 'locations', '/static', 'allow'], false]],
    );
    expect(conflictLabels(result)).toEqual(['.magento.app.yaml: web']);
  });

  it('treats each route as its own setting', () => {
    const ok = mergeEdits(
      '.magento/routes.yaml',
      BASE_ROUTES_YAML,
      [[['http://{default}/', 'upstream'], 'other:php']],
      [[['https://{all}/'], { type: 'upstream', upstream: 'mymagento:php' }]],
    );
    expect(Object.keys(parse(merged(ok)))).toContain('https://{all}/');
    const clash = mergeEdits(
      '.magento/routes.yaml',
      BASE_ROUTES_YAML,
      [[['https://{default}/', 'cache', 'enabled'], true]],
      [[['https://{default}/', 'upstream'], 'other:php']],
    );
    expect(conflictLabels(clash)).toEqual(['.magento/routes.yaml: https://{default}/']);
  });

  it('treats each stage setting of .magento.env.yaml as its own setting', () => {
    const ok = mergeEdits(
      '.magento.env.yaml',
      BASE_ENV_YAML,
      [[['stage', 'build', 'SCD_THREADS'], 4]],
      [[['stage', 'deploy', 'MYSQL_USE_SLAVE_CONNECTION'], true]],
    );
    expect(parse(merged(ok)).stage).toMatchObject({
      build: { SCD_THREADS: 4 },
      deploy: { MYSQL_USE_SLAVE_CONNECTION: true },
    });
    const clash = mergeEdits(
      '.magento.env.yaml',
      BASE_ENV_YAML,
      [
        [['stage', 'build', 'SCD_THREADS'], 4],
        [['log', 'gelf', 'min_level'], 'debug'],
      ],
      [
        [['stage', 'build', 'SCD_THREADS'], 8],
        [['log', 'gelf', 'min_level'], 'warning'],
      ],
    );
    expect(conflictLabels(clash)).toEqual([
      '.magento.env.yaml: stage.build.SCD_THREADS',
      '.magento.env.yaml: log',
    ]);
  });

  it('refuses a file that does not parse on one side, naming the side and line', () => {
    const ours = editYaml(BASE_SERVICES_YAML, ['redis', 'type'], 'redis:3.2');
    const broken = `${BASE_SERVICES_YAML}redis:\n    type: redis:5.0\n`;
    const result = mergeConfigFile(
      '.magento/services.yaml',
      BASE_SERVICES_YAML,
      ours,
      broken,
      sides,
    );
    expect('conflicts' in result && result.conflicts).toEqual([
      expect.objectContaining({
        label: '.magento/services.yaml',
        kind: 'unmergeable',
        reason: expect.stringMatching(/^does not parse on feature-x \(line 12, column 1: .*unique/),
      }),
    ]);
  });

  it('creates a mapping ours lacks when theirs adds the first entry under it', () => {
    const base = 'name: mymagento\n';
    const ours = 'name: mymagento\ndisk: 2048\n';
    const theirs = 'name: mymagento\nrelationships:\n    database: "mysql:mysql"\n';
    const text = merged(mergeConfigFile('.magento.app.yaml', base, ours, theirs, sides));
    expect(text).toBe('name: mymagento\ndisk: 2048\nrelationships:\n    database: "mysql:mysql"\n');
  });
});

describe('mergeConfigFiles', () => {
  const base: ConfigFiles = {
    '.magento.app.yaml': BASE_APP_YAML,
    '.magento/services.yaml': BASE_SERVICES_YAML,
    '.magento/routes.yaml': BASE_ROUTES_YAML,
    '.magento.env.yaml': BASE_ENV_YAML,
  };

  it('reports the conflicts of every file together', () => {
    const ours = {
      ...base,
      '.magento/services.yaml': editYaml(BASE_SERVICES_YAML, ['redis', 'type'], 'redis:3.2'),
      '.magento.env.yaml': editYaml(BASE_ENV_YAML, ['stage', 'build', 'SCD_THREADS'], 4),
    };
    const theirs = {
      ...base,
      '.magento/services.yaml': editYaml(BASE_SERVICES_YAML, ['redis', 'type'], 'redis:5.0'),
      '.magento.env.yaml': editYaml(BASE_ENV_YAML, ['stage', 'build', 'SCD_THREADS'], 8),
    };
    const result = mergeConfigFiles(base, ours, theirs, sides);
    expect('conflicts' in result && result.conflicts.map((c) => c.label)).toEqual([
      '.magento/services.yaml: redis',
      '.magento.env.yaml: stage.build.SCD_THREADS',
    ]);
  });

  it('returns all four files when nothing conflicts', () => {
    const theirs = { ...base, '.magento/services.yaml': CHECKOUT_SERVICES_YAML };
    expect(mergeConfigFiles(base, base, theirs, sides)).toEqual({ files: theirs });
  });
});

describe('mergeConfigFile with YAML aliases', () => {
  const base = 'defaults: &d\n    disk: 1\nmysql:\n    type: mysql:10.0\n';
  const ours = 'defaults: &d\n    disk: 1\nmysql:\n    type: mysql:10.1\n';

  it('copies an alias whose anchor ours has too', () => {
    const theirs = `${base}redis: *d\n`;
    const text = merged(mergeConfigFile('.magento/services.yaml', base, ours, theirs, sides));
    expect(text).toBe(`${ours}redis: *d\n`);
  });

  it('refuses to merge setting by setting when the alias points at an anchor ours lacks', () => {
    const theirs = 'defaults: &e\n    disk: 1\nmysql:\n    type: mysql:10.0\nredis: *e\n';
    const result = mergeConfigFile('.magento/services.yaml', base, ours, theirs, sides);
    expect('conflicts' in result && result.conflicts).toEqual([
      expect.objectContaining({ label: '.magento/services.yaml', kind: 'unmergeable' }),
    ]);
  });
});
