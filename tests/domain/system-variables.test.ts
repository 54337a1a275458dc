import { describe, expect, it } from 'vitest';
import { settle } from '../../src/domain/deploy/activities';
import { environmentUrl } from '../../src/domain/environment-url';
import { fingerprint } from '../../src/domain/fingerprint';
import { branchEnvironment } from '../../src/domain/operations/branch-environment';
import { type SystemVariable, systemVariables } from '../../src/domain/system-variables';
import { tableGet, tableWith } from '../../src/domain/table';
import type { Project } from '../../src/domain/types';
import { defaultProject, env, withFiles } from '../support/builders';

function byName(project: Project, envId: string): Record<string, SystemVariable> {
  return Object.fromEntries(systemVariables(project, envId).map((v) => [v.name, v]));
}

function decodeBase64Json(value: string): unknown {
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(value), (c) => c.charCodeAt(0))));
}

describe('systemVariables', () => {
  const starter = defaultProject('starter');

  it('sets every MAGENTO_CLOUD_* variable of DOMAIN.md §5', () => {
    expect(Object.keys(byName(starter, 'staging')).sort()).toEqual(
      [
        'APPLICATION',
        'APPLICATION_NAME',
        'APP_DIR',
        'DOCUMENT_ROOT',
        'ENVIRONMENT',
        'PROJECT',
        'RELATIONSHIPS',
        'ROUTES',
        'TREE_ID',
        'VARIABLES',
      ].map((n) => `MAGENTO_CLOUD_${n}`),
    );
  });

  it('names the branch, the project, the application and its directories', () => {
    const vars = byName(starter, 'feature-checkout');
    expect(vars.MAGENTO_CLOUD_ENVIRONMENT?.value).toBe('feature-checkout');
    expect(vars.MAGENTO_CLOUD_PROJECT?.value).toBe(starter.id);
    expect(vars.MAGENTO_CLOUD_APPLICATION_NAME?.value).toBe('mymagento');
    expect(vars.MAGENTO_CLOUD_APP_DIR?.value).toBe('/app');
    expect(vars.MAGENTO_CLOUD_DOCUMENT_ROOT?.value).toBe('/app/pub');
  });

  it('derives TREE_ID from the files only, so equal trees share it and a change moves it', () => {
    const staging = byName(starter, 'staging').MAGENTO_CLOUD_TREE_ID?.value;
    expect(byName(starter, 'master').MAGENTO_CLOUD_TREE_ID?.value).toBe(staging);
    expect(byName(starter, 'feature-checkout').MAGENTO_CLOUD_TREE_ID?.value).not.toBe(staging);
    const files = tableGet(starter.commits, env(starter, 'staging').head)?.files;
    expect(staging).toBe(fingerprint(JSON.stringify(files)));
  });

  it('encodes RELATIONSHIPS as base64 JSON with scheme, host, port and path', () => {
    const rel = byName(starter, 'feature-checkout').MAGENTO_CLOUD_RELATIONSHIPS as SystemVariable;
    const decoded = decodeBase64Json(rel.value);
    expect(decoded).toEqual(rel.decoded);
    expect(decoded).toMatchObject({
      database: [
        { service: 'mysql', scheme: 'mysql', host: 'database.internal', port: 3306, path: 'main' },
      ],
      redis: [{ scheme: 'redis', port: 6379 }],
      elasticsearch: [{ scheme: 'http', port: 9200 }],
      rabbitmq: [{ scheme: 'amqp', port: 5672 }],
    });
  });

  it('resolves ROUTES against the environment host', () => {
    const routes = byName(starter, 'staging').MAGENTO_CLOUD_ROUTES?.decoded as Record<
      string,
      { original_url: string; upstream: string | null; to: string | null }
    >;
    const urls = Object.keys(routes);
    expect(urls).toHaveLength(3);
    expect(urls.every((u) => u.includes('staging-') && u.endsWith('.magentosite.cloud/'))).toBe(
      true,
    );
    const https = urls.find((u) => u.startsWith('https://') && !u.includes('www.'));
    expect(routes[https as string]).toMatchObject({
      original_url: 'https://{default}/',
      upstream: 'mymagento:php',
    });
  });

  it('puts effective variables in VARIABLES without any sensitive value, even encoded', () => {
    const v = byName(starter, 'staging').MAGENTO_CLOUD_VARIABLES as SystemVariable;
    expect(v.decoded).toMatchObject({ ADMIN_URL: 'admin_staging', ADMIN_EMAIL: 'qa@example.com' });
    const text = JSON.stringify(decodeBase64Json(v.value));
    expect(text).not.toContain('Live-Adm1n-Secret!');
    expect(text).not.toContain('9f8e7d6c');
  });

  it('sets nothing in an inactive environment', () => {
    expect(systemVariables(starter, 'feature-old-theme')).toEqual([]);
  });

  it('leaves out a relationship whose service does not exist', () => {
    const project = withFiles(starter, 'staging', {
      '.magento/services.yaml': 'mysql:\n    type: mysql:10.0\n',
    });
    const rel = byName(project, 'staging').MAGENTO_CLOUD_RELATIONSHIPS?.decoded;
    expect(Object.keys(rel as object)).toEqual(['database']);
  });
});

describe('branch names that are not host names', () => {
  it('a branch with _ and . gets routes on a host label without them', () => {
    const branched = branchEnvironment(defaultProject('starter'), {
      parent: 'staging',
      name: 'release_2.4',
    });
    if ('error' in branched) throw new Error(branched.error.message);
    const routes = decodeBase64Json(
      byName(settle(branched.project), 'release_2.4').MAGENTO_CLOUD_ROUTES?.value ?? '',
    ) as Record<string, unknown>;
    const hosts = Object.keys(routes).map((url) => new URL(url).host);
    expect(hosts.length).toBeGreaterThan(0);
    for (const host of hosts) expect(host.replace(/^www\./, '')).toMatch(/^release-2-4-/);
  });

  // Ids the branch rule refuses can still arrive from an old file: URLs are built, not thrown.
  it.each([
    ['a|b', 'a-b'],
    ['a]b', 'a-b'],
    ['feature/x', 'feature-x'],
    ['A@B', 'a-b'],
  ])('an id %s is shown on the host label %s', (id, label) => {
    const starter = defaultProject('starter');
    const project = {
      ...starter,
      environments: tableWith(starter.environments, { ...env(starter, 'feature-checkout'), id }),
    };
    const host = new URL(environmentUrl(project, env(project, id))).host;
    expect(host.startsWith(`${label}-`)).toBe(true);
    expect(() => systemVariables(project, id)).not.toThrow();
  });
});
