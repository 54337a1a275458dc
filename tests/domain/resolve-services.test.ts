import { describe, expect, it } from 'vitest';
import { makeCommit } from '../../src/domain/git/commit-graph';
import { resolveServices } from '../../src/domain/resolve-services';
import { tableGet, tableWith } from '../../src/domain/table';
import { defaultProject, env, withEnvironment, withFiles } from '../support/builders';

describe('resolveServices', () => {
  const starter = defaultProject('starter');

  it('lists the services of services.yaml with type, version and disk', () => {
    const { services } = resolveServices(starter, 'staging');
    expect(services.map((s) => [s.id, s.type, s.version, s.disk])).toEqual([
      ['mysql', 'mysql:10.0', '10.0', 2048],
      ['redis', 'redis:3.0', '3.0', null],
      ['elasticsearch', 'elasticsearch:2.4', '2.4', 1024],
    ]);
  });

  it('names the relationship that uses each service', () => {
    const { services } = resolveServices(starter, 'staging');
    expect(Object.fromEntries(services.map((s) => [s.id, s.usedBy]))).toEqual({
      mysql: ['database'],
      redis: ['redis'],
      elasticsearch: ['elasticsearch'],
    });
  });

  it('shows the commit on feature-checkout that adds rabbitmq and its relationship', () => {
    const rabbit = resolveServices(starter, 'feature-checkout').services.find(
      (s) => s.id === 'rabbitmq',
    );
    expect(rabbit).toMatchObject({ type: 'rabbitmq:3.5', usedBy: ['rabbitmq'], pending: null });
  });

  it('flags a service that no relationship uses', () => {
    const project = withFiles(starter, 'staging', {
      '.magento/services.yaml': 'mysql:\n    type: mysql:10.0\nsolr:\n    type: solr:4.10\n',
    });
    const solr = resolveServices(project, 'staging').services.find((s) => s.id === 'solr');
    expect(solr?.usedBy).toEqual([]);
  });

  it('reports a relationship that names a missing service', () => {
    const project = withFiles(starter, 'staging', {
      '.magento/services.yaml': 'mysql:\n    type: mysql:10.0\n',
    });
    expect(resolveServices(project, 'staging').danglingRelationships).toEqual([
      { name: 'redis', service: 'redis' },
      { name: 'elasticsearch', service: 'elasticsearch' },
    ]);
  });

  it('adds up application and service disk against the plan storage', () => {
    const result = resolveServices(starter, 'feature-checkout');
    expect(result.appDiskMb).toBe(1024);
    expect(result.diskUsedMb).toBe(1024 + 2048 + 1024 + 512);
    expect(result.storageMb).toBe(5120);
  });

  it('adds the platform services and the third-party services of the role', () => {
    const result = resolveServices(starter, 'staging');
    expect(result.platform).toEqual([
      'HTTP router',
      'PHP application server (php:7.0)',
      'Git',
      'SSH',
    ]);
    expect(result.thirdParty.map((s) => s.name)).toEqual(['Fastly', 'New Relic', 'Blackfire']);
    expect(resolveServices(starter, 'feature-checkout').thirdParty).toEqual([]);
  });

  it('runs nothing in an inactive environment', () => {
    const result = resolveServices(starter, 'feature-old-theme');
    expect(result.active).toBe(false);
    expect(result.platform).toEqual([]);
    expect(result.thirdParty).toEqual([]);
  });

  it('marks changes of the deployed code that wait for a support ticket as pending', () => {
    const pro = defaultProject('pro');
    const checkoutHead = env(pro, 'feature-checkout').head;
    const checkoutFiles = tableGet(pro.commits, checkoutHead)?.files;
    if (!checkoutFiles) throw new Error('no checkout commit');
    const merged = makeCommit([env(pro, 'staging').head, checkoutHead], 'merge', 1, checkoutFiles);
    const before = env(pro, 'staging').head;
    // The merged code runs; the services applied are still those before it.
    const project = withEnvironment(
      { ...pro, commits: tableWith(pro.commits, merged) },
      'staging',
      {
        head: merged.id,
        deployment: { commit: merged.id, applied: before, variables: null, maintenance: false },
      },
    );
    const result = resolveServices(project, 'staging');
    expect(result.services.find((s) => s.id === 'rabbitmq')?.pending).toBe('added');
    expect(result.services.find((s) => s.id === 'mysql')?.pending).toBeNull();
  });

  it('reports a syntax error with its file and line instead of failing', () => {
    const project = withFiles(starter, 'staging', {
      '.magento/services.yaml': 'mysql:\n    type: mysql:10.0\n  bad: [\n',
    });
    const result = resolveServices(project, 'staging');
    expect(result.services).toEqual([]);
    expect(result.problems[0]).toMatchObject({ file: '.magento/services.yaml' });
    expect(result.problems[0]?.line).toBeGreaterThan(0);
  });
});
