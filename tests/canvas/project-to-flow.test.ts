import { describe, expect, it } from 'vitest';
import { createFlowCache, projectToFlow } from '../../src/canvas/project-to-flow';
import { layoutTree } from '../../src/domain/layout';
import { mergeEnvironment } from '../../src/domain/operations/merge-environment';
import type { Project } from '../../src/domain/types';
import { NO_FILTER, visibleTree } from '../../src/domain/visible-tree';
import { defaultProject } from '../support/builders';

function flow(project: Project, cache = createFlowCache(), direction: 'TB' | 'LR' = 'TB') {
  const tree = visibleTree(project, {
    filter: NO_FILTER,
    collapseInactive: false,
    expandedGroups: new Set(),
  });
  return projectToFlow(project.plan, tree, layoutTree(tree.items, direction), direction, cache);
}

describe('projectToFlow', () => {
  it('draws a node per environment and a merge edge from each child to its parent', () => {
    const { nodes, edges } = flow(defaultProject('pro'));
    expect(nodes.map((n) => n.id).sort()).toEqual([
      'feature-checkout',
      'feature-old-theme',
      'integration',
      'master',
      'production',
      'staging',
    ]);
    expect(edges.map((e) => e.id).sort()).toEqual([
      // The contract's ids (DESIGN.md), written out: `<child>-><parent>`.
      'feature-checkout->integration',
      'feature-old-theme->integration',
      'integration->staging',
      'production->master',
      'staging->production',
    ]);
    expect(edges.every((e) => e.label === 'merge' && e.type === 'merge')).toBe(true);
  });

  it('reuses the objects of everything an operation did not touch', () => {
    const project = defaultProject('starter');
    const cache = createFlowCache();
    const before = flow(project, cache);
    const merged = mergeEnvironment(project, { env: 'feature-checkout' });
    if ('error' in merged) throw new Error(merged.error.message);
    const after = flow(merged.project, cache);
    const changed = after.nodes.filter((n, i) => n !== before.nodes[i]).map((n) => n.id);
    expect(changed).toEqual(['staging']);
    expect(after.edges.every((e, i) => e === before.edges[i])).toBe(true);
  });

  it('makes new nodes when the direction changes, with handles on the new sides', () => {
    const project = defaultProject('starter');
    const cache = createFlowCache();
    const down = flow(project, cache, 'TB');
    const across = flow(project, cache, 'LR');
    expect(across.nodes.every((n, i) => n !== down.nodes[i])).toBe(true);
    expect(across.nodes[0]).toMatchObject({ sourcePosition: 'left', targetPosition: 'right' });
  });
});
