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

/** Up to this many paths, zoomed out (titles alone, enlarged), "merge" is enlarged too. */
const FAR_LABELS_UP_TO = 400;

// Zoomed out, "merge" is drawn twice its size, as the titles are, while the tree is small;
// further out it is too small to read, and skipping the labels keeps large trees fast.
const labelScale = (s: ReactFlowState): 0 | 1 | 2 => {
  const detail = selectZoomDetail(s);
  if (detail === 'near') return 1;
  return detail === 'far' && s.edges.length <= FAR_LABELS_UP_TO ? 2 : 0;
};

// The label is always the one short word at one font size, so its background is sized once
// here: React Flow's own label measures each with getBBox, which forced a layout per edge
// (about half a second when a 1000-environment tree zoomed in far enough to show them).
const LABEL_WIDTH = 36;
const LABEL_HEIGHT = 16;

/** A merge path from child to parent, labelled "merge" wherever the label can be read. */
function MergeEdgeView(props: EdgeProps<MergeFlowEdge>) {
  const scale = useStore(labelScale);
  const showLabel = scale > 0;
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
          transform={`translate(${labelX - (scale * LABEL_WIDTH) / 2} ${labelY - (scale * LABEL_HEIGHT) / 2}) scale(${scale})`}
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
