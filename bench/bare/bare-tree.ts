import type { Edge, Node } from '@xyflow/react';
import { stratify, tree } from 'd3-hierarchy';
import { NODE_HEIGHT, NODE_WIDTH } from '../../src/domain/layout';
import { tableValues } from '../../src/domain/table';
import type { Project } from '../../src/domain/types';

// The app's gaps (src/domain/layout.ts), top to bottom, so both pages draw the same tree.
const ACROSS = NODE_WIDTH + 36;
const DOWN = NODE_HEIGHT + 72;

/**
 * Plain React Flow nodes and edges for a project's tree: default node type, a label, fixed
 * size (as the app's nodes have), positioned as a tidy tree.
 */
export function bareTree(project: Project): { nodes: Node[]; edges: Edge[] } {
  const envs = tableValues(project.environments).sort((a, b) => (a.id < b.id ? -1 : 1));
  const root = stratify<(typeof envs)[number]>()
    .id((env) => env.id)
    .parentId((env) => env.parentId)(envs);
  const nodes: Node[] = [];
  const edges: Edge[] = [];
  for (const item of tree<(typeof envs)[number]>().nodeSize([ACROSS, DOWN])(root).descendants()) {
    const { id, parentId } = item.data;
    nodes.push({
      id,
      position: { x: item.x - NODE_WIDTH / 2, y: item.y },
      data: { label: id },
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
    });
    if (parentId !== null) edges.push({ id: `${id}->${parentId}`, source: parentId, target: id });
  }
  return { nodes, edges };
}
