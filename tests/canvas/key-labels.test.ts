import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../src/canvas/key-labels';
import { layoutTree } from '../../src/domain/layout';
import { defaultProject, env } from '../support/builders';

describe('placeLabels', () => {
  it('labels every key environment of a tree zoomed far out, none over another', () => {
    const project = defaultProject('starter');
    const environments = ['master', 'staging', 'feature-checkout'].map((id) => env(project, id));
    const positions = layoutTree(
      ['master', 'staging', 'feature-checkout', 'feature-old-theme'].map((id) => env(project, id)),
      'TB',
    );
    const placed = placeLabels(
      { environments, positions, direction: 'TB' },
      [400, 200, 0.02],
      800,
      500,
    );
    expect(placed.map((p) => p.env.id)).toEqual(['master', 'staging', 'feature-checkout']);
    const tops = placed.map((p) => p.top).sort((a, b) => a - b);
    for (let i = 1; i < tops.length; i++)
      expect((tops[i] ?? 0) - (tops[i - 1] ?? 0)).toBeGreaterThanOrEqual(20);
  });

  it('leaves out what is off screen', () => {
    const project = defaultProject('starter');
    const positions = layoutTree([env(project, 'master')], 'TB');
    const placed = placeLabels(
      { environments: [env(project, 'master')], positions, direction: 'TB' },
      [-5000, 0, 1],
      800,
      500,
    );
    expect(placed).toEqual([]);
  });
});
