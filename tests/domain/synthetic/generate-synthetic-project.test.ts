import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/domain/config/yaml';
import { validateBranchName } from '../../../src/domain/operations/branch-environment';
import { mergeEnvironment } from '../../../src/domain/operations/merge-environment';
import { planRules, roleRules } from '../../../src/domain/plans';
import { resolveServices } from '../../../src/domain/resolve-services';
import {
  generateSyntheticProject,
  MAX_SYNTHETIC_DEPTH,
  SYNTHETIC_MERGE_BRANCH,
} from '../../../src/domain/synthetic/generate-synthetic-project';
import { tableEntries, tableGet, tableKeys, tableValues } from '../../../src/domain/table';
import { activeCount, inTreeOrder } from '../../../src/domain/tree';
import { CONFIG_FILES, type Environment, PLAN_IDS, type Project } from '../../../src/domain/types';
import { checkProject } from '../../../src/persistence/check-project';
import { defaultProject, env } from '../../support/builders';
import { succeeded } from '../builders';

const SIZES = [10, 100, 1000, 3000, 10_000] as const;

/** Depth of every environment (root 0); throws on a missing parent or a cycle. */
function depths(project: Project): Map<string, number> {
  const found = new Map<string, number>();
  const depthOf = (start: Environment): number => {
    const path: Environment[] = [];
    let depth = 0;
    for (let at: Environment | undefined = start; at; ) {
      const known = found.get(at.id);
      if (known !== undefined) {
        depth = known + 1;
        break;
      }
      if (path.includes(at)) throw new Error(`cycle through ${at.id}`);
      path.push(at);
      if (at.parentId === null) break;
      at = tableGet(project.environments, at.parentId);
      if (!at) throw new Error(`missing parent of ${path.at(-1)?.id}`);
    }
    for (const step of path.reverse()) found.set(step.id, depth++);
    return found.get(start.id) ?? 0;
  };
  for (const e of tableValues(project.environments)) depthOf(e);
  return found;
}

function childCounts(project: Project): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of tableValues(project.environments)) {
    if (e.parentId) counts.set(e.parentId, (counts.get(e.parentId) ?? 0) + 1);
  }
  return counts;
}

describe.each(PLAN_IDS)('generateSyntheticProject (%s)', (plan) => {
  const rules = planRules(plan);

  describe.each(SIZES)('with %i environments', (size) => {
    const project = generateSyntheticProject(plan, size, 1);
    const envs = tableValues(project.environments);

    it('holds exactly that many environments, each stored under its id', () => {
      expect(envs).toHaveLength(size);
      for (const [key, e] of tableEntries(project.environments)) expect(e.id).toBe(key);
    });

    it('is one tree: one root, every parent exists, no cycles', () => {
      expect(envs.filter((e) => e.parentId === null).map((e) => e.id)).toEqual([
        rules.fixedBranches[0]?.id,
      ]);
      expect(depths(project).size).toBe(size);
    });

    it('keeps the active limit, every active environment under an active parent', () => {
      expect(activeCount(project)).toBeLessThanOrEqual(rules.activeLimit.max);
      for (const e of envs.filter((x) => x.status === 'active' && x.parentId)) {
        expect(env(project, e.parentId ?? '').status).toBe('active');
      }
    });

    it('branches only where the plan allows, with the role the plan gives', () => {
      const fixed = new Set(rules.fixedBranches.map((b) => b.id));
      for (const e of envs.filter((x) => !fixed.has(x.id))) {
        const parent = env(project, e.parentId ?? '');
        expect(roleRules(plan, parent.role).canBranchFrom).toBe(true);
        expect(e.role).toBe(rules.childRole[parent.role]);
      }
    });

    it('names every branch as the platform accepts it', () => {
      for (const e of envs) expect(validateBranchName(e.id)).toEqual({ name: e.id });
    });

    it('passes the checks an imported project must pass', () => {
      expect(checkProject(project)).toEqual([]);
    });
  });

  it('starts from the default project: its fixed branches and feature-checkout', () => {
    const project = generateSyntheticProject(plan, 100, 3);
    const defaults = defaultProject(plan);
    for (const id of tableKeys(defaults.environments)) {
      expect(env(project, id)).toEqual(env(defaults, id));
    }
    expect(project.variables).toEqual(defaults.variables);
  });

  it('gives the same project for the same seed and another for another seed', () => {
    const first = generateSyntheticProject(plan, 1000, 42);
    expect(generateSyntheticProject(plan, 1000, 42)).toEqual(first);
    expect(generateSyntheticProject(plan, 1000, 43)).not.toEqual(first);
  });

  it('mixes long chains, wide fans and inactive branches', () => {
    const project = generateSyntheticProject(plan, 3000, 1);
    const deepest = Math.max(...depths(project).values());
    expect(deepest).toBeGreaterThanOrEqual(20);
    expect(deepest).toBeLessThanOrEqual(MAX_SYNTHETIC_DEPTH);
    expect(Math.max(...childCounts(project).values())).toBeGreaterThanOrEqual(20);
    const inactive = tableValues(project.environments).filter((e) => e.status === 'inactive');
    expect(inactive.length).toBeGreaterThan(2900);
  });

  it('gives some branches commits of their own, with files that parse', () => {
    const project = generateSyntheticProject(plan, 300, 1);
    const own = tableValues(project.environments).filter(
      (e) => e.parentId && e.head !== env(project, e.parentId).head,
    );
    expect(own.length).toBeGreaterThan(20);
    for (const file of CONFIG_FILES) {
      const texts = new Set(tableValues(project.commits).map((commit) => commit.files[file]));
      for (const text of texts)
        expect(parseYaml(file, text, { duplicateKeys: 'error' })).not.toHaveProperty('problem');
    }
  });

  it('lets feature-checkout merge into its parent, as in the default project', () => {
    const project = generateSyntheticProject(plan, 1000, 1);
    const { message } = succeeded(mergeEnvironment(project, { env: 'feature-checkout' }));
    expect(message).toContain(`Merged feature-checkout into ${rules.branchFromHint}`);
  });

  it('holds an active branch that adds Solr, the only child of feature-checkout', () => {
    const project = generateSyntheticProject(plan, 1000, 1);
    const { id, parentId, title } = SYNTHETIC_MERGE_BRANCH;
    expect(env(project, id)).toMatchObject({ parentId, title, status: 'active' });
    expect(childCounts(project).get(parentId)).toBe(1);
    const { project: merged } = succeeded(mergeEnvironment(project, { env: id }));
    const services = resolveServices(merged, parentId).services;
    expect(services.find((s) => s.id === 'solr')).toMatchObject({
      usedBy: ['solr'],
      pending: null,
    });
  });

  it('leaves Pro and Pro legacy one active place to spare; Starter is full', () => {
    const project = generateSyntheticProject(plan, 1000, 1);
    const spare = plan === 'starter' ? 0 : 1;
    expect(activeCount(project)).toBe(rules.activeLimit.max - spare);
  });

  it('refuses a size the plan cannot hold', () => {
    const fixed = rules.fixedBranches.length;
    expect(() => generateSyntheticProject(plan, fixed - 1, 1)).toThrow(RangeError);
    expect(() => generateSyntheticProject(plan, 20_001, 1)).toThrow(RangeError);
    expect(() => generateSyntheticProject(plan, 10.5, 1)).toThrow(RangeError);
    expect(inTreeOrder(generateSyntheticProject(plan, fixed, 1)).map((e) => e.id)).toEqual(
      rules.fixedBranches.map((b) => b.id),
    );
  });
});

describe('generateSyntheticProject (pro)', () => {
  it('never branches under master, production or staging', () => {
    const project = generateSyntheticProject('pro', 3000, 5);
    const children = childCounts(project);
    expect(children.get('master')).toBe(1);
    expect(children.get('production')).toBe(1);
    expect(children.get('staging')).toBe(1);
  });
});
