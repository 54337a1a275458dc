import {
  BaseEdge,
  type EdgeProps,
  getBezierPath,
  type ReactFlowState,
  useStore,
} from '@xyflow/react';
import { memo } from 'react';
import type { MergeFlowEdge } from './flow-types';
import { selectZoomDetail } from './node-display';

// Zoomed out, "merge" is too small to read; skipping the labels keeps large trees fast.
const labelsReadable = (s: ReactFlowState) => selectZoomDetail(s) === 'near';

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
      // Merge paths take no clicks, so they need no wide invisible path to catch them.
      interactionWidth={0}
    />
  );
}

export const MergeEdge = memo(MergeEdgeView);
