import { type NodeHandle, Position } from '@xyflow/react';
import { type LayoutDirection, NODE_HEIGHT, NODE_WIDTH } from '../domain/layout';

// React Flow's default handle is a 6 px square centred on the node's border.
const HANDLE = 6;

function handle(type: 'source' | 'target', position: Position): NodeHandle {
  const x = {
    [Position.Left]: -HANDLE / 2,
    [Position.Right]: NODE_WIDTH - HANDLE / 2,
    [Position.Top]: NODE_WIDTH / 2 - HANDLE / 2,
    [Position.Bottom]: NODE_WIDTH / 2 - HANDLE / 2,
  }[position];
  const y = {
    [Position.Left]: NODE_HEIGHT / 2 - HANDLE / 2,
    [Position.Right]: NODE_HEIGHT / 2 - HANDLE / 2,
    [Position.Top]: -HANDLE / 2,
    [Position.Bottom]: NODE_HEIGHT - HANDLE / 2,
  }[position];
  return { type, position, x, y, width: HANDLE, height: HANDLE };
}

export type NodeGeometry = Readonly<{
  sourcePosition: Position;
  targetPosition: Position;
  width: number;
  height: number;
  measured: Readonly<{ width: number; height: number }>;
  handles: NodeHandle[];
}>;

/**
 * Size and handles of every node, known without looking at the DOM. Given them, React Flow
 * neither measures nodes nor watches them with a ResizeObserver; without them it would drop
 * and re-measure a node's handles each time the node object changes (every drag frame).
 * A child's source handle faces its parent; the parent's target handle faces its children.
 */
export function nodeGeometry(direction: LayoutDirection, withTarget: boolean): NodeGeometry {
  const sourcePosition = direction === 'TB' ? Position.Top : Position.Left;
  const targetPosition = direction === 'TB' ? Position.Bottom : Position.Right;
  const handles = [handle('source', sourcePosition)];
  if (withTarget) handles.push(handle('target', targetPosition));
  return {
    sourcePosition,
    targetPosition,
    width: NODE_WIDTH,
    height: NODE_HEIGHT,
    measured: { width: NODE_WIDTH, height: NODE_HEIGHT },
    handles,
  };
}
