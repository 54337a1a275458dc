/**
 * `npm run bench`: builds the production app and the bare React Flow page, serves both, and
 * measures them in Chromium for each size; prints a table of medians with the app-to-bare
 * ratios and saves everything to bench/results/latest.json. Options: see bench/README.md.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { initialJavaScript } from './bundle-size.mjs';
import {
  measureManyServicesRun,
  measureOpenProjectRun,
  writeLargeProjectFile,
} from './measure-large-inputs.mjs';
import { measureLoad, openWatchedPage } from './measure-load.mjs';
import { attempt, measureAppRun, measureBareRun } from './measure-runs.mjs';
import {
  defaultRatios,
  formatDefaultTable,
  formatInputsTable,
  formatTable,
  formatTargets,
  medians,
  ratios,
  targets,
} from './report.mjs';
import { serveFolder } from './static-server.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const BARE_DIST = here('./dist-bare');

const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,100,1000,3000' },
    // Sizes also measured in the app's default view (folded); default: those from 1000 up.
    'default-sizes': { type: 'string' },
    runs: { type: 'string', default: '5' },
    'large-runs': { type: 'string', default: '5' },
    plan: { type: 'string', default: 'starter' },
    seed: { type: 'string', default: '1' },
    'drag-ms': { type: 'string', default: '2000' },
    'app-default': { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
    // Large inputs: a services.yaml of --services services, a project file of --environments.
    'inputs-runs': { type: 'string', default: '3' },
    services: { type: 'string', default: '5000' },
    environments: { type: 'string', default: '20000' },
    'only-inputs': { type: 'boolean', default: false },
    // A built app to measure instead of building one (e.g. an older build, for a before/after).
    dist: { type: 'string' },
    out: { type: 'string', default: here('./results/latest.json') },
  },
});

const APP_DIST = options.dist ?? here('./dist-app');
const SIZES = options.sizes.split(',').map(Number);
const DEFAULT_SIZES =
  options['default-sizes'] === undefined
    ? SIZES.filter((size) => size >= 1000)
    : options['default-sizes'].split(',').map(Number);
const PLAN = options.plan === 'pro' ? 'pro' : 'starter';
const SEED = Number(options.seed);
const DRAG_MS = Number(options['drag-ms']);
/** Sizes from here on get `--large-runs` runs, so that a full run fits in ten minutes. */
const LARGE = 3000;
const VIEWPORT = { width: 1280, height: 800 };
const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const notes = [];
function note(text) {
  if (notes.includes(text)) return;
  notes.push(text);
  console.log(`  note: ${text}`);
}

const runsFor = (size) => Number(size >= LARGE ? options['large-runs'] : options.runs);
const timeoutFor = (size) => 20_000 + size * 20;

async function buildPages() {
  const started = Date.now();
  console.log('Building the app (vite build) and the bare React Flow page...');
  await build({
    root: here('..'),
    logLevel: 'error',
    build: { outDir: APP_DIST, emptyOutDir: true },
  });
  await build({ configFile: here('./vite.bare.config.ts'), logLevel: 'error' });
  console.log(`  built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Whether the app draws a `?synthetic=` project, and the size of its canvas. */
async function probeApp(browser, appUrl) {
  const size = 10;
  const { context, page } = await openWatchedPage(browser, VIEWPORT, size);
  try {
    const load = await measureLoad(page, `${appUrl}/?plan=${PLAN}&synthetic=${size}`, 60_000);
    const canvas = await page.evaluate(() => {
      const r = document.querySelector('.react-flow')?.getBoundingClientRect();
      return r ? { width: Math.round(r.width), height: Math.round(r.height) } : null;
    });
    return { synthetic: load.exact && load.nodes === size, canvas };
  } finally {
    await context.close();
  }
}

/**
 * Every run of one size, app and bare interleaved so a slow spell hits all alike: the app
 * with every branch drawn (`urls.app`), the app's default view (`urls.appDefault`, when
 * given: load to the first readable view) and the bare page drawing all nodes.
 */
async function measureSize(browser, size, urls, synthetic) {
  const runs = { app: [], appDefault: [], bare: [] };
  const common = { browser, viewport: VIEWPORT, timeout: timeoutFor(size), dragMs: DRAG_MS, note };
  for (let i = 0; i < runsFor(size); i++) {
    const started = Date.now();
    const app = await attempt(note, `app, ${size}`, () =>
      measureAppRun({ ...common, url: urls.app, expected: synthetic ? size : null }),
    );
    const appDefault = urls.appDefault
      ? await attempt(note, `app default view, ${size}`, () =>
          measureAppRun({ ...common, url: urls.appDefault, expected: null, readable: true }),
        )
      : null;
    const bare = await attempt(note, `bare, ${size}`, () =>
      measureBareRun({ ...common, url: urls.bare, expected: size }),
    );
    if (app) runs.app.push(app);
    if (appDefault) runs.appDefault.push(appDefault);
    if (bare) runs.bare.push(bare);
    if (app && synthetic && !app.exact) {
      note(`the app drew ${app.nodes} of ${size} nodes; its load is timed to when drawing stopped`);
    }
    if (appDefault && !appDefault.exact) {
      const px = appDefault.titlePx?.toFixed(1) ?? 'none';
      note(
        `${size} environments, default view: the first view held still with titles of ${px} px (under 10); its load is timed to when it stopped`,
      );
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    console.log(
      `  ${size} environments, run ${i + 1}: ${summary(app, appDefault, bare)} (${seconds} s)`,
    );
  }
  const [appZoom, bareZoom] = [runs.app[0]?.zoom, runs.bare[0]?.zoom];
  if (appZoom && bareZoom && Math.abs(appZoom / bareZoom - 1) > 0.05) {
    note(`${size} environments: the app drew at zoom ${appZoom}, the bare page at ${bareZoom}`);
  }
  const app = medians(runs.app);
  const bare = medians(runs.bare);
  const result = {
    app: { url: urls.app, runs: runs.app, median: app },
    bare: { url: urls.bare, runs: runs.bare, median: bare },
    ratio: ratios(app, bare),
  };
  if (urls.appDefault) {
    const median = medians(runs.appDefault);
    result.appDefault = {
      url: urls.appDefault,
      runs: runs.appDefault,
      median,
      ratio: defaultRatios(median, bare),
    };
  }
  return result;
}

function summary(app, appDefault, bare) {
  const ms = (v) => (typeof v === 'number' ? `${v.toFixed(0)} ms` : 'n/a');
  const work = (run) => (typeof run?.workMs === 'number' ? `${run.workMs.toFixed(1)} ms` : 'n/a');
  const parts = [
    `app (unfolded) load ${ms(app?.loadMs)}, merge ${ms(app?.mergeMs)}, work/frame ${work(app)}`,
  ];
  if (appDefault) {
    parts.push(
      `default view readable ${ms(appDefault.loadMs)}, click ${ms(appDefault.clickMs)}, merge ${ms(appDefault.mergeMs)}`,
    );
  }
  parts.push(`bare load ${ms(bare?.loadMs)}, work/frame ${work(bare)}`);
  return parts.join('; ');
}

function describeRuns() {
  const small = Number(options.runs);
  const large = Number(options['large-runs']);
  const hasLarge = SIZES.some((s) => s >= LARGE);
  return small === large || !hasLarge
    ? `${small} runs per size`
    : `${small} runs per size, ${large} from ${LARGE} environments`;
}

/**
 * The large-input runs: a fresh page per run, a services.yaml of `--services` services
 * imported, then its panels; a project file of `--environments` environments opened.
 */
async function measureLargeInputs(browser, appUrl) {
  const services = Number(options.services);
  const environments = Number(options.environments);
  const runs = Number(options['inputs-runs']);
  const common = { browser, viewport: VIEWPORT, url: appUrl, timeout: 600_000, note };
  const name = `project-${environments}.json`;
  // Under its own name: the app's status names the file.
  const path = join(await mkdtemp(join(tmpdir(), 'mce-bench-')), name);
  const fileBytes = await writeLargeProjectFile(common, environments, path);
  const inputs = { services, environments, fileBytes, panel: [], open: [] };
  const ms = (v) => (typeof v === 'number' ? `${v.toFixed(0)} ms` : 'n/a');
  for (let i = 0; i < runs; i++) {
    const panel = await attempt(note, `${services} services`, () =>
      measureManyServicesRun({ ...common, services }),
    );
    if (panel) inputs.panel.push(panel);
    const open = await attempt(note, `${environments}-environment file`, () =>
      measureOpenProjectRun(common, path, name),
    );
    if (open) inputs.open.push(open);
    console.log(
      `  large inputs, run ${i + 1}: panel ${ms(panel?.clickMs)} (first ${ms(panel?.firstClickMs)}), open ${ms(open?.openMs)} (status ${ms(open?.statusMs)})`,
    );
  }
  return inputs;
}

async function main() {
  const started = Date.now();
  if (!options['skip-build'] && !options.dist) await buildPages();
  const bundle = await initialJavaScript(APP_DIST);
  const app = await serveFolder(APP_DIST);
  const bare = await serveFolder(BARE_DIST);
  const browser = await chromium.launch({ executablePath: EXECUTABLE, args: ARGS });
  try {
    if (options['only-inputs']) {
      const largeInputs = await measureLargeInputs(browser, app.url);
      console.log(`\n${formatInputsTable(largeInputs)}`);
      await mkdir(dirname(options.out), { recursive: true });
      const out = options.out.replace(/\.json$/, '-inputs.json');
      await writeFile(
        out,
        `${JSON.stringify({ date: new Date().toISOString(), largeInputs, notes }, null, 2)}\n`,
      );
      for (const text of notes) console.log(`Note: ${text}`);
      console.log(`Saved ${out}`);
      return;
    }
    const probe = await probeApp(browser, app.url);
    const synthetic = probe.synthetic && !options['app-default'];
    if (options['app-default']) {
      note('--app-default: the app rows are its default project at every size');
    } else if (!synthetic) {
      note(
        'the app ignores ?synthetic= (not wired yet): the app rows are its default project at every size, so the ratios compare unlike pages',
      );
    }
    const canvas = probe.canvas ?? VIEWPORT;
    console.log(
      `Chromium ${browser.version()}, ${PLAN}, seed ${SEED}; app canvas ${canvas.width}x${canvas.height}, the bare page gets the same`,
    );

    const sizes = {};
    for (const size of SIZES) {
      const query = `plan=${PLAN}&synthetic=${size}&seed=${SEED}`;
      // `fold=off`: every branch drawn, the stress case the bare page is compared with.
      const urls = {
        app: synthetic ? `${app.url}/?${query}&fold=off` : `${app.url}/?plan=${PLAN}`,
        appDefault: synthetic && DEFAULT_SIZES.includes(size) ? `${app.url}/?${query}` : undefined,
        bare: `${bare.url}/?${query}&w=${canvas.width}&h=${canvas.height}`,
      };
      sizes[size] = await measureSize(browser, size, urls, synthetic);
    }
    const largeInputs =
      Number(options['inputs-runs']) > 0 ? await measureLargeInputs(browser, app.url) : null;

    const results = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version },
      chromium: browser.version(),
      plan: PLAN,
      seed: SEED,
      appProject: synthetic ? 'synthetic' : 'default',
      viewport: VIEWPORT,
      canvas,
      dragMs: DRAG_MS,
      initialJs: bundle,
      sizes,
      largeInputs,
      notes,
      seconds: Math.round((Date.now() - started) / 1000),
    };
    results.targets = targets(results).map(({ target, shown, met }) => ({ target, shown, met }));
    await mkdir(dirname(options.out), { recursive: true });
    await writeFile(options.out, `${JSON.stringify(results, null, 2)}\n`);

    console.log(`\nMedians of ${describeRuns()}; ratio = app / bare`);
    console.log(formatTable(results));
    const defaultTable = formatDefaultTable(results);
    if (defaultTable)
      console.log(
        `\nDefault view (the app's own folding) against bare React Flow drawing all nodes\n${defaultTable}`,
      );
    console.log(`\nTargets (issue 13)\n${formatTargets(results)}`);
    if (largeInputs) console.log(`\nLarge inputs: medians\n${formatInputsTable(largeInputs)}`);
    const kb = (bytes) => (bytes / 1024).toFixed(1);
    console.log(
      `\nInitial JavaScript: ${kb(bundle.gzipBytes)} kB gzipped (${kb(bundle.bytes)} kB raw), ${bundle.files.length} file(s)`,
    );
    for (const text of notes) console.log(`Note: ${text}`);
    console.log(`Saved ${options.out} (${results.seconds} s in all)`);
  } finally {
    await browser.close();
    await app.close();
    await bare.close();
  }
}

await main();
