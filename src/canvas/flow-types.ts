import type { Edge, Node } from '@xyflow/react';
import type { Environment } from '../domain/types';

export type EnvironmentNodeData = {
  env: Environment;
  roleLabel: string;
};

export type EnvironmentFlowNode = Node<EnvironmentNodeData, 'environment'>;

export type MergeFlowEdge = Edge<Record<string, never>>;
