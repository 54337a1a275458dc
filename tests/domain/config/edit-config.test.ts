import { describe, expect, it } from 'vitest';
import { addOrChangeService, removeService } from '../../../src/domain/config/edit-config';
import { readApp, readServices } from '../../../src/domain/config/read-config';
import { tableGet } from '../../../src/domain/table';
import type { ConfigFiles } from '../../../src/domain/types';
import { defaultProject, env } from '../../support/builders';

function stagingFiles(): ConfigFiles {
  const project = defaultProject('starter');
  const files = tableGet(project.commits, env(project, 'staging').head)?.files;
  if (!files) throw new Error('no files');
  return files;
}

function applied(files: ConfigFiles, edit: ReturnType<typeof addOrChangeService>): ConfigFiles {
  if ('error' in edit) throw new Error(edit.error);
  return { ...files, ...edit.files };
}

describe('addOrChangeService', () => {
  it('adds a service and its relationship, keeping the comments', () => {
    const files = stagingFiles();
    const next = applied(
      files,
      addOrChangeService(files, {
        id: 'rabbitmq',
        type: 'rabbitmq:3.5',
        disk: 512,
        relationship: 'mq',
      }),
    );
    expect(readServices(next['.magento/services.yaml']).services.at(-1)).toMatchObject({
      id: 'rabbitmq',
      type: 'rabbitmq:3.5',
      disk: 512,
    });
    expect(readApp(next['.magento.app.yaml']).app.relationships).toContainEqual({
      name: 'mq',
      service: 'rabbitmq',
      endpoint: 'rabbitmq',
    });
    expect(next['.magento/services.yaml']).toContain('# Each service listed');
    expect(next['.magento.app.yaml']).toContain('# The name of this app');
  });

  it('re-versions an existing service without touching the others', () => {
    const files = stagingFiles();
    const next = applied(
      files,
      addOrChangeService(files, { id: 'redis', type: 'redis:5.0', disk: null, relationship: null }),
    );
    const services = readServices(next['.magento/services.yaml']).services;
    expect(services.map((s) => s.type)).toEqual(['mysql:10.0', 'redis:5.0', 'elasticsearch:2.4']);
    expect(next['.magento.app.yaml']).toBe(files['.magento.app.yaml']);
  });

  it('adds to a services file that holds only comments', () => {
    const files = { ...stagingFiles(), '.magento/services.yaml': '# nothing yet\n' };
    const next = applied(
      files,
      addOrChangeService(files, { id: 'redis', type: 'redis:3.0', disk: null, relationship: null }),
    );
    expect(readServices(next['.magento/services.yaml']).services).toEqual([
      { id: 'redis', type: 'redis:3.0', name: 'redis', version: '3.0', disk: null },
    ]);
  });

  it('refuses an invalid id or type with the reason', () => {
    const files = stagingFiles();
    expect(
      addOrChangeService(files, {
        id: 'My DB',
        type: 'mysql:10.0',
        disk: null,
        relationship: null,
      }),
    ).toEqual({
      error: expect.stringContaining('not a valid service id'),
    });
    expect(
      addOrChangeService(files, { id: 'db', type: 'MySQL 10', disk: null, relationship: null }),
    ).toEqual({
      error: expect.stringContaining('name:version'),
    });
  });
});

describe('removeService', () => {
  it('removes the service and the relationships that reach it', () => {
    const files = stagingFiles();
    const next = applied(files, removeService(files, 'redis'));
    expect(readServices(next['.magento/services.yaml']).services.map((s) => s.id)).toEqual([
      'mysql',
      'elasticsearch',
    ]);
    expect(readApp(next['.magento.app.yaml']).app.relationships.map((r) => r.name)).toEqual([
      'database',
      'elasticsearch',
    ]);
  });
});

describe('parseYaml', () => {
  it('reports an alias bomb instead of throwing', async () => {
    const { parseYaml } = await import('../../../src/domain/config/yaml');
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]']
      .concat(
        ['b', 'c', 'd', 'e', 'f', 'g'].map(
          (k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`,
        ),
      )
      .join('\n');
    const result = parseYaml('.magento/services.yaml', bomb);
    expect(result).toHaveProperty('problem');
  });
});
