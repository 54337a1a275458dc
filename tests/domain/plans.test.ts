import { describe, expect, it } from 'vitest';
import { planRules, roleRules } from '../../src/domain/plans';
import { clusterNodes } from '../../src/domain/resolve-services';
import { tableGet, tableValues } from '../../src/domain/table';
import {
  activeCount,
  ancestorsOf,
  childrenOf,
  countsTowardLimit,
  rootOf,
} from '../../src/domain/tree';
import { PLAN_IDS, type Role } from '../../src/domain/types';
import { defaultProject, env, withEnvironment } from '../support/builders';

describe('Starter plan rules', () => {
  const rules = planRules('starter');

  it('has master as Production at the root and staging under it', () => {
    expect(rules.fixedBranches.map((b) => [b.id, b.role, b.parentId])).toEqual([
      ['master', 'production', null],
      ['staging', 'staging', 'master'],
    ]);
  });

  it('allows 4 active environments in total, master included', () => {
    expect(rules.activeLimit).toMatchObject({ max: 4, roles: null });
  });

  it('gives Production Fastly and New Relic, Staging also Blackfire, Integration nothing', () => {
    const names = (role: Role) => roleRules('starter', role).thirdParty.map((s) => s.name);
    expect(names('production')).toEqual(['Fastly', 'New Relic']);
    expect(names('staging')).toEqual(['Fastly', 'New Relic', 'Blackfire']);
    expect(names('integration')).toEqual([]);
  });

  it('runs every environment in shared PaaS containers, with snapshots and YAML everywhere', () => {
    for (const role of ['production', 'staging', 'integration'] as const) {
      const r = roleRules('starter', role);
      expect(r.dedicated).toBe(false);
      expect(r.snapshots).toBe(true);
      expect(r.ticketScope).toEqual([]);
      expect(r.canBranchFrom).toBe(true);
    }
  });

  it('makes a branch of staging an integration environment', () => {
    expect(rules.childRole.staging).toBe('integration');
  });
});

describe('Pro plan rules', () => {
  const rules = planRules('pro');

  it('chains master, production, staging and integration from the root down', () => {
    expect(rules.fixedBranches.map((b) => `${b.parentId ?? '-'}>${b.id}`)).toEqual([
      '->master',
      'master>production',
      'production>staging',
      'staging>integration',
    ]);
  });

  it('limits the Integration group to 5 active environments', () => {
    expect(rules.activeLimit).toMatchObject({ max: 5, roles: ['integration', 'development'] });
  });

  it('forbids branching from master, production and staging', () => {
    expect(roleRules('pro', 'global-master').canBranchFrom).toBe(false);
    expect(roleRules('pro', 'production').canBranchFrom).toBe(false);
    expect(roleRules('pro', 'staging').canBranchFrom).toBe(false);
    expect(roleRules('pro', 'integration').canBranchFrom).toBe(true);
    expect(roleRules('pro', 'development').canBranchFrom).toBe(true);
  });

  it('puts Staging and Production on dedicated hardware with YAML by ticket, no snapshots, no data sync', () => {
    for (const role of ['staging', 'production'] as const) {
      expect(roleRules('pro', role)).toMatchObject({
        dedicated: true,
        ticketScope: [
          { file: '.magento/services.yaml' },
          { file: '.magento/routes.yaml' },
          { file: '.magento.app.yaml' },
        ],
        snapshots: false,
        dataSyncFrom: false,
      });
    }
  });

  it('describes Production as a 3-node cluster with a load balancer', () => {
    const cluster = roleRules('pro', 'production').cluster;
    const nodes = clusterNodes(defaultProject('pro'), 'production');
    expect(nodes).toHaveLength(3);
    expect(nodes.every((n) => n.runs.some((r) => r.includes('Galera')))).toBe(true);
    expect(cluster?.loadBalancerHost).toBe('{env}.c.{project}.ent.magento.cloud');
    expect(roleRules('pro', 'staging').cluster).toBeUndefined();
  });

  it('gives Integration Blackfire and New Relic on one branch only; Global Master nothing', () => {
    expect(roleRules('pro', 'integration').thirdParty.map((s) => s.name)).toEqual([
      'Blackfire',
      'New Relic',
    ]);
    expect(roleRules('pro', 'global-master').thirdParty).toEqual([]);
  });

  it('makes branches of integration and below development environments', () => {
    expect(rules.childRole.integration).toBe('development');
    expect(rules.childRole.development).toBe('development');
    expect(rules.childRole.staging).toBeUndefined();
  });
});

describe('default projects', () => {
  it.each(PLAN_IDS)('%s has one root and every parent exists', (plan) => {
    const project = defaultProject(plan);
    expect(rootOf(project)?.id).toBe(planRules(plan).fixedBranches[0]?.id);
    for (const e of tableValues(project.environments)) {
      if (e.parentId !== null) expect(tableGet(project.environments, e.parentId)).toBeDefined();
      expect(tableGet(project.commits, e.head)).toBeDefined();
    }
  });

  it('Starter: feature branches hang under staging, one active and one inactive', () => {
    const project = defaultProject('starter');
    expect(childrenOf(project, 'staging').map((e) => [e.id, e.status, e.role])).toEqual([
      ['feature-checkout', 'active', 'integration'],
      ['feature-old-theme', 'inactive', 'integration'],
    ]);
    expect(activeCount(project)).toBe(3);
  });

  it('Pro: feature branches hang under integration as development environments', () => {
    const project = defaultProject('pro');
    expect(ancestorsOf(project, 'feature-checkout').map((e) => e.id)).toEqual([
      'integration',
      'staging',
      'production',
      'master',
    ]);
    expect(tableGet(project.environments, 'feature-checkout')?.role).toBe('development');
    // Only the Integration group counts: integration and feature-checkout.
    expect(activeCount(project)).toBe(2);
    expect(countsTowardLimit(project, env(project, 'staging'))).toBe(false);
    expect(countsTowardLimit(project, env(project, 'feature-old-theme'))).toBe(true);
  });

  it('counts an activated branch toward the limit and an inactive one not', () => {
    const project = defaultProject('starter');
    const activated = withEnvironment(project, 'feature-old-theme', { status: 'active' });
    expect(activeCount(activated)).toBe(4);
  });
});
