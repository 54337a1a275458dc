import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readApp, readRoutes, readServices } from '../../../src/domain/config/read-config';

const ROOT = resolve(__dirname, '../../fixtures/real-projects');

function read(project: string, file: string): string | null {
  const path = join(ROOT, project, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

// Service ids and types as listed in the fixtures' README, per project.
const EXPECTED_SERVICES: Record<string, string[]> = {
  'magento__magento-cloud@2016': ['mysql mysql:10.0', 'redis redis:3.0', 'solr solr:4.10'],
  'magento__magento-cloud@2019': [
    'mysql mysql:10.2',
    'redis redis:5.0',
    'elasticsearch elasticsearch:6.5',
  ],
  'magento__magento-cloud@2020': [
    'mysql mysql:10.3',
    'redis redis:5.0',
    'elasticsearch elasticsearch:7.7',
  ],
  'magento__magento-cloud@2026-appserver': [
    'mariadb mariadb:11.4',
    'cache valkey:8.0',
    'opensearch opensearch:3',
  ],
  achinthala__n8n: [
    'mysql mysql:10.6',
    'redis redis:7.2',
    'opensearch opensearch:2',
    'cache valkey:8.0',
  ],
  'artmouse__firt-project-magento2': [
    'mysql mysql:10.2',
    'redis redis:5.0',
    'elasticsearch elasticsearch:6.5',
    'rabbitmq rabbitmq:3.5',
  ],
  'blueacorninc__adobe-commerce-cloud-hosting-examples-pwa': [],
  chubin1999__datn: [
    'mysql mysql:10.3',
    'redis redis:5.0',
    'elasticsearch elasticsearch:7.7',
    'rabbitmq rabbitmq:3.8',
  ],
  'congvt305__staging-twap': [
    'mysql mysql:10.2',
    'redis redis:5.0',
    'elasticsearch elasticsearch:7.7',
  ],
  karlhass15__sport: [
    'mysql mysql:10.0',
    'redis redis:3.0',
    'elasticsearch elasticsearch:1.7',
    'rabbitmq rabbitmq',
  ],
  'magento-thunder__empty-cloud': [],
  mahesharige253__bat_magento_rubik: [
    'mysql mysql:10.6',
    'redis redis:7.0',
    'opensearch opensearch:2',
    'rabbitmq rabbitmq:3.11',
  ],
  'maroooooon__coca-cola-japan': [
    'mysql mysql:10.4',
    'redis redis:6.2',
    'opensearch opensearch:1.2',
  ],
  thamnt98__market: [
    'mysql mysql:10.2',
    'redis redis:5.0',
    'elasticsearch elasticsearch:6.5',
    'rabbitmq rabbitmq:3.8',
  ],
  'the-it-nerd__aulas-open-source': [
    'mysql mariadb:10.6',
    'redis redis:7.0',
    'opensearch opensearch:2.4',
    'rabbitmq rabbitmq:3.9',
  ],
  ziffitykishore__agilex: [
    'mysql mysql:10.2',
    'redis redis:5.0',
    'rabbitmq rabbitmq:3.8',
    'elasticsearch elasticsearch:6.8',
  ],
};

const projects = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe('config readers on real projects', () => {
  it('knows every fixture project', () => {
    expect(projects.sort()).toEqual(Object.keys(EXPECTED_SERVICES).sort());
  });

  it.each(projects)('%s: reads every file without a problem', (project) => {
    const services = readServices(read(project, '.magento/services.yaml') ?? '');
    const app = readApp(read(project, '.magento.app.yaml') ?? '');
    const routes = readRoutes(read(project, '.magento/routes.yaml') ?? '');
    expect(services.problems).toEqual([]);
    expect(app.problems).toEqual([]);
    expect(routes.problems).toEqual([]);
    expect(services.services.map((s) => `${s.id} ${s.type}`)).toEqual(EXPECTED_SERVICES[project]);
  });

  it('reads a relationship to a non-default endpoint', () => {
    const { app } = readApp(read('artmouse__firt-project-magento2', '.magento.app.yaml') ?? '');
    expect(app.relationships).toContainEqual({ name: 'mbi', service: 'mysql', endpoint: 'mbi' });
  });

  it('reads the valkey relationship and the app name of the 2026 template', () => {
    const { app } = readApp(
      read('magento__magento-cloud@2026-appserver', '.magento.app.yaml') ?? '',
    );
    expect(app.relationships).toContainEqual({
      name: 'valkey',
      service: 'cache',
      endpoint: 'valkey',
    });
  });

  it('reads a type without a version', () => {
    const { services } = readServices(read('karlhass15__sport', '.magento/services.yaml') ?? '');
    expect(services.find((s) => s.id === 'rabbitmq')).toMatchObject({
      name: 'rabbitmq',
      version: null,
      disk: 512,
    });
  });
});
