import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The palette (src/app/theme.css) read as the browser reads it, one column per theme, and
 * every pair of colours the app draws one on the other held to WCAG 2.1 AA: 4.5:1 for text,
 * 3:1 for large text, the edges of controls and the graphics of the diagram.
 */

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

const THEME_CSS = read('src/app/theme.css');
const OTHER_CSS = [
  'src/app/styles.css',
  'src/app/help/help.css',
  'src/persistence/persistence.css',
];

type Theme = 'light' | 'dark';
type Rgba = readonly [number, number, number, number];

/** The declarations of the palette's `:root` block, as written. */
function declarations(css: string): Map<string, string> {
  const block = /:root\s*\{([^}]*)\}/.exec(css.replace(/\/\*[\s\S]*?\*\//g, ''))?.[1] ?? '';
  const found = new Map<string, string>();
  for (const [, name = '', value = ''] of block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g))
    found.set(name, value.trim());
  return found;
}

const PALETTE = declarations(THEME_CSS);

function parseColor(text: string): Rgba {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(text)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    const byte = (i: number) => Number.parseInt(full.slice(i, i + 2), 16);
    return [byte(0), byte(2), byte(4), full.length === 8 ? byte(6) / 255 : 1];
  }
  const rgb = /^rgb\(\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*(?:\/\s*([\d.]+)(%?))?\s*\)$/.exec(text);
  if (rgb) {
    const [, r, g, b, a, percent] = rgb;
    const alpha = a === undefined ? 1 : Number(a) / (percent ? 100 : 1);
    return [Number(r), Number(g), Number(b), alpha];
  }
  throw new Error(`not a colour the test reads: ${text}`);
}

/** The value of a palette property in one theme: light-dark() picks a column, var() follows. */
function resolve(name: string, theme: Theme): Rgba {
  const value = PALETTE.get(name);
  if (value === undefined) throw new Error(`${name} is not in the palette`);
  const pick = /^light-dark\(\s*(.+?)\s*,\s*(.+)\s*\)$/.exec(value);
  const chosen = pick ? (theme === 'light' ? pick[1] : pick[2]) : value;
  const reference = /^var\((--[\w-]+)\)$/.exec(chosen ?? '')?.[1];
  return reference ? resolve(reference, theme) : parseColor(chosen ?? '');
}

/** A translucent colour as it shows over an opaque one. */
function over(top: Rgba, under: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => (top[i] ?? 0) * a + (under[i] ?? 0) * (1 - a)).concat(1) as never;
}

/** color-mix(in srgb, a share%, b). */
function mix(a: Rgba, share: number, b: Rgba): Rgba {
  return [0, 1, 2].map((i) => (a[i] ?? 0) * share + (b[i] ?? 0) * (1 - share)).concat(1) as never;
}

function luminance([r, g, b]: Rgba): number {
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgba, b: Rgba): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

const TEXT = 4.5;
const LARGE_OR_GRAPHIC = 3;

/**
 * A colour drawn on another. `under` is what a translucent background sits on; `mixed` is a
 * background made of a share of one property and the rest of another.
 */
type Pair = Readonly<{
  fg: string;
  bg: string;
  min: number;
  where: string;
  under?: string;
  mixed?: Readonly<{ share: number; with: string }>;
}>;

const ROLES = ['global-master', 'production', 'staging', 'integration', 'development'];

const PAIRS: readonly Pair[] = [
  // Page, panels, dialogs, forms
  { fg: '--text', bg: '--surface', min: TEXT, where: 'body text, panels, dialogs' },
  { fg: '--text', bg: '--surface-muted', min: TEXT, where: 'inline forms' },
  { fg: '--text', bg: '--canvas', min: TEXT, where: 'text on the diagram' },
  { fg: '--text', bg: '--accent-soft', min: TEXT, where: 'pressed buttons, the active option' },
  { fg: '--text', bg: '--hover', min: TEXT, where: 'hovered buttons' },
  { fg: '--text', bg: '--warning-bg', min: TEXT, where: 'pending service, ticket, hints' },
  { fg: '--text', bg: '--highlight-bg', min: TEXT, where: 'a compared row that differs' },
  { fg: '--text', bg: '--notice-bg', min: TEXT, where: 'saved-state notice' },
  { fg: '--text', bg: '--toolbar-glass', under: '--canvas', min: TEXT, where: 'diagram toolbar' },
  { fg: '--muted', bg: '--surface', min: TEXT, where: 'secondary text' },
  { fg: '--muted', bg: '--surface-muted', min: TEXT, where: 'secondary text in forms' },
  { fg: '--muted', bg: '--canvas', min: TEXT, where: 'key caps, diagram hints' },
  { fg: '--muted', bg: '--code-bg', min: TEXT, where: 'muted text in a code block' },
  { fg: '--muted', bg: '--accent-soft', min: TEXT, where: "the active option's reason" },
  { fg: '--muted', bg: '--hover', min: TEXT, where: 'a hovered menu item' },
  { fg: '--muted', bg: '--toolbar-glass', under: '--canvas', min: TEXT, where: 'search count' },
  { fg: '--code-text', bg: '--surface', min: TEXT, where: 'command line of a palette option' },
  { fg: '--code-text', bg: '--accent-soft', min: TEXT, where: 'the same, in the active option' },
  { fg: '--accent', bg: '--surface', min: TEXT, where: 'links, the focus ring' },
  { fg: '--accent', bg: '--surface-muted', min: TEXT, where: 'links in forms' },
  { fg: '--accent', bg: '--canvas', min: TEXT, where: 'links, selected node outline' },
  { fg: '--primary-text', bg: '--primary-bg', min: TEXT, where: 'primary buttons' },
  { fg: '--disabled-text', bg: '--disabled-bg', min: TEXT, where: 'a disabled button says why' },
  // States
  { fg: '--info', bg: '--info-bg', min: TEXT, where: 'inherited, building badges' },
  { fg: '--info', bg: '--surface', min: TEXT, where: 'a running activity' },
  { fg: '--success', bg: '--success-bg', min: TEXT, where: 'active, deployed, added, done' },
  { fg: '--success', bg: '--surface', min: TEXT, where: 'a successful activity' },
  { fg: '--warning', bg: '--surface', min: TEXT, where: 'warnings' },
  { fg: '--warning', bg: '--warning-bg', min: TEXT, where: 'a warning in a pending service' },
  { fg: '--caution', bg: '--caution-bg', min: TEXT, where: 'pending, maintenance, differs' },
  { fg: '--caution', bg: '--warning-bg', min: TEXT, where: 'overridden, changed badges' },
  { fg: '--danger', bg: '--danger-bg', min: TEXT, where: 'failed, removed badges' },
  { fg: '--danger', bg: '--danger-bg-soft', min: TEXT, where: 'panel errors, scenario problems' },
  { fg: '--danger', bg: '--surface', min: TEXT, where: 'a failed or refused activity' },
  { fg: '--changed', bg: '--surface', min: TEXT, where: 'a scenario tree that differs' },
  { fg: '--neutral', bg: '--neutral-bg', min: TEXT, where: 'inactive badges' },
  { fg: '--neutral', bg: '--canvas', min: TEXT, where: 'an unmet goal' },
  { fg: '--neutral', bg: '--node-inactive-bg', min: TEXT, where: 'a folded group' },
  { fg: '--muted', bg: '--node-inactive-bg', min: TEXT, where: "a folded group's hint" },
  { fg: '--toast-text', bg: '--toast-bg', min: TEXT, where: 'the live region' },
  { fg: '--info', bg: '--drop-bg', under: '--canvas', min: LARGE_OR_GRAPHIC, where: 'drop here' },
  // The terminal
  { fg: '--term-text', bg: '--term-bg', min: TEXT, where: 'command line, log' },
  { fg: '--term-bright', bg: '--term-bg', min: TEXT, where: 'a command typed' },
  { fg: '--term-dim', bg: '--term-bg', min: TEXT, where: 'results, the prompt' },
  { fg: '--term-output', bg: '--term-bg', min: TEXT, where: 'output' },
  { fg: '--term-error', bg: '--term-bg', min: TEXT, where: 'refusals' },
  { fg: '--term-link', bg: '--term-bg', min: TEXT, where: 'completions, focus there' },
  { fg: '--term-bright', bg: '--term-input-bg', min: TEXT, where: 'the Command box' },
  { fg: '--term-dim', bg: '--term-input-bg', min: TEXT, where: "the Command box's placeholder" },
  // The diagram
  { fg: '--text', bg: '--node-inactive-bg', min: TEXT, where: 'an inactive node' },
  { fg: '--node-inactive-title', bg: '--node-inactive-bg', min: TEXT, where: 'its title' },
  { fg: '--edge-label', bg: '--canvas', min: TEXT, where: '"merge" on a path' },
  ...ROLES.flatMap((role): Pair[] => [
    {
      fg: `--role-${role}`,
      bg: '--surface',
      min: TEXT,
      where: `${role} role on a node, its stripe and minimap block`,
    },
    { fg: `--role-${role}`, bg: '--node-inactive-bg', min: TEXT, where: `inactive ${role}` },
    {
      fg: '--text',
      bg: `--role-${role}`,
      mixed: { share: 0.14, with: '--surface' },
      min: TEXT,
      where: `a zoomed-out ${role} title`,
    },
  ]),
  // Edges of controls, graphics (3:1); the focus ring, outlines and stripes are held to 4.5:1 above
  { fg: '--control-border', bg: '--surface', min: LARGE_OR_GRAPHIC, where: 'fields, buttons' },
  { fg: '--control-border', bg: '--surface-muted', min: LARGE_OR_GRAPHIC, where: 'form fields' },
  { fg: '--control-border', bg: '--canvas', min: LARGE_OR_GRAPHIC, where: 'folded group' },
  { fg: '--term-input-border', bg: '--term-bg', min: LARGE_OR_GRAPHIC, where: 'Command box' },
  { fg: '--invalid', bg: '--surface', min: LARGE_OR_GRAPHIC, where: 'a field in error' },
  { fg: '--merge-target', bg: '--canvas', min: LARGE_OR_GRAPHIC, where: 'drop target outline' },
  { fg: '--edge', bg: '--canvas', min: LARGE_OR_GRAPHIC, where: 'merge paths, arrowheads' },
  { fg: '--edge-inactive', bg: '--canvas', min: LARGE_OR_GRAPHIC, where: 'dashed paths' },
  { fg: '--minimap-group', bg: '--surface', min: LARGE_OR_GRAPHIC, where: 'minimap group' },
];

function background(pair: Pair, theme: Theme): Rgba {
  const bg = resolve(pair.bg, theme);
  if (pair.mixed) return mix(bg, pair.mixed.share, resolve(pair.mixed.with, theme));
  return pair.under ? over(bg, resolve(pair.under, theme)) : bg;
}

describe('the palette', () => {
  for (const theme of ['light', 'dark'] as const) {
    describe(`${theme} theme`, () => {
      it.each(PAIRS.map((pair) => [`${pair.fg} on ${pair.bg} (${pair.where})`, pair] as const))(
        '%s meets AA',
        (_name, pair) => {
          const ratio = contrast(resolve(pair.fg, theme), background(pair, theme));
          expect(ratio, `${pair.fg} on ${pair.bg}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(
            pair.min,
          );
        },
      );
    });
  }

  it('gives every colour a light and a dark value', () => {
    const single = [...PALETTE].filter(
      ([name, value]) =>
        name !== 'color-scheme' && !value.startsWith('light-dark(') && !value.startsWith('var('),
    );
    expect(single.filter(([name]) => !name.startsWith('--xy-'))).toEqual([]);
  });

  it('is the only place a colour is written: the other style sheets use its properties', () => {
    const literal = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|oklch|oklab|lab|lch)\(/i;
    const found = OTHER_CSS.flatMap((path) =>
      read(path)
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .split('\n')
        .map((line, i) => `${path}:${i + 1}: ${line.trim()}`)
        .filter((line) => literal.test(line.split(': ').slice(1).join(': '))),
    );
    expect(found).toEqual([]);
  });

  it('defines every property the style sheets use', () => {
    const sheets = [THEME_CSS, ...OTHER_CSS.map(read)].join('\n');
    const defined = new Set([...sheets.matchAll(/(--[\w-]+)\s*:/g)].map(([, name]) => name));
    const used = new Set([...sheets.matchAll(/var\((--[\w-]+)/g)].map(([, name]) => name));
    // React Flow's own properties are defined by its style sheet, not ours.
    const missing = [...used].filter((name) => !defined.has(name) && !name?.startsWith('--xy-'));
    expect(missing).toEqual([]);
  });
});
