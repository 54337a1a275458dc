/** Medians, ratios to the bare page, and the printed table. */

/** What is measured, on which page, and how it prints. `bare` metrics get a ratio row. */
export const METRICS = [
  { key: 'loadMs', label: 'Load to diagram ready (ms)', bare: true },
  { key: 'heapMb', label: 'JS heap after load, after GC (MB)', bare: true },
  { key: 'dragP50', label: 'Frame time while dragging, p50 (ms)', bare: true },
  { key: 'dragP95', label: 'Frame time while dragging, p95 (ms)', bare: true },
  { key: 'dragMax', label: 'Frame time while dragging, max (ms)', bare: true },
  { key: 'workMs', label: 'Main-thread work per drag frame (ms)', bare: true },
  { key: 'workScriptMs', label: '  of which script (ms)', bare: true },
  { key: 'workStyleMs', label: '  of which style (ms)', bare: true },
  { key: 'workLayoutMs', label: '  of which layout (ms)', bare: true },
  { key: 'workOtherMs', label: '  of which paint and the rest (ms)', bare: true },
  { key: 'clickMs', label: 'Click to details panel (ms)', bare: false },
  { key: 'mergeMs', label: 'Drop to merge shown (ms)', bare: false },
  { key: 'mergePanelMs', label: 'Click parent to merged panel (ms)', bare: false },
  { key: 'titlePx', label: 'Smallest node title on screen (px)', bare: false, hidden: true },
];

export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The median of every metric over the runs of one page and size. */
export function medians(runs) {
  return Object.fromEntries(METRICS.map(({ key }) => [key, median(runs.map((run) => run[key]))]));
}

/** App median over bare median, for the metrics both pages have. */
export function ratios(app, bare) {
  return Object.fromEntries(
    METRICS.filter((m) => m.bare).map(({ key }) => [
      key,
      typeof app[key] === 'number' && typeof bare[key] === 'number' && bare[key] > 0
        ? app[key] / bare[key]
        : null,
    ]),
  );
}

function cell(value, digits = 1) {
  if (value === null || value === undefined) return 'n/a';
  if (Math.abs(value) >= 100) return value.toFixed(0);
  return value.toFixed(digits);
}

/**
 * The default view against the bare page drawing everything: its load (to the first
 * readable view) over the bare load, and heap and drag work over the bare page's.
 */
export function defaultRatios(view, bare) {
  const over = (a, b) => (typeof a === 'number' && typeof b === 'number' && b > 0 ? a / b : null);
  return {
    loadMs: over(view.loadMs, bare.loadMs),
    heapMb: over(view.heapMb, bare.heapMb),
    workMs: over(view.workMs, bare.workMs),
  };
}

/** The table: a block of rows per metric (app, bare, ratio), a column per size. */
export function formatTable(results) {
  const sizes = Object.keys(results.sizes);
  const width = 12;
  const head = ' '.repeat(44) + sizes.map((s) => `${s} envs`.padStart(width)).join('');
  const lines = [head, '-'.repeat(head.length)];
  const row = (label, page, values) =>
    lines.push(label.padEnd(38) + page.padEnd(6) + values.map((v) => v.padStart(width)).join(''));
  for (const metric of METRICS.filter((m) => !m.hidden)) {
    const of = (page) => sizes.map((s) => results.sizes[s][page]?.median?.[metric.key]);
    row(
      metric.label,
      'app',
      of('app').map((v) => cell(v)),
    );
    if (!metric.bare) continue;
    row(
      '',
      'bare',
      of('bare').map((v) => cell(v)),
    );
    row(
      '',
      'ratio',
      sizes.map((s) => {
        const r = results.sizes[s].ratio?.[metric.key];
        return r === null || r === undefined ? 'n/a' : `${r.toFixed(2)}x`;
      }),
    );
  }
  row(
    'Runs (app / bare)',
    '',
    sizes.map((s) => {
      const { app, bare } = results.sizes[s];
      return `${app?.runs.length ?? 0} / ${bare?.runs.length ?? 0}`;
    }),
  );
  row(
    'Zoom after fit view (app / bare)',
    '',
    sizes.map((s) => {
      const { app, bare } = results.sizes[s];
      const zoom = (page) =>
        typeof page?.runs[0]?.zoom === 'number' ? page.runs[0].zoom.toFixed(2) : '-';
      return `${zoom(app)} / ${zoom(bare)}`;
    }),
  );
  row(
    'Nodes drawn (app / bare)',
    '',
    sizes.map((s) => {
      const { app, bare } = results.sizes[s];
      return `${app?.runs[0]?.nodes ?? '-'} / ${bare?.runs[0]?.nodes ?? '-'}`;
    }),
  );
  return lines.join('\n');
}

/** What the large-input runs measure, and how each prints. */
export const INPUT_METRICS = [
  { key: 'importSeconds', label: 'Import of the services.yaml, to its preview (s)', of: 'panel' },
  { key: 'firstClickMs', label: 'Click to panel, first (parses the files) (ms)', of: 'panel' },
  { key: 'clickMs', label: 'Click to panel of that environment (ms)', of: 'panel' },
  { key: 'undoMs', label: 'Undo to panel (ms)', of: 'panel' },
  { key: 'redoMs', label: 'Redo to panel (ms)', of: 'panel' },
  { key: 'panelElements', label: 'Elements in the panel', of: 'panel' },
  { key: 'statusMs', label: 'Open: choice to first status shown (ms)', of: 'open' },
  { key: 'openMs', label: 'Open: choice to diagram shown (ms)', of: 'open' },
  { key: 'drawn', label: 'Open: nodes drawn of the tree', of: 'open' },
];

/** The large-input table: one row per figure, the median of its runs. */
export function formatInputsTable(inputs) {
  const lines = [];
  const heads = {
    panel: `A ${inputs.services.toLocaleString('en')}-service environment`,
    open: `A ${inputs.environments.toLocaleString('en')}-environment project file (${(inputs.fileBytes / 1e6).toFixed(1)} MB)`,
  };
  for (const of of ['panel', 'open']) {
    const runs = inputs[of] ?? [];
    lines.push(`${heads[of]}, ${runs.length} run(s)`);
    for (const metric of INPUT_METRICS.filter((m) => m.of === of)) {
      const value = median(runs.map((run) => run[metric.key]));
      lines.push(`  ${metric.label.padEnd(52)}${cell(value).padStart(10)}`);
    }
  }
  return lines.join('\n');
}

/** The default-view rows: what the app shows first, against bare React Flow drawing all. */
const DEFAULT_ROWS = [
  { key: 'loadMs', label: 'Load to readable diagram (ms)', bare: 'loadMs', ratio: true },
  { key: 'heapMb', label: 'JS heap after load, after GC (MB)', bare: 'heapMb', ratio: true },
  { key: 'workMs', label: 'Main-thread work per drag frame (ms)', bare: 'workMs', ratio: true },
  { key: 'dragP95', label: 'Frame time while dragging, p95 (ms)' },
  { key: 'clickMs', label: 'Click to details panel (ms)' },
  { key: 'mergeMs', label: 'Drop to merge shown (ms)' },
  { key: 'mergePanelMs', label: 'Click parent to merged panel (ms)' },
  { key: 'titlePx', label: 'Smallest node title on screen (px)' },
];

/** The default-view table, a column per size measured that way; '' when none was. */
export function formatDefaultTable(results) {
  const sizes = Object.keys(results.sizes).filter((s) => results.sizes[s].appDefault);
  if (sizes.length === 0) return '';
  const width = 12;
  const head = ' '.repeat(44) + sizes.map((s) => `${s} envs`.padStart(width)).join('');
  const lines = [head, '-'.repeat(head.length)];
  const row = (label, page, values) =>
    lines.push(label.padEnd(38) + page.padEnd(6) + values.map((v) => v.padStart(width)).join(''));
  for (const r of DEFAULT_ROWS) {
    row(
      r.label,
      'app',
      sizes.map((s) => cell(results.sizes[s].appDefault.median[r.key])),
    );
    if (!r.bare) continue;
    row(
      '',
      'bare',
      sizes.map((s) => cell(results.sizes[s].bare?.median?.[r.bare])),
    );
    row(
      '',
      'ratio',
      sizes.map((s) => {
        const v = results.sizes[s].appDefault.ratio?.[r.key];
        return typeof v === 'number' ? `${v.toFixed(2)}x` : 'n/a';
      }),
    );
  }
  row(
    'Runs (app / bare)',
    '',
    sizes.map(
      (s) =>
        `${results.sizes[s].appDefault.runs.length} / ${results.sizes[s].bare?.runs.length ?? 0}`,
    ),
  );
  row(
    'Zoom of the first view (app / bare)',
    '',
    sizes.map((s) => {
      const zoom = (run) => (typeof run?.zoom === 'number' ? run.zoom.toFixed(2) : '-');
      return `${zoom(results.sizes[s].appDefault.runs[0])} / ${zoom(results.sizes[s].bare?.runs[0])}`;
    }),
  );
  row(
    'Nodes drawn (app / bare)',
    '',
    sizes.map(
      (s) =>
        `${results.sizes[s].appDefault.runs[0]?.nodes ?? '-'} / ${results.sizes[s].bare?.runs[0]?.nodes ?? '-'}`,
    ),
  );
  return lines.join('\n');
}

/**
 * Issue 13's targets ("Fast at size"), each with what this run measured and whether it is
 * met; a target whose size was not measured is left out.
 */
export function targets(results) {
  const at = (size) => results.sizes[size];
  const list = [];
  const add = (target, value, shown, met) =>
    list.push({ target, value, shown, met: typeof value === 'number' ? met(value) : null });
  const times = (v) => `${v.toFixed(2)}x`;
  const ms = (v) => `${v.toFixed(v < 10 ? 1 : 0)} ms`;
  for (const size of [1000, 3000]) {
    const view = at(size)?.appDefault;
    if (!view) continue;
    add(
      `Default view at ${size}: load to readable diagram <= 1.0x bare (all nodes)`,
      view.ratio.loadMs,
      (v) => `${times(v)} (${ms(view.median.loadMs)} / ${ms(at(size).bare.median.loadMs)})`,
      (v) => v <= 1.0,
    );
  }
  const view3000 = at(3000)?.appDefault;
  if (view3000) {
    add(
      'Default view at 3000: click to panel <= 100 ms',
      view3000.median.clickMs,
      ms,
      (v) => v <= 100,
    );
    add(
      'Default view at 3000: drop to merge shown <= 100 ms',
      view3000.median.mergeMs,
      ms,
      (v) => v <= 100,
    );
  }
  for (const size of [1000, 3000]) {
    const s = at(size);
    if (!s || results.appProject !== 'synthetic') continue;
    add(
      `Everything expanded at ${size}: load <= 1.3x bare`,
      s.ratio.loadMs,
      (v) => `${times(v)} (${ms(s.app.median.loadMs)} / ${ms(s.bare.median.loadMs)})`,
      (v) => v <= 1.3,
    );
  }
  const s1000 = at(1000);
  if (s1000 && results.appProject === 'synthetic') {
    add(
      'Everything expanded at 1000: main-thread work per drag frame <= bare',
      s1000.app.median.workMs,
      (v) =>
        `${ms(v)} (bare ${typeof s1000.bare.median.workMs === 'number' ? ms(s1000.bare.median.workMs) : 'n/a'})`,
      (v) => typeof s1000.bare.median.workMs === 'number' && v <= s1000.bare.median.workMs,
    );
    add(
      'Everything expanded at 1000: main-thread work per drag frame <= 8 ms',
      s1000.app.median.workMs,
      ms,
      (v) => v <= 8,
    );
  }
  for (const size of [1000, 3000]) {
    const s = at(size);
    if (!s || results.appProject !== 'synthetic') continue;
    add(
      `Everything expanded at ${size}: JS heap <= 1.15x bare`,
      s.ratio.heapMb,
      (v) =>
        `${times(v)} (${s.app.median.heapMb.toFixed(1)} / ${s.bare.median.heapMb.toFixed(1)} MB)`,
      (v) => v <= 1.15,
    );
  }
  return list.map((t) => ({
    ...t,
    shown: typeof t.value === 'number' ? t.shown(t.value) : 'not measured',
  }));
}

/** The targets as printed lines: target, measured value, met or missed. */
export function formatTargets(results) {
  const list = targets(results);
  if (list.length === 0) return '  (no target at the sizes measured)';
  return list
    .map((t) => {
      const verdict = t.met === null ? 'n/a' : t.met ? 'met' : 'MISSED';
      return `  ${t.target.padEnd(72)}${t.shown.padEnd(28)}${verdict}`;
    })
    .join('\n');
}
