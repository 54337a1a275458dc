import { getViewportForBounds, type Viewport } from '@xyflow/react';
import { type LayoutDirection, NODE_HEIGHT, NODE_WIDTH, type Point } from '../domain/layout';

/** Where the diagram's view goes: what to show, and what must be on screen whatever else fits. */

// Room at the top for the diagram toolbar, at the bottom for the export buttons.
export const FIT_PADDING = { top: 64, bottom: 48, left: 24, right: 24 } as const;
export const FIT_VIEW_OPTIONS = {
  padding: { top: '64px', bottom: '48px', left: '24px', right: '24px' },
  maxZoom: 1.2,
} as const;
export const MIN_ZOOM = 0.02;

/**
 * The least zoom at which a node's title reads: zoomed out, a node draws its title alone at
 * 28 px (node-display.ts), 10.5 px on screen here.
 */
export const READABLE_ZOOM = 0.375;

export type Rect = Readonly<{ x: number; y: number; width: number; height: number }>;
type Screen = Readonly<{ width: number; height: number }>;

/** The rectangle that holds every node placed at `points` (their top-left corners). */
export function boundsOf(points: Iterable<Point>): Rect | null {
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y } of points) {
    left = Math.min(left, x);
    top = Math.min(top, y);
    right = Math.max(right, x + NODE_WIDTH);
    bottom = Math.max(bottom, y + NODE_HEIGHT);
  }
  return left === Infinity ? null : { x: left, y: top, width: right - left, height: bottom - top };
}

function placed(positions: Readonly<Record<string, Point>>, ids: Iterable<string>): Point[] {
  const points: Point[] = [];
  for (const id of ids) {
    const p = Object.hasOwn(positions, id) ? positions[id] : undefined;
    if (p) points.push(p);
  }
  return points;
}

export type FrameRequest = Readonly<{
  positions: Readonly<Record<string, Point>>;
  /**
   * What to show, most first: each set is fitted in turn and the first that fits at a zoom
   * where titles read is taken. `null` stands for every node placed.
   */
  sets: readonly (Iterable<string> | null)[];
  /** What must be on screen when no set fits readably: the selection, the root. */
  anchor: string | null;
  screen: Screen;
  direction: LayoutDirection;
}>;

/**
 * The viewport for a request: the first of its sets fitted whole, if its titles read there;
 * otherwise the anchor at the least readable zoom, centred across the tree and, down it, with
 * the last set's start on screen when the anchor fits with it (reading starts at the root).
 */
export function frameView({ positions, sets, anchor, screen, direction }: FrameRequest): Viewport {
  const { width, height } = screen;
  const padding = FIT_VIEW_OPTIONS.padding;
  let last: Rect | null = null;
  for (const set of sets) {
    const bounds = boundsOf(set === null ? Object.values(positions) : placed(positions, set));
    if (!bounds) continue;
    last = bounds;
    const fit = getViewportForBounds(
      bounds,
      width,
      height,
      MIN_ZOOM,
      FIT_VIEW_OPTIONS.maxZoom,
      padding,
    );
    if (fit.zoom >= READABLE_ZOOM) return fit;
  }
  const at = anchor === null ? undefined : placed(positions, [anchor])[0];
  if (!at || !last) {
    return last
      ? getViewportForBounds(last, width, height, MIN_ZOOM, FIT_VIEW_OPTIONS.maxZoom, padding)
      : { x: 0, y: 0, zoom: 1 };
  }
  const zoom = READABLE_ZOOM;
  const across = (start: number, size: number, room: number) =>
    room / 2 - (start + size / 2) * zoom;
  const down = (start: number, size: number, setStart: number, room: number, inset: number) =>
    (start + size - setStart) * zoom <= room - inset - FIT_PADDING.bottom
      ? inset - setStart * zoom
      : room / 2 - (start + size / 2) * zoom;
  return direction === 'TB'
    ? {
        zoom,
        x: across(at.x, NODE_WIDTH, width),
        y: down(at.y, NODE_HEIGHT, last.y, height, FIT_PADDING.top),
      }
    : {
        zoom,
        y: across(at.y, NODE_HEIGHT, height),
        x: down(at.x, NODE_WIDTH, last.x, width, FIT_PADDING.left),
      };
}

/**
 * The viewport that shows the node at `p` whole, moved as little as it can be: null when it is
 * on screen already, at a zoom where its title reads. Too far out, it is centred at the least
 * readable zoom. The toolbar's band at the top counts as off screen.
 */
export function scrolledIntoView(p: Point, viewport: Viewport, screen: Screen): Viewport | null {
  const { zoom } = viewport;
  if (zoom < READABLE_ZOOM) {
    return {
      zoom: READABLE_ZOOM,
      x: screen.width / 2 - (p.x + NODE_WIDTH / 2) * READABLE_ZOOM,
      y: screen.height / 2 - (p.y + NODE_HEIGHT / 2) * READABLE_ZOOM,
    };
  }
  const shift = (start: number, size: number, low: number, high: number) => {
    if (start >= low && start + size <= high) return 0;
    // Wider than the room: its start is what shows.
    return start < low || size > high - low ? low - start : high - (start + size);
  };
  const dx = shift(
    p.x * zoom + viewport.x,
    NODE_WIDTH * zoom,
    FIT_PADDING.left,
    screen.width - FIT_PADDING.right,
  );
  const dy = shift(
    p.y * zoom + viewport.y,
    NODE_HEIGHT * zoom,
    FIT_PADDING.top,
    screen.height - FIT_PADDING.bottom,
  );
  // Within a pixel or two of the room counts as on screen (the fit leaves nodes at its edge).
  if (Math.abs(dx) < 2 && Math.abs(dy) < 2) return null;
  return { zoom, x: viewport.x + dx, y: viewport.y + dy };
}
