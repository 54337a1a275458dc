import type { NodeTypes } from '@xyflow/react';
import { EnvironmentNode } from './environment-node';

export const nodeTypes = { environment: EnvironmentNode } satisfies NodeTypes;
