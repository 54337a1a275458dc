/** One run of each page: load, heap, and what a person does there. */
import { centralNode, firstDrawn, nodeTitle, parentOf, reveal } from './find-nodes.mjs';
import {
  heapAfterGc,
  measureLoad,
  openWatchedPage,
  settle,
  untilIdle,
  viewportZoom,
} from './measure-load.mjs';
import { DRAG_MARGIN, measureClick, measureDragFrames, measureMerge } from './measure-pointer.mjs';

const MB = 1024 * 1024;

/**
 * Branches that can merge into their parent, and what the parent's panel then shows: the
 * synthetic projects' SYNTHETIC_MERGE_BRANCH (src/domain/synthetic), drawn right below its
 * parent at any size, and the default project's feature-checkout. The first one drawn is used.
 */
export const MERGE_CANDIDATES = [
  { child: 'feature-checkout-search', shows: 'solr:4.10' },
  { child: 'feature-checkout', shows: 'rabbitmq:3.5' },
];

/**
 * Opens `url` in a fresh context and waits for its diagram of `expected` nodes (null: whatever
 * it draws) to be drawn, to stop moving and for the page to be idle; then `use(page, load)`.
 * With `readable`, the load is timed to the first view with readable titles instead (see
 * `openWatchedPage`). Page errors go to `note`.
 */
async function withLoadedPage(
  { browser, viewport, url, expected, readable = false, timeout, note },
  use,
) {
  const { context, page, errors } = await openWatchedPage(browser, viewport, expected, readable);
  try {
    const load = await measureLoad(page, url, timeout);
    await settle(page);
    await untilIdle(page);
    const result = await use(page, load);
    if (errors.length > 0) note(`page errors at ${url}: ${errors.join('; ')}`);
    return result;
  } finally {
    await context.close();
  }
}

/**
 * Load and heap in one fresh page; then, in a second one, `interact(page, run)` adds to the
 * run. The heap is weighed after a forced full GC, which also throws away compiled code and
 * type feedback: a click right after it ran about twice as slow as one a person makes, so
 * pointer work gets a page where no forced GC ran.
 */
async function measureRun(options, interact) {
  const run = await withLoadedPage(options, async (page, load) => {
    const heap = await heapAfterGc(page);
    return {
      nodes: load.nodes,
      exact: load.exact,
      zoom: await viewportZoom(page),
      loadMs: load.loadMs,
      ...(load.prepareMs === null ? {} : { prepareMs: load.prepareMs }),
      ...(load.titlePx === undefined ? {} : { titlePx: load.titlePx }),
      heapMb: heap === null ? null : heap / MB,
    };
  });
  await withLoadedPage(options, (page) => interact(page, run));
  return run;
}

/** Runs `step`, or notes why it could not be measured and gives null. */
export async function attempt(note, what, step) {
  try {
    return await step();
  } catch (error) {
    note(`${what}: not measured (${String(error.message ?? error).split('\n')[0]})`);
    return null;
  }
}

function frameFields(drag) {
  if (!drag) return {};
  const work = drag.work
    ? {
        workMs: drag.work.task,
        workScriptMs: drag.work.script,
        workStyleMs: drag.work.style,
        workLayoutMs: drag.work.layout,
        workOtherMs: drag.work.other,
        workTime: drag.work.timeDomain,
      }
    : {};
  return { dragP50: drag.p50, dragP95: drag.p95, dragMax: drag.max, frames: drag.frames, ...work };
}

/**
 * The app: load and heap; click the merge branch's parent (panel latency); drag the branch
 * around (frame times); drop it on its parent (merge latency); click the parent again (its
 * panel with what the merge brought).
 */
export function measureAppRun(options) {
  const { note, timeout, dragMs } = options;
  return measureRun(options, async (page, run) => {
    const candidate = await firstDrawn(page, MERGE_CANDIDATES, true);
    const parent = candidate && (await parentOf(page, candidate.child));
    const pair = parent ? [candidate.child, parent] : [];
    const spots = parent && (await reveal(page, pair, DRAG_MARGIN));
    if (!spots) {
      const names = MERGE_CANDIDATES.map((c) => c.child).join(', ');
      note(`app: none of ${names} on screen with its parent; click, drag, merge not measured`);
      return;
    }
    run.merged = `${candidate.child}->${parent}`;
    const title = await nodeTitle(page, parent);
    run.clickMs = await attempt(note, 'click', () =>
      measureClick(page, spots.nodes[1], title, null, timeout),
    );
    const drag = await attempt(note, 'app drag', () =>
      measureDragFrames(page, spots.nodes[0], dragMs),
    );
    Object.assign(run, frameFields(drag));
    // The dragged node springs back; go on from where things are once it has.
    await settle(page, pair);
    const before = await reveal(page, pair);
    if (!before) return note('app: the merge pair left the screen; merge not measured');
    const [from, to] = before.nodes;
    run.mergeMs = await attempt(note, 'merge', () =>
      measureMerge(page, candidate.child, parent, from, to, timeout),
    );
    if (run.mergeMs === null) return;
    await settle(page, pair);
    const after = await reveal(page, pair);
    if (!after) return note('app: the parent left the screen after the merge; panel not measured');
    run.mergePanelMs = await attempt(note, 'parent panel after merge', () =>
      measureClick(page, after.nodes[1], title, candidate.shows, timeout),
    );
  });
}

/** The bare page: load and heap; drag the node the app run drags (else a central one). */
export function measureBareRun(options) {
  const { note, dragMs } = options;
  return measureRun(options, async (page, run) => {
    const candidate = await firstDrawn(page, MERGE_CANDIDATES);
    const shown = candidate && (await reveal(page, [candidate.child], DRAG_MARGIN));
    const spot = shown ? shown.nodes[0] : await centralNode(page);
    if (!spot) return note('bare: no node on screen to drag; drag frames not measured');
    const drag = await attempt(note, 'bare drag', () => measureDragFrames(page, spot, dragMs));
    Object.assign(run, frameFields(drag));
  });
}
