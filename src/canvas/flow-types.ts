import type { Edge, Node } from '@xyflow/react';
import type { Environment } from '../domain/types';
import type { InactiveGroup } from '../domain/visible-tree';

export type EnvironmentNodeData = {
  env: Environment;
  roleLabel: string;
};

export type EnvironmentFlowNode = Node<EnvironmentNodeData, 'environment'>;

export type GroupNodeData = { group: InactiveGroup };

export type GroupFlowNode = Node<GroupNodeData, 'inactive-group'>;

export type FlowNode = EnvironmentFlowNode | GroupFlowNode;

export type MergeFlowEdge = Edge<Record<string, never>>;
