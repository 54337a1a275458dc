import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';
import { toPng, toSvg } from 'html-to-image';

export type ImageFormat = 'png' | 'svg';

const PADDING = 40;
const MAX_SIDE = 4096;

/**
 * Renders the whole diagram (not just what is in view) to a data URL, as React Flow's
 * download-image example does. Loaded on demand: html-to-image is not in the initial bundle.
 */
export async function renderDiagram(nodes: Node[], format: ImageFormat): Promise<string> {
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewport) throw new Error('The diagram is not on the page.');
  const bounds = getNodesBounds(nodes);
  const scale = Math.min(
    1,
    MAX_SIDE / Math.max(bounds.width + PADDING * 2, bounds.height + PADDING * 2),
  );
  const width = Math.ceil((bounds.width + PADDING * 2) * scale);
  const height = Math.ceil((bounds.height + PADDING * 2) * scale);
  const { x, y, zoom } = getViewportForBounds(
    bounds,
    width,
    height,
    0.05,
    2,
    `${Math.round(PADDING * scale)}px`,
  );
  const options = {
    // The canvas's own colour, so a dark theme exports dark nodes on a dark ground.
    backgroundColor: getComputedStyle(viewport.closest('.react-flow') ?? document.body)
      .backgroundColor,
    width,
    height,
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${x}px, ${y}px) scale(${zoom})`,
    },
  };
  return format === 'png' ? toPng(viewport, options) : toSvg(viewport, options);
}

export function download(dataUrl: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = dataUrl;
  link.download = fileName;
  link.click();
}
