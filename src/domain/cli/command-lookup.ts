import { CLI_SPECS, type CliCommandSpec, type CliOption, GLOBAL_OPTIONS } from './cli-grammar';

/**
 * What a typed name means: a command found the way Symfony Console finds it (research §1,
 * S8), an option of a command, and, for anything that is not there, the nearest valid names.
 */

export type CommandLookup = Readonly<{ command: CliCommandSpec }> | Readonly<{ error: string }>;

/** Every name and alias, hidden ones included, with the command it names. */
const BY_NAME: ReadonlyMap<string, CliCommandSpec> = new Map(
  CLI_SPECS.flatMap((s) =>
    [s.name, ...s.aliases, ...s.hiddenAliases].map((n) => [n, s] as [string, CliCommandSpec]),
  ),
);

/** Names offered as suggestions: those `list` shows, and their visible aliases. */
const LISTED_NAMES: readonly string[] = CLI_SPECS.filter((s) => !s.hidden).flatMap((s) => [
  s.name,
  ...s.aliases.filter((a) => !s.hiddenAliases.includes(a)),
]);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The command a typed name stands for: an exact name or alias; else, each `:`-separated part
 * read as the start of a part (`env:br` is environment:branch), case-insensitively if nothing
 * matches otherwise. Several commands for one abbreviation is an error, as in the CLI.
 */
export function findCommand(typed: string): CommandLookup {
  const exact = BY_NAME.get(typed);
  if (exact) return { command: exact };
  const pattern = `^${typed
    .split(':')
    .map((part) => `${escapeRegExp(part)}[^:]*`)
    .join(':')}`;
  const names = [...BY_NAME.keys()];
  let matches = names.filter((n) => new RegExp(pattern).test(n));
  if (matches.length === 0) matches = names.filter((n) => new RegExp(pattern, 'i').test(n));
  // Symfony also needs one name that the whole pattern covers, not just a namespace of it.
  const whole = new RegExp(`${pattern}$`, 'i');
  if (!matches.some((n) => whole.test(n))) {
    return {
      error: [`Command "${typed}" is not defined.`, ...didYouMean(typed, LISTED_NAMES)].join('\n'),
    };
  }
  // One entry per command: its own name if that matched, else the alias that did.
  const shown = new Map<CliCommandSpec, string>();
  for (const n of matches) {
    const command = BY_NAME.get(n) as CliCommandSpec;
    if (!shown.has(command) || n === command.name) shown.set(command, n);
  }
  const [only] = shown.keys();
  if (only && shown.size === 1) return { command: only };
  const width = Math.max(...[...shown.values()].map((n) => n.length));
  return {
    error: [
      `Command "${typed}" is ambiguous.`,
      'Did you mean one of these?',
      ...[...shown].map(([command, n]) => `    ${n.padEnd(width)} ${command.description}`),
    ].join('\n'),
  };
}

/** Every option a command accepts: its own, then the global ones. */
export function optionsOf(command: CliCommandSpec): readonly CliOption[] {
  return [...command.options, ...GLOBAL_OPTIONS];
}

/** A command's option by its long (`--title`) or short (`-e`) name. */
export function findOption(command: CliCommandSpec, name: string): CliOption | undefined {
  return optionsOf(command).find((o) => o.long === name || o.short === name);
}

/**
 * The refusal of an option the command lacks, in Symfony's words, with the command's nearest
 * options, or all of them when none is near.
 */
export function unknownOption(command: CliCommandSpec, typed: string): string {
  // Compared without their dashes, which every option shares.
  const bare = (name: string) => name.replace(/^-+/, '');
  const longs = new Map(command.options.map((o) => [bare(o.long), o.long]));
  const near = nearest(bare(typed), [...longs.keys()]).map((n) => longs.get(n) as string);
  const hint =
    near.length > 0
      ? suggestions(near)
      : ['', `Options of ${command.name}: ${[...longs.values()].join(', ')}`];
  return [`The "${typed}" option does not exist.`, ...hint].join('\n');
}

/**
 * "Did you mean this?" and the nearest candidates, as lines to follow a refusal; none when
 * nothing is near enough.
 */
export function didYouMean(typed: string, candidates: readonly string[]): string[] {
  return suggestions(nearest(typed, candidates));
}

function suggestions(near: readonly string[]): string[] {
  if (near.length === 0) return [];
  return [
    '',
    near.length === 1 ? 'Did you mean this?' : 'Did you mean one of these?',
    ...near.map((n) => `    ${n}`),
  ];
}

/**
 * The candidates nearest to `typed`: those at the smallest distance, if that is small for
 * its length (a slip of one character in three). The distance is the lesser of the edit
 * distance to the whole candidate and, part by part (`:` apart), to the start of each part,
 * so that a mistyped abbreviation (`env:mrege`) still finds its command.
 */
export function nearest(typed: string, candidates: readonly string[]): string[] {
  const limit = typed.length <= 3 ? 1 : Math.max(2, Math.floor(typed.length / 3));
  const scored = [...new Set(candidates)]
    .map((c) => ({ c, d: distance(typed.toLowerCase(), c.toLowerCase()) }))
    .filter(({ d }) => d <= limit);
  const best = Math.min(...scored.map(({ d }) => d));
  return scored
    .filter(({ d }) => d === best)
    .map(({ c }) => c)
    .sort();
}

function distance(typed: string, candidate: string): number {
  const whole = editDistances(typed, candidate).at(-1) as number;
  const typedParts = typed.split(':');
  const parts = candidate.split(':');
  if (typedParts.length !== parts.length) return whole;
  const byParts = typedParts.reduce(
    (sum, part, i) => sum + Math.min(...editDistances(part, parts[i] as string)),
    0,
  );
  return Math.min(whole, byParts);
}

/**
 * The edit distance (insertions, deletions, substitutions and swaps of neighbours, each
 * costing one) from `a` to each prefix of `b`, shortest prefix first.
 */
function editDistances(a: string, b: string): number[] {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const above = rows[i - 1] as number[];
      let best = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return rows.at(-1) as number[];
}
