import { describe, expect, it } from 'vitest';
import { pendingTicket } from '../../src/domain/deploy/deployment';
import { activateEnvironment } from '../../src/domain/operations/activate-environment';
import { branchEnvironment } from '../../src/domain/operations/branch-environment';
import { commitConfigChange } from '../../src/domain/operations/commit-config-change';
import { deactivateEnvironment } from '../../src/domain/operations/deactivate-environment';
import { deleteEnvironment } from '../../src/domain/operations/delete-environment';
import { mergeEnvironment } from '../../src/domain/operations/merge-environment';
import { setVariableOn } from '../../src/domain/operations/variables';
import { PLANS, roleRules } from '../../src/domain/plans';
import { resolveServices } from '../../src/domain/resolve-services';
import { activeLimitText } from '../../src/domain/tree';
import type { Project } from '../../src/domain/types';
import { variable } from '../../src/domain/variable';
import { defaultProject, env } from '../support/builders';
import { editYaml, fileOn, refused, succeeded } from './builders';

const APP = '.magento.app.yaml';

function push(project: Project, id: string, text: string): Project {
  return succeeded(commitConfigChange(project, { env: id, files: { [APP]: text }, message: '' }))
    .project;
}

describe('today’s rules beside the 2.1 docs (DOMAIN.md §8)', () => {
  it('Starter today: master, staging and up to two active Integration environments', () => {
    let project = defaultProject('starter', 'today');
    expect(activeLimitText(project)).toBe('Integration: 1 of 2 active');
    project = succeeded(branchEnvironment(project, { parent: 'staging', name: 'two' })).project;
    const error = refused(branchEnvironment(project, { parent: 'staging', name: 'three' }));
    expect(error.code).toBe('active-limit');
    expect(error.message).toContain(
      'would make 3 active Integration environments (master and staging apart); Starter allows 2 (Adobe Commerce on cloud today: Starter architecture)',
    );
    // The 2.1 docs allow it: master plus three.
    const old = succeeded(
      branchEnvironment(defaultProject('starter'), { parent: 'staging', name: 'two' }),
    ).project;
    expect(activeLimitText(old)).toBe('active: 4 of 4');
  });

  it('Pro today: integration plus one more active', () => {
    const project = defaultProject('pro', 'today');
    expect(activeLimitText(project)).toBe('Integration: 2 of 2 active');
    expect(refused(activateEnvironment(project, { env: 'feature-old-theme' })).code).toBe(
      'active-limit',
    );
    expect(
      'error' in activateEnvironment(defaultProject('pro'), { env: 'feature-old-theme' }),
    ).toBe(false);
  });

  it('today’s default project runs today’s services', () => {
    const services = resolveServices(defaultProject('starter', 'today'), 'master').services;
    expect(services.map((s) => `${s.id} ${s.type}`)).toEqual([
      'mysql mysql:11.4',
      'cache valkey:8.0',
      'opensearch opensearch:3',
    ]);
    expect(services.every((s) => s.usedBy.length === 1)).toBe(true);
  });

  it('Blackfire is not in today’s plan tables, and New Relic is not on Pro Integration', () => {
    const names = (
      plan: 'starter' | 'pro',
      role: 'staging' | 'integration',
      edition: '2.1' | 'today',
    ) => roleRules(plan, role, edition).thirdParty.map((t) => t.name);
    expect(names('starter', 'staging', '2.1')).toContain('Blackfire');
    expect(names('starter', 'staging', 'today')).not.toContain('Blackfire');
    expect(names('pro', 'integration', '2.1')).toEqual(['Blackfire', 'New Relic']);
    expect(names('pro', 'integration', 'today')).toEqual([]);
  });

  it('a Pro staging ticket today holds mounts back, but not other application settings', () => {
    let project = defaultProject('pro', 'today');
    const mounts = editYaml(
      fileOn(project, 'integration', APP),
      ['mounts', 'pub/export'],
      'shared:files/export',
    );
    project = push(project, 'integration', mounts);
    project = succeeded(mergeEnvironment(project, { env: 'integration' })).project;
    expect(pendingTicket(project, env(project, 'staging')).map((c) => c.setting)).toEqual([
      'mounts',
    ]);

    let other = defaultProject('pro', 'today');
    const crons = editYaml(
      fileOn(other, 'integration', APP),
      ['crons', 'cronrun', 'spec'],
      '*/10 * * * *',
    );
    other = push(other, 'integration', crons);
    other = succeeded(mergeEnvironment(other, { env: 'integration' })).project;
    expect(pendingTicket(other, env(other, 'staging'))).toEqual([]);
    // In the 2.1 docs every application change waits.
    let old = defaultProject('pro');
    old = push(
      old,
      'integration',
      editYaml(fileOn(old, 'integration', APP), ['crons', 'cronrun', 'spec'], '*/10 * * * *'),
    );
    old = succeeded(mergeEnvironment(old, { env: 'integration' })).project;
    expect(pendingTicket(old, env(old, 'staging')).length).toBeGreaterThan(0);
  });

  it('each edition is a table of the same plans: today changes entries, not code', () => {
    expect(Object.keys(PLANS.today)).toEqual(Object.keys(PLANS['2.1']));
    for (const plan of ['starter', 'pro', 'pro-legacy'] as const) {
      expect(PLANS.today[plan].fixedBranches).toEqual(PLANS['2.1'][plan].fixedBranches);
    }
  });
});

describe('Pro legacy: projects created before 23 October 2017 (DOMAIN.md §3, S5)', () => {
  it('draws Integration master under Staging under Production, each a master branch', () => {
    const project = defaultProject('pro-legacy');
    expect(
      ['production', 'staging', 'master', 'feature-checkout'].map(
        (id) => env(project, id).parentId,
      ),
    ).toEqual([null, 'production', 'staging', 'master']);
    expect(env(project, 'staging').title).toBe('Staging (master)');
    expect(activeLimitText(project)).toBe('Integration: 2 of 6 active');
  });

  it('allows six active Integration environments, master included', () => {
    let project = defaultProject('pro-legacy');
    for (const name of ['a', 'b', 'c', 'd']) {
      project = succeeded(branchEnvironment(project, { parent: 'master', name })).project;
    }
    expect(activeLimitText(project)).toBe('Integration: 6 of 6 active');
    expect(refused(branchEnvironment(project, { parent: 'master', name: 'e' })).code).toBe(
      'active-limit',
    );
  });

  it('refuses variables on Staging and Production without a ticket, and branching from them', () => {
    const project = defaultProject('pro-legacy');
    for (const id of ['staging', 'production']) {
      const error = refused(setVariableOn(project, { env: id, variable: variable('X', '1') }));
      expect(error.code).toBe('needs-ticket');
      expect(error.message).toMatch(/only through a support ticket/);
      expect(refused(branchEnvironment(project, { parent: id, name: 'x' })).code).toBe(
        'branch-forbidden',
      );
    }
    expect('error' in setVariableOn(project, { env: 'master', variable: variable('X', '1') })).toBe(
      false,
    );
  });

  it('keeps its provisioned environments: none deleted, Staging, Production and master not deactivated', () => {
    const project = defaultProject('pro-legacy');
    for (const id of ['production', 'staging', 'master']) {
      expect(refused(deleteEnvironment(project, { env: id })).code).toBe('provisioned');
    }
    expect(refused(deactivateEnvironment(project, { env: 'staging' })).code).toBe('dedicated');
    expect(refused(deactivateEnvironment(project, { env: 'production' })).code).toBe('dedicated');
  });

  it('Fastly, New Relic and Blackfire only on Staging and Production', () => {
    const project = defaultProject('pro-legacy');
    expect(resolveServices(project, 'master').thirdParty).toEqual([]);
    expect(resolveServices(project, 'staging').thirdParty.map((t) => t.name)).toEqual([
      'Fastly',
      'New Relic',
      'Blackfire',
    ]);
  });

  it('a service change merged into Staging waits for a ticket', () => {
    let project = defaultProject('pro-legacy');
    project = succeeded(mergeEnvironment(project, { env: 'feature-checkout' })).project;
    project = succeeded(mergeEnvironment(project, { env: 'master' })).project;
    expect(pendingTicket(project, env(project, 'staging')).length).toBeGreaterThan(0);
  });
});

describe('the default project of every plan and edition', () => {
  it.each(
    Object.values(PLANS).flatMap((plans) =>
      Object.values(plans).map((p) => [p.edition, p.id] as const),
    ),
  )(
    '%s %s: feature-checkout merges into its parent and the parent runs RabbitMQ',
    (edition, plan) => {
      const project = defaultProject(plan, edition);
      const merged = succeeded(mergeEnvironment(project, { env: 'feature-checkout' })).project;
      const parent = env(merged, 'feature-checkout').parentId ?? '';
      expect(resolveServices(merged, parent).services.map((s) => s.id)).toContain('rabbitmq');
    },
  );
});
