import { stratify, tree } from 'd3-hierarchy';
import type { EnvironmentId, Project } from './types';

export type LayoutDirection = 'TB' | 'LR';

export type Point = Readonly<{ x: number; y: number }>;

export const NODE_WIDTH = 240;
export const NODE_HEIGHT = 88;
const SIBLING_GAP = 36;
const LEVEL_GAP = 72;

/**
 * Positions of every environment as a tidy tree: root at the top (TB) or at the left (LR).
 * Positions are top-left corners, as React Flow expects.
 */
export function layoutTree(
  project: Project,
  direction: LayoutDirection,
): Record<EnvironmentId, Point> {
  const envs = Object.values(project.environments).sort((a, b) => a.id.localeCompare(b.id));
  if (envs.length === 0) return {};
  const root = stratify<(typeof envs)[number]>()
    .id((env) => env.id)
    .parentId((env) => env.parentId)(envs);
  const across = direction === 'TB' ? NODE_WIDTH + SIBLING_GAP : NODE_HEIGHT + SIBLING_GAP;
  const down = direction === 'TB' ? NODE_HEIGHT + LEVEL_GAP : NODE_WIDTH + LEVEL_GAP * 1.5;
  const laidOut = tree<(typeof envs)[number]>().nodeSize([across, down])(root);

  const positions: Record<EnvironmentId, Point> = {};
  for (const node of laidOut.descendants()) {
    positions[node.id as string] =
      direction === 'TB'
        ? { x: node.x - NODE_WIDTH / 2, y: node.y }
        : { x: node.y, y: node.x - NODE_HEIGHT / 2 };
  }
  return positions;
}
