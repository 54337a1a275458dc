/**
 * Loading a page and weighing it in Chromium. Times are taken inside the page
 * (performance.now(), counted from navigation start), so round trips between Node and the
 * browser do not count.
 */

/** How long the node count must stay the same before a page that never shows the expected
 * number of nodes counts as drawn (e.g. the app ignoring `?synthetic=`). */
const STABLE_MS = 1500;
const STABLE_FRAMES = 30;

/**
 * Installed before any script of the page runs: watches, frame by frame, how many React Flow
 * nodes are in the DOM and visible, and sets `window.__benchReady` once the diagram is drawn:
 * the frame after the count first equals `expected`, or, when it never does, the frame after
 * its last change once it has held still for a while (`exact: false`).
 */
function watchReady({ expected, stableMs, stableFrames }) {
  const nodes = document.getElementsByClassName('react-flow__node');
  let count = -1;
  let changedAt = 0;
  let readyAt = 0;
  let sameFrames = 0;
  const finish = (exact) => {
    const hidden = document.querySelectorAll('.react-flow__node[style*="visibility: hidden"]');
    window.__benchReady = { readyAt, nodes: count, hidden: hidden.length, exact };
  };
  const frame = () => {
    const now = performance.now();
    const hidden =
      nodes.length === 0
        ? 0
        : document.querySelectorAll('.react-flow__node[style*="visibility: hidden"]').length;
    const visible = nodes.length - hidden;
    if (visible !== count) {
      count = visible;
      changedAt = now;
      readyAt = 0;
      sameFrames = 0;
    } else {
      if (readyAt === 0) readyAt = now;
      sameFrames += 1;
    }
    if (expected !== null && count === expected && readyAt > 0) return finish(true);
    if (count > 0 && sameFrames >= stableFrames && now - changedAt >= stableMs) {
      return finish(false);
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** How many frames the readable view must hold still before it counts as the first view. */
const STILL_FRAMES = 10;

/** The on-screen size under which a node title does not count as readable (issue 13). */
const READABLE_PX = 10;

/**
 * Installed before any script of the page runs, instead of `watchReady`, for a page that
 * draws only part of its tree (the app's default folding): sets `window.__benchReady` once
 * the first view holds still with readable titles. Each frame it reads the nodes drawn, the
 * viewport transform and the smallest on-screen size of a rendered node title (its font
 * size times the zoom); `readyAt` is the frame after the last change (as `watchReady`'s is
 * the frame after the count is reached), once that state has
 * held for `stillFrames` frames with every title at least `readablePx` on screen (or, when
 * the titles never get there, once it has held still for a while: `exact: false`).
 */
function watchReadable({ stillFrames, readablePx, stableMs, stableFrames }) {
  const nodes = document.getElementsByClassName('react-flow__node');
  const titles = document.getElementsByClassName('env-node__title');
  let last = '';
  let since = 0;
  let after = 0;
  let frames = 0;
  const smallestTitle = (zoom) => {
    let smallest = Number.POSITIVE_INFINITY;
    for (const title of titles) {
      if (title.getClientRects().length === 0) continue; // not rendered (zoomed far out)
      const px = Number.parseFloat(getComputedStyle(title).fontSize) * zoom;
      if (px < smallest) smallest = px;
    }
    return Number.isFinite(smallest) ? smallest : null;
  };
  const frame = () => {
    const now = performance.now();
    const hidden =
      nodes.length === 0
        ? 0
        : document.querySelectorAll('.react-flow__node[style*="visibility: hidden"]').length;
    const transform = document.querySelector('.react-flow__viewport')?.style.transform ?? '';
    const zoom = Number(/scale\(([\d.e-]+)\)/.exec(transform)?.[1] ?? Number.NaN);
    const key = `${nodes.length - hidden}|${transform}`;
    if (key !== last) {
      last = key;
      since = now;
      frames = 0;
    } else {
      frames += 1;
      if (frames === 1) after = now;
    }
    if (frames >= stillFrames && nodes.length - hidden > 0 && Number.isFinite(zoom)) {
      const titlePx = smallestTitle(zoom);
      const readable = titlePx !== null && titlePx >= readablePx;
      // A view that holds still unreadable counts from when it stopped, marked not exact.
      if (readable || (frames >= stableFrames && now - since >= stableMs)) {
        const drawn = nodes.length - hidden;
        window.__benchReady = { readyAt: after, nodes: drawn, hidden, exact: readable, titlePx };
        return;
      }
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/**
 * A fresh page that reports when its diagram of `expected` nodes (null: unknown) is drawn,
 * or, with `readable`, when its first view holds still with readable titles.
 */
export async function openWatchedPage(browser, viewport, expected, readable = false) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  if (readable) {
    await context.addInitScript(watchReadable, {
      stillFrames: STILL_FRAMES,
      readablePx: READABLE_PX,
      stableMs: STABLE_MS,
      stableFrames: STABLE_FRAMES,
    });
  } else {
    await context.addInitScript(watchReady, {
      expected,
      stableMs: STABLE_MS,
      stableFrames: STABLE_FRAMES,
    });
  }
  // The first-visit tour would cover the page: a measured visit is not a person's first.
  await context.addInitScript(() => {
    try {
      localStorage.setItem('magento-cloud-explorer:tour-dismissed', 'yes');
    } catch {}
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

/**
 * Navigates and waits for the diagram: `loadMs` from navigation start to the frame after all
 * nodes are drawn, `nodes` drawn, `exact` whether that is the expected count.
 */
export async function measureLoad(page, url, timeout) {
  await page.goto(url, { waitUntil: 'commit', timeout });
  const handle = await page.waitForFunction(() => window.__benchReady, null, {
    timeout,
    polling: 100,
  });
  const ready = await handle.jsonValue();
  const prepareMs = await page.evaluate(
    () => performance.getEntriesByName('bare:prepare')[0]?.duration ?? null,
  );
  return {
    loadMs: ready.readyAt,
    nodes: ready.nodes,
    exact: ready.exact,
    prepareMs,
    ...(ready.titlePx === undefined ? {} : { titlePx: ready.titlePx }),
  };
}

/**
 * Waits until the page has fetched and run what it starts after load (the app prefetches its
 * lazy chunks once the diagram is painted and the browser is idle), as it would have by the
 * time a person reaches for a node.
 */
export async function untilIdle(page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(
    () => new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 5000 })),
  );
}

/**
 * Waits until the viewport and the nodes `ids` have not moved for ten frames: fit view has
 * run, a dropped node has sprung back.
 */
export async function settle(page, ids = []) {
  await page.evaluate(
    (nodeIds) =>
      new Promise((resolve) => {
        const where = () =>
          [
            document.querySelector('.react-flow__viewport')?.style.transform,
            ...nodeIds.map(
              (id) =>
                document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.style
                  .transform,
            ),
          ].join(' ');
        let last = '';
        let same = 0;
        const frame = () => {
          const now = where();
          same = now === last ? same + 1 : 0;
          last = now;
          if (same >= 10) resolve();
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    ids,
  );
}

/** The zoom of the diagram: the scale of React Flow's viewport transform. */
export async function viewportZoom(page) {
  return page.evaluate(() => {
    const transform = document.querySelector('.react-flow__viewport')?.style.transform ?? '';
    const scale = /scale\(([\d.e-]+)\)/.exec(transform)?.[1];
    return scale === undefined ? null : Number(scale);
  });
}

/** JS heap in use after a forced garbage collection, in bytes (CDP). */
export async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
}
