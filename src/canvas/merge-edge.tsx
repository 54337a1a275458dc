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

// The label is always the one short word at one font size, so its background is sized once
// here: React Flow's own label measures each with getBBox, which forced a layout per edge
// (about half a second when a 1000-environment tree zoomed in far enough to show them).
const LABEL_WIDTH = 36;
const LABEL_HEIGHT = 16;

/** A merge path from child to parent, labelled "merge" wherever the label can be read. */
function MergeEdgeView(props: EdgeProps<MergeFlowEdge>) {
  const showLabel = useStore(labelsReadable);
  const [path, labelX, labelY] = getBezierPath(props);
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        markerEnd={props.markerEnd}
        // Merge paths take no clicks, so they need no wide invisible path to catch them.
        interactionWidth={0}
      />
      {showLabel && props.label && (
        <g
          className="react-flow__edge-textwrapper"
          transform={`translate(${labelX - LABEL_WIDTH / 2} ${labelY - LABEL_HEIGHT / 2})`}
        >
          <rect
            className="react-flow__edge-textbg"
            width={LABEL_WIDTH}
            height={LABEL_HEIGHT}
            rx={2}
          />
          <text
            className="react-flow__edge-text"
            x={LABEL_WIDTH / 2}
            y={LABEL_HEIGHT / 2}
            dy="0.3em"
            textAnchor="middle"
          >
            {props.label}
          </text>
        </g>
      )}
    </>
  );
}

export const MergeEdge = memo(MergeEdgeView);
