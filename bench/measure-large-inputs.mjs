/**
 * Large inputs, as a person brings them: a services.yaml of thousands of services imported
 * through "Import files", then its environments' panels; a project JSON of tens of
 * thousands of environments opened through "Open project JSON". Times are read inside the
 * page, from the event that starts the work to the frame after its outcome shows.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { manyServicesFiles } from '../tests/support/many-services.mjs';
import { nodeTitle, reveal } from './find-nodes.mjs';
import { measureLoad, openWatchedPage, untilIdle } from './measure-load.mjs';
import { measureClickOutcome } from './measure-pointer.mjs';

/** The starter default project draws four environments. */
const DEFAULT_NODES = 4;

async function openDefault(options) {
  const { browser, viewport, url, timeout } = options;
  const opened = await openWatchedPage(browser, viewport, DEFAULT_NODES);
  await measureLoad(opened.page, `${url}/?plan=starter`, timeout);
  await untilIdle(opened.page);
  return opened;
}

const PANEL_HOLDS = `
  const panel = document.querySelector('aside[aria-label="Environment details"]');
  if (panel?.querySelector('h2')?.textContent !== args.title) return false;
  const text = panel.textContent;
  return args.has.every((t) => text.includes(t)) && args.lacks.every((t) => !text.includes(t));
`;

async function centreOf(locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * One run: import `services` services into the default Starter project, then time a click
 * on staging (its first panel also parses the imported files), a click on master (the same
 * files, parsed: what every later panel costs), and Undo and Redo with master's panel open.
 */
export async function measureManyServicesRun(options) {
  const { services, timeout, note } = options;
  const { context, page, errors } = await openDefault(options);
  try {
    const chooser = page.waitForEvent('filechooser');
    await page
      .getByRole('banner')
      .getByRole('button', { name: 'Import files', exact: true })
      .click();
    const files = manyServicesFiles(services);
    const started = Date.now();
    await (await chooser).setFiles(files);
    // The import preview: taken as a new project, as the run always measured it.
    const preview = page.getByRole('dialog', { name: 'Import preview' });
    await preview.getByRole('button', { name: 'New project', exact: true }).click({ timeout });
    const importSeconds = (Date.now() - started) / 1000;
    await untilIdle(page);

    // The first service's relationship: in the panel only while the imported files run there.
    const imported = 'relationship "rel0"';
    const spots = await reveal(page, ['staging', 'master']);
    if (!spots) throw new Error('staging and master not both on screen');
    const [staging, master] = spots.nodes;
    const stagingTitle = await nodeTitle(page, 'staging');
    const masterTitle = await nodeTitle(page, 'master');
    const firstClickMs = await measureClickOutcome(
      page,
      staging,
      PANEL_HOLDS,
      { title: stagingTitle, has: [imported], lacks: [] },
      timeout,
    );
    const clickMs = await measureClickOutcome(
      page,
      master,
      PANEL_HOLDS,
      { title: masterTitle, has: [imported], lacks: [] },
      timeout,
    );
    const undo = await centreOf(page.getByRole('button', { name: 'Undo', exact: true }));
    const redo = await centreOf(page.getByRole('button', { name: 'Redo', exact: true }));
    const undoMs = await measureClickOutcome(
      page,
      undo,
      PANEL_HOLDS,
      { title: masterTitle, has: ['mysql:10.0'], lacks: [imported] },
      timeout,
    );
    const redoMs = await measureClickOutcome(
      page,
      redo,
      PANEL_HOLDS,
      { title: masterTitle, has: [imported], lacks: [] },
      timeout,
    );
    const panelElements = await page.evaluate(
      () =>
        document.querySelector('aside[aria-label="Environment details"]')?.querySelectorAll('*')
          .length ?? null,
    );
    if (errors.length > 0) note(`page errors with ${services} services: ${errors.join('; ')}`);
    return { importSeconds, firstClickMs, clickMs, undoMs, redoMs, panelElements };
  } finally {
    await context.close();
  }
}

/**
 * Writes a project file of `size` environments to `path`: the app's own export of its
 * default Starter project, grown with inactive branches (`bulk-0` … under staging, eight to
 * a parent), as an agency's project would be: few commits, many branches.
 */
export async function writeLargeProjectFile(options, size, path) {
  const { context, page } = await openDefault(options);
  try {
    await page.locator('summary', { hasText: 'Project' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export JSON', exact: true }).click(),
    ]);
    const file = JSON.parse(await readFile(await download.path(), 'utf8'));
    const environments = file.project.environments;
    const template = environments['feature-old-theme'];
    const bulk = size - Object.keys(environments).length;
    for (let i = 0; i < bulk; i++) {
      environments[`bulk-${i}`] = {
        ...template,
        id: `bulk-${i}`,
        title: `Bulk branch ${i}`,
        parentId: i < 8 ? 'staging' : `bulk-${Math.floor(i / 8) - 1}`,
      };
    }
    const text = JSON.stringify(file);
    await writeFile(path, text);
    return text.length;
  } finally {
    await context.close();
  }
}

/** Frames the diagram must hold still for once opened: it refits to the new tree first. */
const STILL_FRAMES = 10;

/**
 * Installed in the page before the file is chosen: from the file input's change event, the
 * frame where the status first says a project is being opened, and the first frame of the
 * diagram as it then stays (the status says the file is imported, and the nodes drawn and
 * the viewport have not changed for STILL_FRAMES frames).
 */
function watchOpening({ name, stillFrames }) {
  const marks = { changeAt: null, statusMs: null, openMs: null };
  window.__benchOpening = marks;
  document.addEventListener(
    'change',
    (event) => {
      if (marks.changeAt === null) marks.changeAt = event.timeStamp;
    },
    { capture: true },
  );
  const nodes = document.getElementsByClassName('react-flow__node');
  let last = '';
  let since = 0;
  let still = 0;
  const frame = () => {
    const now = performance.now();
    if (marks.changeAt !== null) {
      const status = document.querySelector('[role="status"]')?.textContent ?? '';
      if (marks.statusMs === null && status.startsWith('Opening')) {
        marks.statusMs = now - marks.changeAt;
      }
      if (status.startsWith(`Imported ${name}`)) {
        const transform = document.querySelector('.react-flow__viewport')?.style.transform;
        const state = `${nodes.length} ${transform}`;
        if (state !== last) {
          last = state;
          since = now;
          still = 0;
        } else if (++still >= stillFrames) {
          marks.openMs = since - marks.changeAt;
          return;
        }
      }
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** One run: open the file at `path` in a fresh page; the times to the status and to the diagram. */
export async function measureOpenProjectRun(options, path, name) {
  const { timeout, note } = options;
  const { context, page, errors } = await openDefault(options);
  try {
    await page.evaluate(watchOpening, { name, stillFrames: STILL_FRAMES });
    await page.locator('summary', { hasText: 'Project' }).click();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Open project JSON', exact: true }).click(),
    ]);
    // By path: Chromium reads the file itself, so no 18 MB crosses the Playwright pipe.
    await chooser.setFiles(path, { timeout });
    const marks = await (
      await page.waitForFunction(
        () => window.__benchOpening.openMs !== null && window.__benchOpening,
        null,
        {
          timeout,
          polling: 250,
        },
      )
    ).jsonValue();
    const drawn = await page.evaluate(
      () => document.getElementsByClassName('react-flow__node').length,
    );
    if (errors.length > 0) note(`page errors opening ${name}: ${errors.join('; ')}`);
    return { statusMs: marks.statusMs, openMs: marks.openMs, drawn };
  } finally {
    await context.close();
  }
}
