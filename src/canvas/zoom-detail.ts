import type { ReactFlowState } from '@xyflow/react';

/**
 * How much of each node the diagram draws at the current zoom. Below FAR_ZOOM a node's
 * 11–14 px text is under 6 px on screen, so a node shows just its title, enlarged; below
 * TINY_ZOOM even that is unreadable and a node is a block in its role's colour. Fewer
 * elements per node also keep dragging smooth when a large tree is seen whole.
 */
export type ZoomDetail = 'near' | 'far' | 'tiny';

const FAR_ZOOM = 0.4;
const TINY_ZOOM = 0.12;

export function zoomDetail(zoom: number): ZoomDetail {
  if (zoom >= FAR_ZOOM) return 'near';
  return zoom >= TINY_ZOOM ? 'far' : 'tiny';
}

export const selectZoomDetail = (s: ReactFlowState): ZoomDetail => zoomDetail(s.transform[2]);
