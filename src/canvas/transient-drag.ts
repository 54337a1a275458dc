import { getBezierPath, type NodeHandle, Position } from '@xyflow/react';
import type { Point } from '../domain/layout';
import type { MergeFlowEdge } from './flow-types';
import type { NodeGeometry } from './node-display';

/** The node and merge paths a drag moves, straight in the DOM. */
export type TransientDrag = Readonly<{
  move: (position: Point) => void;
  /** Puts everything back where React Flow drew it. */
  end: () => void;
}>;

/** Class of the node being dragged while the drag lasts. */
export const DRAGGED_CLASS = 'merge-source';

/** Where an edge meets a handle, as React Flow computes it. */
function anchor(node: Point, handle: NodeHandle): Point {
  const x = node.x + handle.x;
  const y = node.y + handle.y;
  const width = handle.width ?? 0;
  const height = handle.height ?? 0;
  switch (handle.position) {
    case Position.Top:
      return { x: x + width / 2, y };
    case Position.Bottom:
      return { x: x + width / 2, y: y + height };
    case Position.Left:
      return { x, y: y + height / 2 };
    default:
      return { x: x + width, y: y + height / 2 };
  }
}

function handleOf(geometry: NodeGeometry, type: 'source' | 'target'): NodeHandle | undefined {
  return geometry.handles.find((h) => h.type === type);
}

type MovingPath = Readonly<{
  edge: Element;
  path: SVGPathElement;
  original: string;
  draw: (p: Point) => string;
}>;

/** Class of a merge edge whose path moves with the drag (its label is hidden meanwhile). */
const MOVING_EDGE_CLASS = 'merge-edge--moving';

/**
 * Starts moving node `id` of the diagram in `root` by hand: its transform and the paths of
 * its merge edges follow each `move`, and React Flow's store is left alone until `end`.
 * Re-rendering thousands of React Flow nodes and edges on every pointer move is what makes a
 * drag stutter in a large tree; a drag moves one node and a few paths, so it writes only those.
 */
export function startTransientDrag(
  root: ParentNode,
  id: string,
  edges: readonly MergeFlowEdge[],
  positions: Readonly<Record<string, Point>>,
  geometry: NodeGeometry,
): TransientDrag | null {
  const node = root.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  const source = handleOf(geometry, 'source');
  const target = handleOf(geometry, 'target');
  if (!node || !source || !target) return null;
  const originalTransform = node.style.transform;
  node.classList.add(DRAGGED_CLASS);

  const paths: MovingPath[] = [];
  for (const edge of edges) {
    const moves = edge.source === id ? 'source' : edge.target === id ? 'target' : null;
    if (!moves) continue;
    const other = positions[moves === 'source' ? edge.target : edge.source];
    const element = root.querySelector(`.react-flow__edge[data-id="${CSS.escape(edge.id)}"]`);
    const path = element?.querySelector<SVGPathElement>('.react-flow__edge-path');
    if (!other || !element || !path) continue;
    const draw = (p: Point) => {
      const [from, to] = moves === 'source' ? [p, other] : [other, p];
      const start = anchor(from, source);
      const end = anchor(to, target);
      return getBezierPath({
        sourceX: start.x,
        sourceY: start.y,
        sourcePosition: source.position,
        targetX: end.x,
        targetY: end.y,
        targetPosition: target.position,
      })[0];
    };
    element.classList.add(MOVING_EDGE_CLASS);
    paths.push({ edge: element, path, original: path.getAttribute('d') ?? '', draw });
  }

  return {
    move(position) {
      node.style.transform = `translate(${position.x}px,${position.y}px)`;
      for (const { path, draw } of paths) path.setAttribute('d', draw(position));
    },
    end() {
      // The class goes first, so the node eases back instead of jumping.
      node.classList.remove(DRAGGED_CLASS);
      node.style.transform = originalTransform;
      for (const { edge, path, original } of paths) {
        path.setAttribute('d', original);
        edge.classList.remove(MOVING_EDGE_CLASS);
      }
    },
  };
}
