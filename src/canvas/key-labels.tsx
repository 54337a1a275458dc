import { type ReactFlowState, useStore } from '@xyflow/react';
import { memo } from 'react';
import { type LayoutDirection, NODE_HEIGHT, NODE_WIDTH, type Point } from '../domain/layout';
import type { Environment } from '../domain/types';
import { READABLE_ZOOM } from './frame-view';
import { ROLE_STYLE } from './node-display';

/** More labels than this would cover the tree they name. */
const MOST_LABELS = 40;
const LABEL_HEIGHT = 20;
// A guess at the label's width from its length (12 px text), for keeping labels apart.
const CHAR_WIDTH = 7;

type Props = Readonly<{
  /** In priority order: the selection first, then the production line and the active branches. */
  environments: readonly Environment[];
  positions: Readonly<Record<string, Point>>;
  direction: LayoutDirection;
}>;

const selectZoomedOut = (s: ReactFlowState) => s.transform[2] < READABLE_ZOOM;
const selectView = (s: ReactFlowState) => s.transform;
const selectWidth = (s: ReactFlowState) => s.width;
const selectHeight = (s: ReactFlowState) => s.height;

type Box = { left: number; top: number; width: number };

function overlaps(a: Box, b: Box): boolean {
  return (
    a.left < b.left + b.width &&
    b.left < a.left + a.width &&
    a.top < b.top + LABEL_HEIGHT &&
    b.top < a.top + LABEL_HEIGHT
  );
}

/** Where each label goes on screen: beside its node, moved down past the labels placed before it. Exported for tests. */
export function placeLabels(
  { environments, positions, direction }: Props,
  [x, y, zoom]: readonly [number, number, number],
  width: number,
  height: number,
) {
  const placed: (Box & { env: Environment })[] = [];
  for (const env of environments) {
    if (placed.length === MOST_LABELS) break;
    const p = Object.hasOwn(positions, env.id) ? positions[env.id] : undefined;
    if (!p) continue;
    const centreX = (p.x + NODE_WIDTH / 2) * zoom + x;
    const centreY = (p.y + NODE_HEIGHT / 2) * zoom + y;
    if (centreX < 0 || centreY < 0 || centreX > width || centreY > height) continue;
    const labelWidth = Math.min(220, 24 + env.title.length * CHAR_WIDTH);
    // Top to bottom, a label sits to the right of its node; left to right, below it.
    const box: Box =
      direction === 'TB'
        ? {
            left: centreX + (NODE_WIDTH * zoom) / 2 + 4,
            top: centreY - LABEL_HEIGHT / 2,
            width: labelWidth,
          }
        : {
            left: centreX - labelWidth / 2,
            top: centreY + (NODE_HEIGHT * zoom) / 2 + 2,
            width: labelWidth,
          };
    for (let tries = 0; tries < 6 && placed.some((other) => overlaps(box, other)); tries++)
      box.top += LABEL_HEIGHT + 2;
    if (placed.some((other) => overlaps(box, other))) continue;
    placed.push({ ...box, env });
  }
  return placed;
}

function Labels(props: Props) {
  const transform = useStore(selectView);
  const width = useStore(selectWidth);
  const height = useStore(selectHeight);
  return (
    <div className="key-labels" aria-hidden="true">
      {placeLabels(props, transform, width, height).map(({ env, left, top, width }) => (
        <div
          key={env.id}
          className={`key-label${env.status === 'inactive' ? ' key-label--inactive' : ''}`}
          style={
            {
              left,
              top,
              maxWidth: width,
              '--role-color': ROLE_STYLE[env.role].color,
            } as React.CSSProperties
          }
        >
          {env.title}
        </div>
      ))}
    </div>
  );
}

/**
 * Names of the production line and the active branches (and the selection) on screen, at a
 * readable size, while the diagram is zoomed out too far for the nodes' own titles to read.
 * Screen readers have the nodes' own names; these are for the eye only.
 */
export const KeyLabels = memo(function KeyLabels(props: Props) {
  const zoomedOut = useStore(selectZoomedOut);
  return zoomedOut ? <Labels {...props} /> : null;
});
