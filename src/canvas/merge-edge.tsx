import {
  BaseEdge,
  type EdgeProps,
  getBezierPath,
  type ReactFlowState,
  useStore,
} from '@xyflow/react';
import { memo } from 'react';
import type { MergeFlowEdge } from './flow-types';

// Below this zoom "merge" is too small to read; skipping the labels keeps large trees fast.
const LABEL_ZOOM = 0.4;
const labelsReadable = (s: ReactFlowState) => s.transform[2] >= LABEL_ZOOM;

/** A merge path from child to parent, labelled "merge" wherever the label can be read. */
function MergeEdgeView(props: EdgeProps<MergeFlowEdge>) {
  const showLabel = useStore(labelsReadable);
  const [path, labelX, labelY] = getBezierPath(props);
  return (
    <BaseEdge
      id={props.id}
      path={path}
      markerEnd={props.markerEnd}
      label={showLabel ? props.label : undefined}
      labelX={labelX}
      labelY={labelY}
    />
  );
}

export const MergeEdge = memo(MergeEdgeView);
