import { describe, expect, it } from 'vitest';
import { settle } from '../../../src/domain/deploy/activities';
import { filesAt } from '../../../src/domain/git/commit-graph';
import { importConfig } from '../../../src/domain/import/import-config';
import type { Carried, KeptImport } from '../../../src/domain/import/import-into-project';
import type { ImportFile } from '../../../src/domain/import/import-result';
import { resolveServices } from '../../../src/domain/resolve-services';
import { tableKeys as tableIds } from '../../../src/domain/table';
import type { Project } from '../../../src/domain/types';
import { defaultProject, env, withFiles } from '../../support/builders';
import { APP_YAML, SERVICES_YAML } from './import-outcome';

const FILES: ImportFile[] = [
  { path: 'shop/.magento.app.yaml', text: APP_YAML },
  { path: 'shop/.magento/services.yaml', text: SERVICES_YAML },
];

function keptOf(result: ReturnType<typeof importConfig>): Extract<KeptImport, { ok: true }> {
  if (!result.ok) throw new Error(`the import was refused: ${result.errors[0]?.message}`);
  if (!result.kept?.ok) throw new Error(`no kept project: ${JSON.stringify(result.kept)}`);
  return result.kept;
}

const how = (carried: readonly Carried[]) => Object.fromEntries(carried.map((c) => [c.env, c.how]));

const servicesOf = (project: Project, id: string) =>
  resolveServices(project, id)
    .services.map((s) => s.type)
    .sort();

describe('importing into the current project keeps its branches', () => {
  it('Starter: commits on master, syncs staging, merges into feature-checkout, leaves the inactive one', () => {
    const before = defaultProject('starter');
    const kept = keptOf(importConfig('starter', FILES, before));
    expect(how(kept.carried)).toEqual({
      master: 'pushed',
      staging: 'synced',
      'feature-checkout': 'merged',
      'feature-old-theme': 'inactive',
    });
    const after = settle(kept.project);
    expect(tableIds(after.environments)).toEqual(tableIds(before.environments));
    expect(after.variables).toEqual(before.variables);
    for (const id of tableIds(before.environments))
      expect(env(after, id).variables).toEqual(env(before, id).variables);

    expect(servicesOf(after, 'master')).toEqual(['mysql:10.6', 'redis:7.2']);
    expect(servicesOf(after, 'staging')).toEqual(['mysql:10.6', 'redis:7.2']);
    // Its own commit (RabbitMQ) stays on top of the imported services.
    expect(servicesOf(after, 'feature-checkout')).toEqual([
      'mysql:10.6',
      'rabbitmq:3.5',
      'redis:7.2',
    ]);
    expect(env(after, 'feature-old-theme').head).toBe(env(before, 'feature-old-theme').head);
    // Files not imported stay as the root had them.
    expect(filesAt(after.commits, env(after, 'master').head)['.magento/routes.yaml']).toBe(
      filesAt(before.commits, env(before, 'master').head)['.magento/routes.yaml'],
    );
    // Each push and sync deployed, and the log says so after what was there.
    const deployed = after.activity.slice(before.activity.length);
    expect(deployed.map((a) => [a.environment, a.result])).toEqual([
      ['master', 'success'],
      ['staging', 'success'],
      ['feature-checkout', 'success'],
    ]);
  });

  it('Pro: the files travel the production line; Staging and Production wait for a ticket', () => {
    const before = defaultProject('pro');
    const kept = keptOf(importConfig('pro', FILES, before));
    const carried = how(kept.carried);
    expect(carried.master).toBe('pushed');
    for (const id of ['production', 'staging', 'integration']) expect(carried[id]).toBe('synced');
    const after = settle(kept.project);
    for (const id of ['master', 'integration'])
      expect(servicesOf(after, id)).toEqual(['mysql:10.6', 'redis:7.2']);
    // The code arrives, but service changes on dedicated hardware wait for a support ticket.
    for (const id of ['production', 'staging']) {
      expect(kept.carried.find((c) => c.env === id)?.detail).toContain('support ticket');
      const rows = resolveServices(after, id).services;
      expect(rows.map((s) => [s.type, s.pending])).toEqual([
        ['mysql:10.0', 'changed'],
        ['redis:3.0', 'changed'],
        ['elasticsearch:2.4', 'removed'],
      ]);
    }
  });

  it('a branch whose own work changes the same setting keeps its files and names the setting', () => {
    const mysql11 = SERVICES_YAML.replace('mysql:10.6', 'mysql:11.4');
    const base = defaultProject('starter');
    const ownMysql = withFiles(base, 'staging', {
      '.magento/services.yaml': 'mysql:\n    type: mysql:10.3\n    disk: 2048\n',
    });
    const kept = keptOf(
      importConfig(
        'starter',
        [FILES[0] as ImportFile, { path: '.magento/services.yaml', text: mysql11 }],
        ownMysql,
      ),
    );
    const staging = kept.carried.find((c) => c.env === 'staging');
    expect(staging?.how).toBe('conflict');
    expect(staging?.detail).toContain('mysql');
    expect(env(kept.project, 'staging').head).toBe(env(ownMysql, 'staging').head);
    // Below it, the imported version does not arrive: staging, its parent, never took it.
    expect(servicesOf(settle(kept.project), 'feature-checkout')).not.toContain('mysql:11.4');
  });

  it("is not offered when the root's other files would not deploy with the imported ones", () => {
    // The default application reaches elasticsearch, which this services.yaml drops.
    const result = importConfig(
      'starter',
      [{ path: '.magento/services.yaml', text: SERVICES_YAML }],
      defaultProject('starter'),
    );
    if (!result.ok) throw new Error('the import itself was refused');
    expect(result.kept).toMatchObject({ ok: false });
    expect(result.kept?.ok === false && result.kept.reason).toContain('"elasticsearch"');
  });

  it('files the root already has change nothing there, and the rest is said to be up to date', () => {
    const base = defaultProject('starter');
    const same = filesAt(base.commits, env(base, 'master').head)['.magento/services.yaml'];
    const kept = keptOf(
      importConfig('starter', [{ path: '.magento/services.yaml', text: same }], base),
    );
    expect(how(kept.carried)).toEqual({
      master: 'unchanged',
      staging: 'unchanged',
      'feature-checkout': 'unchanged',
      'feature-old-theme': 'inactive',
    });
    expect(kept.project.commits).toBe(base.commits);
  });

  it('the new-project choice is still offered beside it, with only the fixed branches', () => {
    const result = importConfig('starter', FILES, defaultProject('starter'));
    if (!result.ok) throw new Error('refused');
    expect(tableIds(result.project.environments).sort()).toEqual(['master', 'staging']);
    expect(importConfig('starter', FILES).ok && importConfig('starter', FILES)).toMatchObject({
      kept: null,
    });
  });
});
