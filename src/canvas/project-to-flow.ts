import { MarkerType } from '@xyflow/react';
import { NODE_HEIGHT, NODE_WIDTH, type Point } from '../domain/layout';
import { roleRules } from '../domain/plans';
import type { EnvironmentId, PlanId } from '../domain/types';
import type { VisibleTree } from '../domain/visible-tree';
import type { FlowNode, MergeFlowEdge } from './flow-types';

/** Edge id of a merge path, as the contract names it. */
export function mergeEdgeId(child: EnvironmentId, parent: EnvironmentId): string {
  return `${child}->${parent}`;
}

const MARKER = { type: MarkerType.ArrowClosed, width: 18, height: 18 };

function edge(child: string, parent: string, inactive: boolean, label: string): MergeFlowEdge {
  return {
    id: mergeEdgeId(child, parent),
    source: child,
    target: parent,
    label,
    ariaLabel: `Merge path from ${child} to ${parent}`,
    markerEnd: MARKER,
    className: inactive ? 'merge-edge merge-edge--inactive' : 'merge-edge',
    focusable: false,
    selectable: false,
  };
}

/**
 * React Flow nodes and edges derived from what the diagram shows: one node per environment
 * (or folded group of inactive branches), one edge from each child to its parent, reading
 * "merge".
 */
export function projectToFlow(
  plan: PlanId,
  tree: VisibleTree,
  positions: Readonly<Record<string, Point>>,
): { nodes: FlowNode[]; edges: MergeFlowEdge[] } {
  const nodes: FlowNode[] = [];
  const edges: MergeFlowEdge[] = [];
  for (const env of tree.environments) {
    const roleLabel = roleRules(plan, env.role).label;
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
    if (env.parentId !== null)
      edges.push(edge(env.id, env.parentId, env.status === 'inactive', 'merge'));
  }
  for (const group of tree.groups) {
    nodes.push({
      id: group.id,
      type: 'inactive-group',
      position: positions[group.id] ?? { x: 0, y: 0 },
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      data: { group },
      ariaLabel: `${group.members.length} inactive branches of ${group.parentId}, folded`,
      connectable: false,
      draggable: false,
      selectable: false,
    });
    edges.push(edge(group.id, group.parentId, true, ''));
  }
  return { nodes, edges };
}
