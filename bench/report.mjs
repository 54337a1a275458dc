/** Medians, ratios to the bare page, and the printed table. */

/** What is measured, on which page, and how it prints. `bare` metrics get a ratio row. */
export const METRICS = [
  { key: 'loadMs', label: 'Load to diagram ready (ms)', bare: true },
  { key: 'heapMb', label: 'JS heap after load, after GC (MB)', bare: true },
  { key: 'dragP50', label: 'Frame time while dragging, p50 (ms)', bare: true },
  { key: 'dragP95', label: 'Frame time while dragging, p95 (ms)', bare: true },
  { key: 'dragMax', label: 'Frame time while dragging, max (ms)', bare: true },
  { key: 'clickMs', label: 'Click to details panel (ms)', bare: false },
  { key: 'mergeMs', label: 'Drop to merge shown (ms)', bare: false },
  { key: 'mergePanelMs', label: 'Click parent to merged panel (ms)', bare: false },
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

/** The table: a block of rows per metric (app, bare, ratio), a column per size. */
export function formatTable(results) {
  const sizes = Object.keys(results.sizes);
  const width = 12;
  const head = ' '.repeat(44) + sizes.map((s) => `${s} envs`.padStart(width)).join('');
  const lines = [head, '-'.repeat(head.length)];
  const row = (label, page, values) =>
    lines.push(label.padEnd(38) + page.padEnd(6) + values.map((v) => v.padStart(width)).join(''));
  for (const metric of METRICS) {
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
  { key: 'importSeconds', label: 'Import of the services.yaml, to its report (s)', of: 'panel' },
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
