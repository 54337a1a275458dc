import { describe, expect, it } from 'vitest';
import { frameView, READABLE_ZOOM, scrolledIntoView } from '../../src/canvas/frame-view';
import { layoutTree, NODE_WIDTH } from '../../src/domain/layout';

const screen = { width: 800, height: 500 };

/** A root with `n` children side by side: wider than any screen once `n` is large. */
function fan(n: number) {
  const items = [{ id: 'root', parentId: null }];
  for (let i = 0; i < n; i++) items.push({ id: `c${i}`, parentId: 'root' } as never);
  return layoutTree(items, 'TB');
}

describe('frameView', () => {
  it('fits a small tree whole', () => {
    const positions = fan(2);
    const view = frameView({ positions, sets: [null], anchor: 'root', screen, direction: 'TB' });
    expect(view.zoom).toBeGreaterThan(1);
  });

  it('falls back to the next set when the whole tree would be specks', () => {
    const positions = fan(400);
    const view = frameView({
      positions,
      sets: [null, ['root', 'c0']],
      anchor: 'root',
      screen,
      direction: 'TB',
    });
    expect(view.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
  });

  it('shows the anchor at a readable zoom when no set fits', () => {
    const positions = fan(400);
    const view = frameView({ positions, sets: [null], anchor: 'c399', screen, direction: 'TB' });
    expect(view.zoom).toBe(READABLE_ZOOM);
    const p = positions.c399 ?? { x: 0, y: 0 };
    const left = p.x * view.zoom + view.x;
    expect(left).toBeGreaterThan(0);
    expect(left + NODE_WIDTH * view.zoom).toBeLessThan(screen.width);
  });
});

describe('scrolledIntoView', () => {
  it('leaves a node on screen where it is, and moves one off screen just enough', () => {
    const p = { x: 100, y: 100 };
    expect(scrolledIntoView(p, { x: 0, y: 0, zoom: 1 }, screen)).toBeNull();
    const moved = scrolledIntoView(p, { x: 600, y: 0, zoom: 1 }, screen);
    expect(moved).not.toBeNull();
    expect(moved?.zoom).toBe(1);
    expect(moved?.y).toBe(0);
    // Its right edge now sits at the room's right edge.
    expect((moved?.x ?? 0) + 100 + NODE_WIDTH).toBeCloseTo(screen.width - 24);
  });

  it('zooms in to a readable zoom from far out', () => {
    const moved = scrolledIntoView({ x: 5000, y: 5000 }, { x: 0, y: 0, zoom: 0.02 }, screen);
    expect(moved?.zoom).toBe(READABLE_ZOOM);
  });
});
