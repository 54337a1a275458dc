import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';
import { toCanvas, toSvg } from 'html-to-image';
import { NEAR_ZOOM } from './node-display';

export type ImageFormat = 'png' | 'svg';

/** What the image says around the diagram: the project, plan, date and a legend of roles. */
export type ExportCaption = Readonly<{
  title: string;
  /** e.g. "Pro plan · Magento Commerce Cloud 2.1 rules". */
  subtitle: string;
  /** ISO date of the export. */
  date: string;
  /** Each role drawn, with the CSS colour its nodes use; inactive is always explained. */
  legend: readonly Readonly<{ label: string; icon: string; color: string }>[];
}>;

const PADDING = 40;
const MAX_SIDE = 4096;
/** PNGs are drawn at twice the CSS size, so they stay sharp on a slide or a retina screen. */
const PIXEL_RATIO = 2;
const HEADER = 64;
const FOOTER = 40;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** A CSS colour (a palette variable, light-dark() and all) as the browser resolves it here. */
function resolvedColor(css: string, within: Element): string {
  const probe = document.createElement('span');
  probe.style.color = css;
  within.appendChild(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

const DETAILS = ['detail-near', 'detail-far', 'detail-tiny'];

/**
 * The image shows the tree as its own scale reads, not as the screen's zoom does, and not
 * the user's selection: while it is drawn the nodes take the detail of `zoom` and the
 * selected node's outline is off; both are put back after.
 */
async function asExported<T>(root: Element, zoom: number, draw: () => Promise<T>): Promise<T> {
  const detail = DETAILS.find((d) => root.classList.contains(d));
  const exported = zoom >= NEAR_ZOOM ? 'detail-near' : 'detail-far';
  root.classList.remove(...DETAILS);
  root.classList.add(exported);
  const outlined = [...root.querySelectorAll('.env-node--selected')];
  const wrappers = [...root.querySelectorAll('.react-flow__node.selected')];
  for (const element of outlined) element.classList.remove('env-node--selected');
  for (const element of wrappers) element.classList.remove('selected');
  try {
    return await draw();
  } finally {
    for (const element of outlined) element.classList.add('env-node--selected');
    for (const element of wrappers) element.classList.add('selected');
    root.classList.remove(exported);
    if (detail) root.classList.add(detail);
  }
}

/** How long the canvas may take to draw every node for an image. */
const DRAW_TIMEOUT_MS = 60_000;

/**
 * Resolves once `count` nodes are in the page and measured (React Flow keeps a node hidden
 * until it knows its size), and their edges drawn after them: a large diagram, drawing only
 * what is in view, has just been asked to draw everything.
 */
function everyNodeDrawn(root: Element, count: number): Promise<void> {
  const nodes = root.getElementsByClassName('react-flow__node');
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const check = () => {
      const hidden = root.querySelectorAll('.react-flow__node[style*="visibility: hidden"]');
      if (nodes.length >= count && hidden.length === 0) {
        // One more frame: edges are drawn from the measured handles.
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      } else if (performance.now() - started > DRAW_TIMEOUT_MS) {
        reject(new Error(`only ${nodes.length - hidden.length} of ${count} nodes were drawn`));
      } else requestAnimationFrame(check);
    };
    check();
  });
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Renders the whole diagram (not just what is in view) to a data URL, as React Flow's
 * download-image example does, with the caption above it and the legend below. Loaded on
 * demand: html-to-image is not in the initial bundle.
 */
export async function renderDiagram(
  nodes: Node[],
  format: ImageFormat,
  caption: ExportCaption,
): Promise<string> {
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
  const root = viewport?.closest('.react-flow');
  if (!viewport || !root) throw new Error('The diagram is not on the page.');
  await everyNodeDrawn(root, nodes.length);
  const bounds = getNodesBounds(nodes);
  const scale = Math.min(
    1,
    MAX_SIDE / Math.max(bounds.width + PADDING * 2, bounds.height + PADDING * 2),
  );
  // At least wide enough for the caption and the legend.
  const width = Math.max(480, Math.ceil((bounds.width + PADDING * 2) * scale));
  const height = Math.ceil((bounds.height + PADDING * 2) * scale);
  const { x, y, zoom } = getViewportForBounds(
    bounds,
    width,
    height,
    0.05,
    2,
    `${Math.round(PADDING * scale)}px`,
  );
  const style = getComputedStyle(root);
  // The canvas's own colours, so a dark theme exports dark nodes on a dark ground.
  const background = style.backgroundColor;
  const ink = style.color;
  const legend = caption.legend.map((item) => ({
    ...item,
    color: resolvedColor(item.color, root),
  }));
  const options = {
    backgroundColor: background,
    width,
    height,
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${x}px, ${y}px) scale(${zoom})`,
    },
  };
  const total = { width, height: HEADER + height + FOOTER };
  const legendItems = [...legend.map((l) => `${l.icon} ${l.label}`), '┅ dashed: inactive'];
  const legendX = (i: number) => 16 + i * Math.floor((width - 32) / legendItems.length);

  if (format === 'svg') {
    const inner = decodeURIComponent(
      (await asExported(root, zoom, () => toSvg(viewport, options))).replace(/^data:[^,]*,/, ''),
    );
    const nested = inner.replace(/^<svg /, `<svg x="0" y="${HEADER}" `);
    const legendSvg = legendItems
      .map((text, i) => {
        const color = legend[i]?.color ?? ink;
        return `<text x="${legendX(i)}" y="${HEADER + height + 26}" fill="${color}" font-size="13" font-weight="600">${escapeXml(text)}</text>`;
      })
      .join('');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${total.width}" height="${total.height}" viewBox="0 0 ${total.width} ${total.height}"><rect width="100%" height="100%" fill="${background}"/><text x="16" y="28" fill="${ink}" font-family='${FONT}' font-size="20" font-weight="700">${escapeXml(caption.title)}</text><text x="16" y="50" fill="${ink}" font-family='${FONT}' font-size="13">${escapeXml(`${caption.subtitle} · exported ${caption.date}`)}</text>${nested}<g font-family='${FONT}'>${legendSvg}</g></svg>`;
    return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  }

  const drawn = await asExported(root, zoom, () =>
    toCanvas(viewport, { ...options, pixelRatio: PIXEL_RATIO }),
  );
  const canvas = document.createElement('canvas');
  canvas.width = total.width * PIXEL_RATIO;
  canvas.height = total.height * PIXEL_RATIO;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the image.');
  context.scale(PIXEL_RATIO, PIXEL_RATIO);
  context.fillStyle = background;
  context.fillRect(0, 0, total.width, total.height);
  context.fillStyle = ink;
  context.font = `700 20px ${FONT}`;
  context.fillText(caption.title, 16, 28, width - 32);
  context.font = `13px ${FONT}`;
  context.fillText(`${caption.subtitle} · exported ${caption.date}`, 16, 50, width - 32);
  context.drawImage(drawn, 0, HEADER, width, height);
  context.font = `600 13px ${FONT}`;
  legendItems.forEach((text, i) => {
    context.fillStyle = legend[i]?.color ?? ink;
    context.fillText(
      text,
      legendX(i),
      HEADER + height + 26,
      Math.floor((width - 32) / legendItems.length) - 8,
    );
  });
  return canvas.toDataURL('image/png');
}

export function download(dataUrl: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = dataUrl;
  link.download = fileName;
  link.click();
}
