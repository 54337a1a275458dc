import type { NodeTypes } from '@xyflow/react';
import { EnvironmentNode } from './environment-node';
import { InactiveGroupNode } from './inactive-group-node';

export const nodeTypes = {
  environment: EnvironmentNode,
  'inactive-group': InactiveGroupNode,
} satisfies NodeTypes;
