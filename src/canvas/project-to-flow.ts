import { MarkerType, type Position } from '@xyflow/react';
import type { LayoutDirection, Point } from '../domain/layout';
import { roleRules } from '../domain/plans';
import type { EnvironmentId, PlanId } from '../domain/types';
import type { VisibleTree } from '../domain/visible-tree';
import type { FlowNode, MergeFlowEdge } from './flow-types';
import { nodeGeometry } from './node-display';

/** Edge id of a merge path, as the contract names it. */
function mergeEdgeId(child: EnvironmentId, parent: EnvironmentId): string {
  return `${child}->${parent}`;
}

const MARKER = { type: MarkerType.ArrowClosed, width: 18, height: 18 };

function edge(child: string, parent: string, inactive: boolean, label: string): MergeFlowEdge {
  return {
    id: mergeEdgeId(child, parent),
    type: 'merge',
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

/** The previous result's objects, reused where nothing changed. */
export type FlowCache = { nodes: Map<string, FlowNode>; edges: Map<string, MergeFlowEdge> };

export function createFlowCache(): FlowCache {
  return { nodes: new Map(), edges: new Map() };
}

function samePlace(node: FlowNode | undefined, position: Point, handles: Position): boolean {
  return (
    node !== undefined &&
    node.position.x === position.x &&
    node.position.y === position.y &&
    node.sourcePosition === handles
  );
}

/**
 * React Flow nodes and edges derived from what the diagram shows: one node per environment
 * (or folded group of inactive branches), one edge from each child to its parent, reading
 * "merge". Objects whose environment and place did not change are reused from `cache`, so
 * after an operation React Flow re-renders only what it touched.
 */
export function projectToFlow(
  plan: PlanId,
  tree: VisibleTree,
  positions: Readonly<Record<string, Point>>,
  direction: LayoutDirection,
  cache: FlowCache = createFlowCache(),
): { nodes: FlowNode[]; edges: MergeFlowEdge[] } {
  const nodes: FlowNode[] = [];
  const edges: MergeFlowEdge[] = [];
  const envGeometry = nodeGeometry(direction, true);
  const groupGeometry = nodeGeometry(direction, false);
  const next = createFlowCache();
  const keep = (node: FlowNode) => {
    nodes.push(node);
    next.nodes.set(node.id, node);
  };
  const link = (e: MergeFlowEdge) => {
    const previous = cache.edges.get(e.id);
    const same = previous?.className === e.className && previous?.label === e.label;
    const kept = same && previous ? previous : e;
    edges.push(kept);
    next.edges.set(kept.id, kept);
  };
  for (const env of tree.environments) {
    const position = positions[env.id] ?? { x: 0, y: 0 };
    if (env.parentId !== null) link(edge(env.id, env.parentId, env.status === 'inactive', 'merge'));
    const previous = cache.nodes.get(env.id);
    if (
      previous?.type === 'environment' &&
      previous.data.env === env &&
      samePlace(previous, position, envGeometry.sourcePosition)
    ) {
      keep(previous);
      continue;
    }
    const roleLabel = roleRules(plan, env.role).label;
    keep({
      id: env.id,
      type: 'environment',
      position,
      ...envGeometry,
      data: { env, roleLabel },
      ariaLabel: `${env.title}: ${roleLabel}, branch ${env.id}, ${env.status}`,
      connectable: false,
      // The root has no parent to merge into.
      draggable: env.parentId !== null,
    });
  }
  for (const group of tree.groups) {
    keep({
      id: group.id,
      type: 'inactive-group',
      position: positions[group.id] ?? { x: 0, y: 0 },
      ...groupGeometry,
      data: { group },
      ariaLabel: `${group.members.length} inactive branches of ${group.parentId}, folded`,
      connectable: false,
      draggable: false,
      selectable: false,
    });
    link(edge(group.id, group.parentId, true, ''));
  }
  cache.nodes = next.nodes;
  cache.edges = next.edges;
  return { nodes, edges };
}
