import { MarkerType } from '@xyflow/react';
import { NODE_HEIGHT, NODE_WIDTH, type Point } from '../domain/layout';
import { roleRules } from '../domain/plans';
import type { EnvironmentId, Project } from '../domain/types';
import type { EnvironmentFlowNode, MergeFlowEdge } from './flow-types';

/** Edge id of a merge path, as the contract names it. */
export function mergeEdgeId(child: EnvironmentId, parent: EnvironmentId): string {
  return `${child}->${parent}`;
}

/**
 * React Flow nodes and edges derived from the project: one node per environment, one edge
 * from each child to its parent, reading "merge".
 */
export function projectToFlow(
  project: Project,
  positions: Readonly<Record<EnvironmentId, Point>>,
): { nodes: EnvironmentFlowNode[]; edges: MergeFlowEdge[] } {
  const nodes: EnvironmentFlowNode[] = [];
  const edges: MergeFlowEdge[] = [];
  for (const env of Object.values(project.environments)) {
    const roleLabel = roleRules(project.plan, env.role).label;
    nodes.push({
      id: env.id,
      type: 'environment',
      position: positions[env.id] ?? { x: 0, y: 0 },
      // Fixed sizes: layout, minimap and fit-view need no measuring pass.
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      data: { env, roleLabel },
      ariaLabel: `${env.title}: ${roleLabel}, branch ${env.id}, ${env.status}`,
      connectable: false,
      // The root has no parent to merge into.
      draggable: env.parentId !== null,
    });
    if (env.parentId !== null) {
      edges.push({
        id: mergeEdgeId(env.id, env.parentId),
        source: env.id,
        target: env.parentId,
        label: 'merge',
        ariaLabel: `Merge path from ${env.id} to ${env.parentId}`,
        markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
        className: env.status === 'inactive' ? 'merge-edge merge-edge--inactive' : 'merge-edge',
        focusable: false,
        selectable: false,
      });
    }
  }
  return { nodes, edges };
}
