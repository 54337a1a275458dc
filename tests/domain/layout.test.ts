import { describe, expect, it } from 'vitest';
import { layoutTree, NODE_HEIGHT, NODE_WIDTH, type Point } from '../../src/domain/layout';
import { tableValues } from '../../src/domain/table';
import { PLAN_IDS } from '../../src/domain/types';
import { defaultProject } from '../support/builders';

function overlaps(a: Point, b: Point): boolean {
  return Math.abs(a.x - b.x) < NODE_WIDTH && Math.abs(a.y - b.y) < NODE_HEIGHT;
}

describe('layoutTree', () => {
  it.each(PLAN_IDS)('%s top-down: every child sits below its parent, nothing overlaps', (plan) => {
    const project = defaultProject(plan);
    const positions = layoutTree(tableValues(project.environments), 'TB');
    const envs = tableValues(project.environments);
    expect(Object.keys(positions).sort()).toEqual(envs.map((e) => e.id).sort());
    for (const e of envs) {
      if (e.parentId) expect(positions[e.id]?.y).toBeGreaterThan(positions[e.parentId]?.y ?? 0);
    }
    const points = Object.values(positions);
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        expect(overlaps(points[i] as Point, points[j] as Point)).toBe(false);
      }
    }
  });

  it('left to right: every child sits right of its parent', () => {
    const project = defaultProject('pro');
    const positions = layoutTree(tableValues(project.environments), 'LR');
    for (const e of tableValues(project.environments)) {
      if (e.parentId) expect(positions[e.id]?.x).toBeGreaterThan(positions[e.parentId]?.x ?? 0);
    }
  });
});
