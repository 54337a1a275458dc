import { describe, expect, it } from 'vitest';
import { generateSyntheticProject } from '../../src/domain/synthetic/generate-synthetic-project';
import { tableKeys, tableWith } from '../../src/domain/table';
import type { Project } from '../../src/domain/types';
import {
  findEnvironments,
  inactiveGroupId,
  NO_FILTER,
  visibleTree,
} from '../../src/domain/visible-tree';
import { defaultProject, env, withEnvironment } from '../support/builders';

/** The default Starter project with `count` more inactive branches under staging. */
function withInactiveBranches(count: number): Project {
  let project = defaultProject('starter');
  const template = env(project, 'feature-old-theme');
  for (let i = 0; i < count; i++) {
    const id = `old-${i}`;
    project = {
      ...project,
      environments: tableWith(project.environments, { ...template, id, title: `Old ${i}` }),
    };
  }
  return project;
}

const ids = (tree: ReturnType<typeof visibleTree>) => tree.environments.map((e) => e.id).sort();

describe('visibleTree', () => {
  const open = { filter: NO_FILTER, collapseInactive: false, expandedGroups: new Set<string>() };

  it('shows every environment when nothing is filtered or folded', () => {
    const project = withInactiveBranches(3);
    const tree = visibleTree(project, open);
    expect(tree.environments).toHaveLength(tableKeys(project.environments).length);
    expect(tree.groups).toEqual([]);
  });

  it('folds a parent’s inactive leaves into one group node', () => {
    const project = withInactiveBranches(3);
    const tree = visibleTree(project, { ...open, collapseInactive: true });
    expect(tree.groups).toEqual([
      {
        id: inactiveGroupId('staging'),
        parentId: 'staging',
        members: ['feature-old-theme', 'old-0', 'old-1', 'old-2'],
      },
    ]);
    expect(ids(tree)).toEqual(['feature-checkout', 'master', 'staging']);
    expect(tree.items.map((i) => i.id)).toContain('staging::inactive');
  });

  it('opens one group on request while folding stays on elsewhere', () => {
    const project = withInactiveBranches(3);
    const tree = visibleTree(project, {
      ...open,
      collapseInactive: true,
      expandedGroups: new Set(['staging']),
    });
    expect(tree.groups).toEqual([]);
    expect(ids(tree)).toContain('old-2');
  });

  it('does not fold a single inactive leaf', () => {
    const single = visibleTree(defaultProject('starter'), { ...open, collapseInactive: true });
    expect(single.groups).toEqual([]);
  });

  it('folds an inactive branch together with its inactive subtree', () => {
    let project = withInactiveBranches(3);
    project = withEnvironment(project, 'old-2', { parentId: 'old-0' });
    const tree = visibleTree(project, { ...open, collapseInactive: true });
    expect(tree.groups.map((g) => [g.parentId, g.members])).toEqual([
      ['staging', ['feature-old-theme', 'old-0', 'old-1', 'old-2']],
    ]);
    expect(ids(tree)).toEqual(['feature-checkout', 'master', 'staging']);
  });

  it('keeps an inactive branch whose subtree holds an active one, folding only its siblings', () => {
    let project = withInactiveBranches(3);
    project = withEnvironment(project, 'feature-checkout', { parentId: 'old-0' });
    const tree = visibleTree(project, { ...open, collapseInactive: true });
    expect(ids(tree)).toEqual(['feature-checkout', 'master', 'old-0', 'staging']);
    expect(tree.groups.map((g) => [g.parentId, g.members])).toEqual([
      ['staging', ['feature-old-theme', 'old-1', 'old-2']],
    ]);
  });

  it('keeps a revealed environment and its ancestors out of the folds, and only them', () => {
    let project = withInactiveBranches(3);
    project = withEnvironment(project, 'old-2', { parentId: 'old-0' });
    const tree = visibleTree(project, {
      ...open,
      collapseInactive: true,
      reveal: new Set(['old-2']),
    });
    expect(ids(tree)).toEqual(['feature-checkout', 'master', 'old-0', 'old-2', 'staging']);
    expect(tree.groups.map((g) => [g.parentId, g.members])).toEqual([
      ['staging', ['feature-old-theme', 'old-1']],
    ]);
  });

  it('opens a group one level: its branches show, their own inactive subtrees fold', () => {
    let project = withInactiveBranches(3);
    project = withEnvironment(project, 'old-1', { parentId: 'old-0' });
    project = withEnvironment(project, 'old-2', { parentId: 'old-0' });
    const tree = visibleTree(project, {
      ...open,
      collapseInactive: true,
      expandedGroups: new Set(['staging']),
    });
    expect(ids(tree)).toEqual([
      'feature-checkout',
      'feature-old-theme',
      'master',
      'old-0',
      'staging',
    ]);
    expect(tree.groups.map((g) => [g.parentId, g.members])).toEqual([
      ['old-0', ['old-1', 'old-2']],
    ]);
  });

  it('hides no environment without counting it in a group, at any size', () => {
    for (const plan of ['starter', 'pro'] as const) {
      const project = generateSyntheticProject(plan, 1000, 3);
      const tree = visibleTree(project, { ...open, collapseInactive: true });
      const hidden = tree.groups.reduce((sum, g) => sum + g.members.length, 0);
      expect(tree.environments.length + hidden).toBe(1000);
      // Only the production line and the active branches are left to draw.
      expect(tree.environments.every((e) => e.status === 'active')).toBe(true);
      expect(tree.items.length).toBeLessThan(30);
    }
  });

  it('filters by role and status but keeps the ancestors that connect the matches', () => {
    const tree = visibleTree(defaultProject('pro'), {
      ...open,
      filter: { role: 'development', status: 'inactive' },
    });
    expect(tree.matches).toBe(1);
    expect(ids(tree)).toEqual([
      'feature-old-theme',
      'integration',
      'master',
      'production',
      'staging',
    ]);
  });
});

describe('findEnvironments', () => {
  const project = defaultProject('starter');

  it('finds by branch or title, case-insensitive, best match first', () => {
    expect(findEnvironments(project, 'STAGING').map((e) => e.id)).toEqual(['staging']);
    expect(findEnvironments(project, 'rabbitmq').map((e) => e.id)).toEqual(['feature-checkout']);
    expect(findEnvironments(project, 'feature').map((e) => e.id)).toEqual([
      'feature-checkout',
      'feature-old-theme',
    ]);
  });

  it('finds nothing for a blank or unknown query', () => {
    expect(findEnvironments(project, '  ')).toEqual([]);
    expect(findEnvironments(project, 'nope')).toEqual([]);
  });
});
