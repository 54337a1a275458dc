/**
 * Pointer interactions, timed inside the page: from the event time stamp of the release to
 * the frame after the page shows the outcome, and frame times while dragging.
 */

/**
 * Arms a watch in the page: from the next pointer release until `check` (a function body
 * over `args`, true once the page shows the outcome) holds, plus one frame for it to be
 * painted. `waitForOutcome` then resolves to the milliseconds between the two.
 */
async function armOutcomeWatch(page, check, args) {
  await page.evaluate(
    ([body, input]) => {
      const holds = new Function('args', body);
      window.__benchOutcome = new Promise((resolve) => {
        let releasedAt = null;
        let done = false;
        const test = () => {
          if (done || releasedAt === null || !holds(input)) return;
          done = true;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - releasedAt));
        };
        const observer = new MutationObserver(test);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        window.addEventListener(
          'pointerup',
          (event) => {
            releasedAt = event.timeStamp;
            queueMicrotask(test);
          },
          { capture: true, once: true },
        );
      });
    },
    [check, args],
  );
}

const waitForOutcome = (page, timeout) =>
  page.evaluate(
    (ms) =>
      Promise.race([
        window.__benchOutcome,
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error(`no outcome within ${ms} ms`)), ms),
        ),
      ]),
    timeout,
  );

/**
 * Times, from the pointer release of a click at `at`, until `check` (a function body over
 * `args`) holds in the page, plus one frame.
 */
export async function measureClickOutcome(page, at, check, args, timeout) {
  await armOutcomeWatch(page, check, args);
  await page.mouse.click(at.x, at.y);
  return waitForOutcome(page, timeout);
}

const PANEL_SHOWS = `
  const panel = document.querySelector('aside[aria-label="Environment details"]');
  const title = panel?.querySelector('h2')?.textContent;
  return title === args.title && (args.text === null || panel.textContent.includes(args.text));
`;

/**
 * Click-to-panel latency: clicks the node at `at` and times, from the release, until the
 * details panel's heading is `title` (and the panel holds `text` when given).
 */
export async function measureClick(page, at, title, text, timeout) {
  await armOutcomeWatch(page, PANEL_SHOWS, { title, text });
  await page.mouse.click(at.x, at.y);
  return waitForOutcome(page, timeout);
}

const MERGE_SHOWN = `
  const heading = [...document.querySelectorAll('h2')].find((h) => h.textContent === 'Activity');
  const newest = heading?.closest('section, [role="region"]')?.querySelector('li');
  const parent = document.querySelector('.react-flow__node[data-id="' + CSS.escape(args.parent) + '"]');
  return (
    Boolean(newest?.textContent.includes(args.child)) &&
    Boolean(newest?.textContent.includes('merged into ' + args.parent)) &&
    Boolean(parent?.textContent.includes('merged ' + args.child))
  );
`;

/**
 * Merge latency: drags `child` (at `from`) onto its parent (at `to`) and times, from the drop,
 * until the Activity region's newest entry and the parent's node show the merge.
 */
export async function measureMerge(page, child, parent, from, to, timeout) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 6, from.y - 6, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 15 });
  await armOutcomeWatch(page, MERGE_SHOWN, { child, parent });
  await page.mouse.up();
  return waitForOutcome(page, timeout);
}

/** Radius of the circle the pointer drags a node around. */
const DRAG_RADIUS = 60;

/**
 * How far inside the canvas a node must be for that circle to stay clear of the 40 px band
 * where React Flow pans the canvas while dragging (the circle rises 2 radii above its start).
 */
export const DRAG_MARGIN = 2 * DRAG_RADIUS + 40 + 20;

function quantile(sorted, q) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** The Performance domain's cumulative main-thread durations (seconds) read around a drag. */
const WORK_METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'];

/**
 * A CDP session on the page's Performance domain, timed in thread CPU time where Chromium
 * can (`threadTicks`: what the main thread worked, not the wall clock, so other processes on
 * the machine weigh less); `read()` gives the cumulative durations in ms.
 */
async function workMeter(page) {
  const cdp = await page.context().newCDPSession(page);
  let timeDomain = 'threadTicks';
  try {
    await cdp.send('Performance.enable', { timeDomain });
  } catch {
    timeDomain = 'timeTicks';
    await cdp.send('Performance.enable', { timeDomain });
  }
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const value = (name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    return Object.fromEntries(WORK_METRICS.map((name) => [name, value(name)]));
  };
  return { timeDomain, read, close: () => cdp.detach() };
}

/**
 * Main-thread work per frame over the drag, in ms: all of it (`task`), and the script, style
 * and layout in it; `other` is the rest of the task time (paint, hit testing, input
 * dispatch and whatever the Performance domain does not break out).
 */
function workPerFrame(before, after, frames, timeDomain) {
  if (frames <= 0) return null;
  const per = (name) => (after[name] - before[name]) / frames;
  const task = per('TaskDuration');
  const script = per('ScriptDuration');
  const layout = per('LayoutDuration');
  const style = per('RecalcStyleDuration');
  return { task, script, layout, style, other: task - script - layout - style, timeDomain };
}

/**
 * Frame times while the node at `at` is dragged for `durationMs` in small steps (a circle of
 * DRAG_RADIUS through the start point, back to it), from requestAnimationFrame time stamps in
 * the page; and the main thread's work per frame over the drag (CDP Performance metrics read
 * before the press and after the release, over the frames in between), because headless
 * Chromium paces frames at 16.7 ms whatever the work, so intervals alone hide it.
 */
export async function measureDragFrames(page, at, durationMs) {
  await page.mouse.move(at.x, at.y);
  const meter = await workMeter(page);
  await page.evaluate(() => {
    const stamps = [];
    window.__benchFrames = { stamps, running: true };
    const frame = (time) => {
      stamps.push(time);
      if (window.__benchFrames.running) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  const before = await meter.read();
  await page.mouse.down();
  const started = Date.now();
  for (let step = 1; Date.now() - started < durationMs; step++) {
    const radius = DRAG_RADIUS * Math.min(1, step / 10);
    const angle = step * 0.1;
    await page.mouse.move(at.x + radius * Math.sin(angle), at.y - radius * (1 - Math.cos(angle)));
    await new Promise((resolve) => setTimeout(resolve, 8));
  }
  await page.mouse.move(at.x, at.y, { steps: 4 });
  await page.mouse.up();
  const stamps = await page.evaluate(() => {
    window.__benchFrames.running = false;
    return window.__benchFrames.stamps;
  });
  const after = await meter.read();
  await meter.close();
  const deltas = stamps
    .slice(1)
    .map((time, i) => time - stamps[i])
    .sort((a, b) => a - b);
  return {
    frames: deltas.length,
    p50: quantile(deltas, 0.5),
    p95: quantile(deltas, 0.95),
    max: deltas.at(-1) ?? null,
    work: workPerFrame(before, after, deltas.length, meter.timeDomain),
  };
}
