import type { EdgeTypes } from '@xyflow/react';
import { MergeEdge } from './merge-edge';

export const edgeTypes = { merge: MergeEdge } satisfies EdgeTypes;
