/** Finding nodes on screen and bringing them there, as a person would. */

/** Canvas rectangle and, per id, the node's centre and whether a pointer there hits it. */
function nodeGeometry(ids) {
  const flow = document.querySelector('.react-flow');
  if (!flow) return null;
  const r = flow.getBoundingClientRect();
  const nodes = ids.map((id) => {
    const el = document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
    if (!el) return { id, found: false };
    const box = el.getBoundingClientRect();
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const hit = document.elementFromPoint(x, y)?.closest('.react-flow__node') === el;
    return { id, found: true, x, y, width: box.width, height: box.height, hit };
  });
  return { canvas: { x: r.x, y: r.y, width: r.width, height: r.height }, nodes };
}

/** The nearest point to (x, y) where the pointer lands on the empty pane, or null. */
function panePoint([x, y]) {
  for (let radius = 0; radius <= 120; radius += 6) {
    for (let angle = 0; angle < 360; angle += radius === 0 ? 360 : 30) {
      const px = x + radius * Math.cos((angle * Math.PI) / 180);
      const py = y + radius * Math.sin((angle * Math.PI) / 180);
      if (document.elementFromPoint(px, py)?.classList.contains('react-flow__pane')) {
        return [px, py];
      }
    }
  }
  return null;
}

const nextFrames = (page, count) =>
  page.evaluate(
    (n) =>
      new Promise((resolve) => {
        const step = (left) =>
          left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1));
        step(n);
      }),
    count,
  );

/**
 * Pans the diagram, by dragging the empty pane as a person would, until every node of `ids`
 * is on screen, at least `margin` px inside the canvas, and not covered. Returns their
 * geometry, or null when it cannot.
 */
export async function reveal(page, ids, margin = 60) {
  for (let attempt = 0; attempt < 300; attempt++) {
    const geometry = await page.evaluate(nodeGeometry, ids);
    if (!geometry || geometry.nodes.some((n) => !n.found)) return null;
    const { canvas, nodes } = geometry;
    const inside = (n) =>
      n.x > canvas.x + margin &&
      n.x < canvas.x + canvas.width - margin &&
      n.y > canvas.y + margin &&
      n.y < canvas.y + canvas.height - margin;
    if (nodes.every((n) => n.hit && inside(n))) return geometry;
    const cx = canvas.x + canvas.width / 2;
    const cy = canvas.y + canvas.height / 2;
    const tx = nodes.reduce((sum, n) => sum + n.x, 0) / nodes.length;
    const ty = nodes.reduce((sum, n) => sum + n.y, 0) / nodes.length;
    // Long strokes, each centred on the canvas and ending 150 px inside it, so few are needed.
    const clamp = (value, limit) => Math.max(-limit, Math.min(limit, value));
    const dx = clamp(cx - tx, canvas.width - 300);
    const dy = clamp(cy - ty, canvas.height - 300);
    const start = await page.evaluate(panePoint, [cx - dx / 2, cy - dy / 2]);
    if (!start) return null;
    await page.mouse.move(start[0], start[1]);
    await page.mouse.down();
    await page.mouse.move(start[0] + dx, start[1] + dy, { steps: 6 });
    await page.mouse.up();
    await nextFrames(page, 2);
  }
  return null;
}

/** The title the app gives a node: its aria-label reads "<title>: <role>, branch ...". */
export async function nodeTitle(page, id) {
  return page.evaluate((nodeId) => {
    const label = document
      .querySelector(`.react-flow__node[data-id="${CSS.escape(nodeId)}"]`)
      ?.getAttribute('aria-label');
    return label ? label.slice(0, label.lastIndexOf(': ')) : null;
  }, id);
}

/** The parent of an environment, read from its merge edge `<child>-><parent>`. */
export async function parentOf(page, id) {
  return page.evaluate((child) => {
    const prefix = `${child}->`;
    const edge = document.querySelector(`.react-flow__edge[data-id^="${CSS.escape(prefix)}"]`);
    return edge ? (edge.getAttribute('data-id')?.slice(prefix.length) ?? null) : null;
  }, id);
}

/** The visible node nearest the canvas centre, other than the root, with its geometry. */
export async function centralNode(page) {
  return page.evaluate(() => {
    const flow = document.querySelector('.react-flow')?.getBoundingClientRect();
    if (!flow) return null;
    const cx = flow.x + flow.width / 2;
    const cy = flow.y + flow.height / 2;
    let best = null;
    for (const el of document.querySelectorAll('.react-flow__node.draggable')) {
      const box = el.getBoundingClientRect();
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      const distance = Math.hypot(x - cx, y - cy);
      if (best && distance >= best.distance) continue;
      if (document.elementFromPoint(x, y)?.closest('.react-flow__node') !== el) continue;
      best = { id: el.getAttribute('data-id'), x, y, distance };
    }
    return best;
  });
}

/** In the page: whether the node of `nodeId` is drawn. */
const nodeDrawn = (nodeId) =>
  document.querySelector(`.react-flow__node[data-id="${CSS.escape(nodeId)}"]`) !== null;

const isDrawn = (page, id) => page.evaluate(nodeDrawn, id);

/**
 * Types `id` into the app's search box, which moves the view to the best match as the user
 * types (without selecting it), then empties the box; resolves to whether its node is drawn.
 */
async function searchIntoView(page, id) {
  const box = page.getByRole('application', { name: 'Environment tree' }).getByRole('searchbox');
  if ((await box.count()) === 0) return false;
  await box.fill(id);
  await page.waitForFunction(nodeDrawn, id, { timeout: 10_000 }).catch(() => null);
  await box.fill('');
  await nextFrames(page, 2);
  return isDrawn(page, id);
}

/**
 * The first of `candidates` (objects with a `child` id) whose node is in the page; else,
 * with `search`, the first the app's search brings into view (a large diagram draws only
 * the nodes in view).
 */
export async function firstDrawn(page, candidates, search = false) {
  for (const candidate of candidates) if (await isDrawn(page, candidate.child)) return candidate;
  if (!search) return null;
  for (const candidate of candidates)
    if (await searchIntoView(page, candidate.child)) return candidate;
  return null;
}
