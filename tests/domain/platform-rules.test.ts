import { describe, expect, it } from 'vitest';
import { pendingTicket } from '../../src/domain/deploy/deployment';
import { importConfig } from '../../src/domain/import/import-config';
import { activateEnvironment } from '../../src/domain/operations/activate-environment';
import { branchEnvironment } from '../../src/domain/operations/branch-environment';
import { commitConfigChange } from '../../src/domain/operations/commit-config-change';
import { deactivateEnvironment } from '../../src/domain/operations/deactivate-environment';
import { deleteEnvironment } from '../../src/domain/operations/delete-environment';
import { mergeEnvironment } from '../../src/domain/operations/merge-environment';
import { syncEnvironment } from '../../src/domain/operations/sync-environment';
import { setVariableOn } from '../../src/domain/operations/variables';
import { clusterNodes } from '../../src/domain/resolve-services';
import { runtimeVariables, systemVariables } from '../../src/domain/system-variables';
import { activeLimitText } from '../../src/domain/tree';
import type { Project } from '../../src/domain/types';
import { variable } from '../../src/domain/variable';
import { defaultProject, env } from '../support/builders';
import { editYaml, fileOn, refused, succeeded } from './builders';
import { fixtureFiles } from './import/fixture-files';

/** The nine rules the explorer got wrong against DOMAIN.md §3, §5 and §6, one test each. */

const ENV_YAML = '.magento.env.yaml';

function push(project: Project, id: string, file: string, text: string): Project {
  return succeeded(commitConfigChange(project, { env: id, files: { [file]: text }, message: '' }))
    .project;
}

function systemValue(project: Project, id: string, name: string): unknown {
  const found = systemVariables(project, id).find((v) => v.name === name);
  return found?.decoded ?? found?.value;
}

describe('the platform’s rules', () => {
  it('1. a .magento.env.yaml change merged into Pro staging deploys at once, no ticket', () => {
    let project = defaultProject('pro');
    const text = editYaml(
      fileOn(project, 'integration', ENV_YAML),
      ['stage', 'deploy', 'SCD_THREADS'],
      2,
    );
    project = push(project, 'integration', ENV_YAML, text);
    project = succeeded(mergeEnvironment(project, { env: 'integration' })).project;
    expect(pendingTicket(project, env(project, 'staging'))).toEqual([]);
    const staging = env(project, 'staging');
    expect(staging.deployment?.applied).toBe(staging.head);
    expect(staging.deployState?.label).toBe('deployed: merged integration');
  });

  describe('2. on Pro no data flows from Staging or Production into Integration', () => {
    it('activating integration gives it its own Integration database', () => {
      let project = defaultProject('pro');
      for (const id of ['feature-checkout', 'integration']) {
        project = succeeded(deactivateEnvironment(project, { env: id })).project;
      }
      project = succeeded(activateEnvironment(project, { env: 'integration' })).project;
      expect(env(project, 'integration').dataOrigin).toEqual({
        from: null,
        at: expect.any(Number),
      });
    });

    it('data is never synced from staging into integration, nor into production', () => {
      const project = defaultProject('pro');
      expect(
        refused(syncEnvironment(project, { env: 'integration', code: false, data: true })).code,
      ).toBe('data-sync-forbidden');
      const intoProduction = refused(
        syncEnvironment(project, { env: 'production', code: false, data: true }),
      );
      expect(intoProduction.code).toBe('data-sync-forbidden');
      expect(intoProduction.message).toContain('production');
    });
  });

  describe('3. Pro’s provisioned environments stay', () => {
    it.each(['master', 'production', 'staging', 'integration'])('%s cannot be deleted', (id) => {
      expect(refused(deleteEnvironment(defaultProject('pro'), { env: id })).code).toBe(
        'provisioned',
      );
    });

    it.each(['production', 'staging'])('%s cannot be deactivated', (id) => {
      expect(refused(deactivateEnvironment(defaultProject('pro'), { env: id })).code).toBe(
        'dedicated',
      );
    });
  });

  it('4. MAGENTO_CLOUD_VARIABLES holds runtime variables without the env: ones, which are Unix variables', () => {
    let project = defaultProject('starter');
    project = succeeded(
      setVariableOn(project, {
        env: 'staging',
        variable: variable('BUILD_ONLY', 'x', { runtime: false }),
      }),
    ).project;
    project = succeeded(
      setVariableOn(project, { env: 'staging', variable: variable('env:SHOP_MODE', 'demo') }),
    ).project;
    const listed = systemValue(project, 'staging', 'MAGENTO_CLOUD_VARIABLES') as Record<
      string,
      unknown
    >;
    expect(Object.keys(listed)).not.toContain('BUILD_ONLY');
    expect(Object.keys(listed).filter((name) => name.startsWith('env:'))).toEqual([]);
    expect(runtimeVariables(project, 'staging').unix).toContainEqual({
      name: 'SHOP_MODE',
      value: 'demo',
    });
  });

  it('5. a sensitive variable cannot be made non-sensitive', () => {
    const project = defaultProject('starter');
    const error = refused(
      setVariableOn(project, {
        env: 'master',
        variable: variable('ADMIN_PASSWORD', 'plain', { sensitive: false }),
      }),
    );
    expect(error.code).toBe('sensitive-one-way');
    expect(error.message).toMatch(/delete it and create it anew/);
  });

  it('6. MAGENTO_CLOUD_TREE_ID on Pro staging follows merged code whose service change waits', () => {
    let project = defaultProject('pro');
    project = succeeded(mergeEnvironment(project, { env: 'feature-checkout' })).project;
    project = succeeded(mergeEnvironment(project, { env: 'integration' })).project;
    expect(pendingTicket(project, env(project, 'staging')).length).toBeGreaterThan(0);
    expect(systemValue(project, 'staging', 'MAGENTO_CLOUD_TREE_ID')).toBe(
      systemValue(project, 'integration', 'MAGENTO_CLOUD_TREE_ID'),
    );
  });

  it.each([
    'über',
    '@',
    'a/.b',
    `$!'"#,`,
    'x'.repeat(256),
    '-leading',
    'trailing.',
    'a..b',
    'x.lock',
  ])('7. refuses the branch name %j', (name) => {
    expect(
      refused(branchEnvironment(defaultProject('starter'), { parent: 'staging', name })).code,
    ).toBe('name-invalid');
  });

  it('7. accepts names of lowercase letters, digits, - _ and ., up to 255 characters', () => {
    for (const name of ['feature-1.2_x', 'a'.repeat(255), 'Upper Case']) {
      expect(
        'error' in branchEnvironment(defaultProject('starter'), { parent: 'staging', name }),
      ).toBe(false);
    }
  });

  it('8. the Production cluster runs the environment’s own services, Galera offsets 1, 2, 3', () => {
    const imported = importConfig('pro', fixtureFiles('magento__magento-cloud@2026-appserver'));
    if (!imported.ok) throw new Error('the fixture did not import');
    const nodes = clusterNodes(imported.project, 'production');
    expect(nodes).toHaveLength(3);
    nodes.forEach((node, i) => {
      const text = node.runs.join(' | ');
      expect(text).toContain('MariaDB 11.4');
      expect(text).toContain(`auto_increment_increment 3, auto_increment_offset ${i + 1}`);
      expect(text).toContain('Valkey 8.0');
      expect(text).toContain('OpenSearch 3');
      expect(text).not.toMatch(/Redis|Elasticsearch/);
    });
    expect(nodes[0]?.runs).toContain('Valkey 8.0 (primary)');
    expect(nodes[1]?.runs).toContain('Valkey 8.0 (replica)');
  });

  it('9. the Pro count says what it counts', () => {
    let project = defaultProject('pro');
    project = succeeded(
      branchEnvironment(project, { parent: 'integration', name: 'more' }),
    ).project;
    expect(activeLimitText(project)).toBe('Integration: 3 of 5 active');
    expect(activeLimitText(defaultProject('starter'))).toBe('active: 3 of 4');
  });
});
