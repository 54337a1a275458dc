import { stratify, tree } from 'd3-hierarchy';
import type { EnvironmentId } from './types';

/** What the layout needs of a node: its id and its parent's. */
export type TreeItem = Readonly<{ id: string; parentId: string | null }>;

export type LayoutDirection = 'TB' | 'LR';

export type Point = Readonly<{ x: number; y: number }>;

export const NODE_WIDTH = 240;
export const NODE_HEIGHT = 82;
const SIBLING_GAP = 36;
const LEVEL_GAP = 60;

/**
 * Positions of every node of a tree (environments, groups) as a tidy tree: root at the top (TB) or at the left (LR).
 * Positions are top-left corners, as React Flow expects.
 */
export function layoutTree(
  items: readonly TreeItem[],
  direction: LayoutDirection,
): Record<EnvironmentId, Point> {
  const envs = [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (envs.length === 0) return {};
  const root = stratify<TreeItem>()
    .id((env) => env.id)
    .parentId((env) => env.parentId)(envs);
  const across = direction === 'TB' ? NODE_WIDTH + SIBLING_GAP : NODE_HEIGHT + SIBLING_GAP;
  const down = direction === 'TB' ? NODE_HEIGHT + LEVEL_GAP : NODE_WIDTH + LEVEL_GAP * 1.5;
  const laidOut = tree<TreeItem>().nodeSize([across, down])(root);

  const positions: Record<EnvironmentId, Point> = {};
  for (const node of laidOut.descendants()) {
    positions[node.id as string] =
      direction === 'TB'
        ? { x: node.x - NODE_WIDTH / 2, y: node.y }
        : { x: node.y, y: node.x - NODE_HEIGHT / 2 };
  }
  return positions;
}
