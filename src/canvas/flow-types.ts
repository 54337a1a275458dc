import type { Edge, EdgeTypes, Node, NodeTypes } from '@xyflow/react';
import type { Environment } from '../domain/types';
import type { InactiveGroup } from '../domain/visible-tree';
import { EnvironmentNode } from './environment-node';
import { InactiveGroupNode } from './inactive-group-node';
import { MergeEdge } from './merge-edge';

/**
 * React Flow's side of the diagram: the node and edge types it draws, and the components
 * registered for them once, at module level.
 */

export type EnvironmentNodeData = {
  env: Environment;
  roleLabel: string;
};

export type EnvironmentFlowNode = Node<EnvironmentNodeData, 'environment'>;

export type GroupNodeData = { group: InactiveGroup };

export type GroupFlowNode = Node<GroupNodeData, 'inactive-group'>;

export type FlowNode = EnvironmentFlowNode | GroupFlowNode;

export type MergeFlowEdge = Edge<Record<string, never>>;

export const nodeTypes = {
  environment: EnvironmentNode,
  'inactive-group': InactiveGroupNode,
} satisfies NodeTypes;

export const edgeTypes = { merge: MergeEdge } satisfies EdgeTypes;
