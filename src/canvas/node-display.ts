import type { ReactFlowState } from '@xyflow/react';
import { type NodeHandle, Position } from '@xyflow/react';
import { type LayoutDirection, NODE_HEIGHT, NODE_WIDTH } from '../domain/layout';
import type { Role } from '../domain/types';

/** How a node is drawn: its fixed size and handles, its role's colour and icon, and how much
 * of it shows at the current zoom. */

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

/** Colour and icon per role; the colours are the palette's (src/app/theme.css), one per theme,
 * each 4.5:1 against the node's face. */
export const ROLE_STYLE: Readonly<Record<Role, { color: string; icon: string }>> = {
  'global-master': { color: 'var(--role-global-master)', icon: '◆' },
  production: { color: 'var(--role-production)', icon: '★' },
  staging: { color: 'var(--role-staging)', icon: '▲' },
  integration: { color: 'var(--role-integration)', icon: '●' },
  development: { color: 'var(--role-development)', icon: '◇' },
};

/**
 * How much of each node the diagram draws at the current zoom. Below NEAR_ZOOM a node's
 * 14 px title would be under 10 px on screen, so a node shows just its title, at 28 px; below
 * TINY_ZOOM even that is unreadable and a node is a block in its role's colour (key-labels.tsx
 * still names the production line and the active branches). Fewer elements per node also
 * keep dragging smooth when a large tree is seen whole.
 */
export type ZoomDetail = 'near' | 'far' | 'tiny';

/** From this zoom a node's 14 px title is 10 px or more on screen. */
export const NEAR_ZOOM = 0.72;
const TINY_ZOOM = 0.12;

function zoomDetail(zoom: number): ZoomDetail {
  if (zoom >= NEAR_ZOOM) return 'near';
  return zoom >= TINY_ZOOM ? 'far' : 'tiny';
}

export const selectZoomDetail = (s: ReactFlowState): ZoomDetail => zoomDetail(s.transform[2]);
