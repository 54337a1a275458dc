import { validateBranchName } from '../operations/branch-environment';
import type { EnvironmentId, EnvironmentStatus } from '../types';
import { isValidVariableName } from '../variable';
import { CLI_TYPES, type CliType, EXECUTABLE } from './cli-grammar';
import { SENSITIVE_PLACEHOLDER } from './cli-output';

/**
 * Reading what a user pastes from their terminal: the output of `environment:list` and
 * `variable:list` (research §4.10, §7, checked against legacy-cli's EnvironmentListCommand,
 * VariableListCommand, Service/Table, Console/AdaptiveTable and Util/Csv, and Symfony
 * Console 3.4's Table). One pass over the lines; nothing here knows about plans or projects.
 *
 * How the CLI prints them, and so what is read:
 * - The table format: `+---+` rules above and below the header and at the end, `| cell |`
 *   rows. A cell wider than its column (the CLI fits the table to the terminal) is word-wrapped
 *   onto further row lines whose other cells are empty; Status, Type and Level never wrap, so
 *   a row line with an empty Status (Level) cell continues the row above. A wrapped ID keeps
 *   its indentation on every line.
 * - `environment:list` indents each child two spaces under its parent and puts `*` after the
 *   current environment (never in CSV or TSV, which carry neither). Its status column says
 *   `Active`, `Inactive`, `Paused`, `Deleting` or `In progress` (the API's `dirty`).
 * - `--columns` may choose, and order, any of ID, Machine name, Title, Status, Type, Created,
 *   Updated (Name, Level, Value, Enabled for `variable:list`): columns are found by header.
 * - `--format csv|tsv` (and `plain`, read as TSV): a header row, then one row per line; a cell
 *   holding the delimiter, a `"` or a line break is quoted, `"` doubled.
 * - `variable:list` shows a sensitive value as `[Hidden: sensitive value]` in the table and
 *   leaves it empty in CSV and TSV.
 */

/** A project as a heading names it: `Demo Store (abcdefg123456)`. */
export type PastedProjectLabel = Readonly<{ id: string; title: string }>;

export type PasteFormat = 'table' | 'csv' | 'tsv';

/** One environment as `environment:list` printed it. */
export type PastedEnvironment = Readonly<{
  id: EnvironmentId;
  /** As printed; empty when the paste has no Title column. */
  title: string;
  /** The environment it is indented under; null for a root, and always in CSV and TSV. */
  parentId: EnvironmentId | null;
  /** As the explorer models it: `In progress` is active, `Paused` and `Deleting` inactive. */
  status: EnvironmentStatus;
  /** The Status cell as printed: `Active`, `In progress`, `Paused`… */
  cliStatus: string;
  type: CliType;
  /** The optional columns (`--columns machine_name,created,updated`); null when absent. */
  machineName: string | null;
  created: string | null;
  updated: string | null;
  /** 1-based line of its row (its first line, when wrapped). */
  line: number;
}>;

export type EnvironmentListRead = Readonly<{
  command: 'environment:list';
  format: PasteFormat;
  /** Whether parents were read: the table format's indentation; CSV and TSV carry none. */
  hasTree: boolean;
  /** From a heading `Environments in the project TITLE (ID):`; the CLI's own `Your environments are:` names none. */
  project: PastedProjectLabel | null;
  /** In the order printed: each parent before its children. */
  environments: readonly PastedEnvironment[];
  /** The one marked `*`. */
  current: EnvironmentId | null;
  /** What the user should know about how the paste was read, as sentences. */
  notices: readonly string[];
  /** 1-based line of the header row. */
  line: number;
}>;

export type PastedVariable = Readonly<{
  name: string;
  level: 'project' | 'environment';
  /** Null when the CLI hid it: a sensitive value never leaves the platform. */
  value: string | null;
  sensitive: boolean;
  /** The Enabled column: environment-level variables only; null when blank or absent. */
  enabled: boolean | null;
  line: number;
}>;

export type VariableListRead = Readonly<{
  command: 'variable:list';
  format: PasteFormat;
  /** From the heading (`Variables on the project TITLE (ID), environment ENV:`), when pasted. */
  project: PastedProjectLabel | null;
  /** The environment the heading names, when it names one. */
  environment: EnvironmentId | null;
  variables: readonly PastedVariable[];
  notices: readonly string[];
  line: number;
}>;

/** Why a paste cannot be read: the line (1-based) and a sentence that starts `Line N:`. */
export type CliPasteProblem = Readonly<{
  line: number;
  message: string;
  /** The command (or `git …`) whose output the paste looks like, when it looks like another's. */
  looksLike: string | null;
}>;

/**
 * A paste read: an environment list, a variable list, or both when the user pasted one after
 * the other (at least one is there); or the problem that stops it.
 */
export type CliPaste =
  | Readonly<{
      ok: true;
      environments: EnvironmentListRead | null;
      variables: VariableListRead | null;
    }>
  | Readonly<{ ok: false; problem: CliPasteProblem }>;

/** What the explorer asks the user to run (for messages, and for the dialog to show). */
export const ENVIRONMENT_LIST_COMMAND = `${EXECUTABLE} environment:list`;
export const VARIABLE_LIST_COMMAND = `${EXECUTABLE} variable:list`;

const EXPECTED = `Paste what \`${ENVIRONMENT_LIST_COMMAND}\` prints (a table headed ID, Title, Status, Type, or its --format csv or tsv form), or \`${VARIABLE_LIST_COMMAND}\` (Name, Level, Value).`;

/**
 * Reads pasted terminal output: everything around the tables (headings, the `* - Indicates
 * the current environment` footer, hints, a prompt line, blank lines) is passed over;
 * Windows line endings, trailing spaces and colour codes do not matter. Refuses, naming the
 * line: anything else, another command's output (saying which it looks like), an ID that is
 * not a branch name (`validateBranchName`), a variable name the platform refuses, a duplicate,
 * an indentation jump of more than one level, a row with the wrong number of cells, an
 * unknown status, type or level. Linear in the length of the text.
 */
export function readCliPaste(text: string): CliPaste {
  try {
    return { ok: true, ...readLines(pastedLines(text)) };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problem: error.problem };
    throw error;
  }
}

// A refusal unwinds the reader from deep inside a row; readCliPaste turns it into its result.
class Refusal extends Error {
  constructor(readonly problem: CliPasteProblem) {
    super(problem.message);
  }
}

function refuse(line: number, message: string, looksLike: string | null = null): never {
  throw new Refusal({ line, message: `Line ${line}: ${message}`, looksLike });
}

const ESCAPE_SEQUENCE = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[ -/]*[@-~]`, 'g');

function pastedLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(ESCAPE_SEQUENCE, '')
    .replaceAll('\u00a0', ' ')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/ +$/, ''));
}

const isBlank = (line: string) => line.trim() === '';

type Lists = { environments: EnvironmentListRead | null; variables: VariableListRead | null };

function readLines(lines: string[]): Lists {
  if (lines.every(isBlank)) {
    refuse(1, `nothing was pasted. ${EXPECTED}`);
  }
  const lists: Lists = { environments: null, variables: null };
  const keep = (read: EnvironmentListRead | VariableListRead) => {
    const key = read.command === 'environment:list' ? 'environments' : 'variables';
    const earlier = lists[key];
    if (earlier) {
      refuse(
        read.line,
        `a second ${read.command} table (the first starts on line ${earlier.line}): paste one.`,
      );
    }
    if (read.command === 'environment:list') lists.environments = read;
    else lists.variables = read;
  };
  const tables = tableBlocks(lines);
  let previousEnd = 0;
  for (const block of tables) {
    keep(readTable(lines, block, previousEnd));
    previousEnd = block.end;
  }
  if (tables.length === 0) {
    for (const read of delimitedLists(lines)) keep(read);
  }
  if (!lists.environments && !lists.variables) {
    const empty = lines.findIndex((line) => /^\s*No variables found\.?\s*$/.test(line));
    if (empty >= 0) {
      lists.variables = {
        command: 'variable:list',
        format: 'table',
        project: null,
        environment: null,
        variables: [],
        notices: [],
        line: empty + 1,
      };
    } else {
      diagnose(lines);
    }
  }
  return lists;
}

// --- the columns each list prints, by their header

type ColumnKind = 'id' | 'word' | 'text' | 'fixed';

/** How a column wraps: `id` keeps its indentation, `word` has no spaces, `fixed` never wraps. */
const ENVIRONMENT_COLUMNS: Readonly<Record<string, ColumnKind>> = {
  id: 'id',
  'machine name': 'word',
  title: 'text',
  status: 'fixed',
  type: 'fixed',
  created: 'word',
  updated: 'word',
};

const VARIABLE_COLUMNS: Readonly<Record<string, ColumnKind>> = {
  name: 'word',
  level: 'fixed',
  value: 'text',
  enabled: 'fixed',
};

type ListKind = 'environment:list' | 'variable:list';

function listOfHeader(header: readonly string[]): ListKind | null {
  const all = (columns: Readonly<Record<string, ColumnKind>>, key: string) =>
    header.includes(key) && header.every((h) => h in columns);
  if (all(ENVIRONMENT_COLUMNS, 'id')) return 'environment:list';
  if (all(VARIABLE_COLUMNS, 'name')) return 'variable:list';
  return null;
}

/** One row as read: its cells by lowercase header, the ID cell with its indentation. */
type Row = Readonly<{ line: number; cells: readonly string[] }>;

type Columns = Readonly<{ header: readonly string[]; line: number }>;

// --- the table format

type Block = Readonly<{ start: number; end: number; rules: readonly number[] }>;

const RULE = /^\s*\+(?:-+\+)+$/;
// `s`: a title may hold U+2028, which `.` would not match.
const ROW_LINE = /^\s*\|.*\|$/s;

/** The runs of table lines: each from a `+---+` rule to the last rule or row after it. */
function tableBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!RULE.test(lines[i] as string)) {
      i++;
      continue;
    }
    const start = i;
    const rules: number[] = [];
    while (
      i < lines.length &&
      (RULE.test(lines[i] as string) || ROW_LINE.test(lines[i] as string))
    ) {
      if (RULE.test(lines[i] as string)) rules.push(i);
      i++;
    }
    blocks.push({ start, end: i, rules });
  }
  return blocks;
}

/** Where each `+` of the block's first rule is, in code points: the cells' borders. */
function bordersOf(rule: string): number[] {
  const borders: number[] = [];
  [...rule].forEach((char, at) => {
    if (char === '+') borders.push(at);
  });
  return borders;
}

type Split = Readonly<{ cells: string[]; widths: number[] }>;

/**
 * A row line's cells, each as printed between its borders with the padding space on either
 * side, and each column's width. By the rule's positions when the borders line up (so a `|`
 * inside a title is kept); otherwise (wide characters, which the CLI pads by their display
 * width) by splitting on `|`.
 */
function splitRow(line: string, borders: readonly number[], number: number): Split {
  const chars = [...line];
  const count = borders.length - 1;
  if (chars.length === (borders.at(-1) as number) + 1 && borders.every((b) => chars[b] === '|')) {
    const cells: string[] = [];
    const widths: number[] = [];
    for (let c = 0; c < count; c++) {
      const from = borders[c] as number;
      const to = borders[c + 1] as number;
      cells.push(chars.slice(from + 1, to).join(''));
      widths.push(to - from - 3);
    }
    return { cells, widths };
  }
  const trimmed = line.trim();
  const parts = trimmed.slice(1, -1).split('|');
  if (parts.length !== count) {
    refuse(
      number,
      `expected a row of ${count} cells between | borders, like the header, but found ${parts.length}.`,
    );
  }
  return { cells: parts, widths: parts.map((p) => [...p].length - 2) };
}

/** A cell's text: the ID keeps its indentation (the padding space after `|` dropped). */
function cellText(cell: string, kind: ColumnKind): string {
  return kind === 'id' ? cell.replace(/^ /, '').trimEnd() : cell.trim();
}

/**
 * A wrapped cell's next line added to what came before. Symfony word-wraps (PHP `wordwrap`
 * with cut): a break at a space drops that space; a word longer than the column is cut at
 * exactly its width, which is the only way a line without a space fills the column. So a
 * piece that fills its column and holds no space was cut inside a word. (A word exactly as
 * wide as the column, then a space, reads the same way; it is rare enough to accept.)
 */
function joinWrapped(
  kind: ColumnKind,
  before: string,
  last: string,
  width: number,
  next: string,
): string {
  if (kind === 'id') return before + next.trimStart();
  if (kind === 'word' || kind === 'fixed') return before + next;
  const cut = [...last].length === width && !last.includes(' ');
  return cut ? before + next : `${before} ${next}`;
}

function readTable(
  lines: readonly string[],
  block: Block,
  previousEnd: number,
): EnvironmentListRead | VariableListRead {
  const first = block.rules[0] as number;
  const borders = bordersOf(lines[first] as string);
  // A header is one line between the first two rules; a table printed with --no-header has
  // only two rules, with nothing after the second.
  const second = block.rules[1];
  const hasHeader = second === first + 2 && (block.rules.length >= 3 || block.end > second + 1);
  const bodyStart = hasHeader ? (block.rules[1] as number) + 1 : first + 1;
  const body: number[] = [];
  for (let i = bodyStart; i < block.end; i++) if (!RULE.test(lines[i] as string)) body.push(i);

  if (!hasHeader) {
    const firstRow = body[0];
    const cells =
      firstRow === undefined
        ? []
        : splitRow(lines[firstRow] as string, borders, firstRow + 1).cells;
    noHeader(
      cells.map((c) => c.trim()),
      (firstRow ?? first) + 1,
    );
    refuse(first + 1, `a table without a header row. ${EXPECTED}`);
  }

  const headerLine = first + 1;
  const header = splitRow(lines[headerLine] as string, borders, headerLine + 1).cells.map((c) =>
    c.trim().toLowerCase(),
  );
  const list = listOfHeader(header);
  if (list === null) {
    const firstCells = body.map((i) => splitRowLoosely(lines[i] as string)[0] ?? '');
    unknownHeader(header, firstCells, headerLine + 1);
  }
  const kinds = header.map(
    (h) => (list === 'environment:list' ? ENVIRONMENT_COLUMNS : VARIABLE_COLUMNS)[h] as ColumnKind,
  );
  // Status (Level) never wraps and is never empty: a line without one continues the row above.
  const anchor = header.indexOf(list === 'environment:list' ? 'status' : 'level');

  const rows: Row[] = [];
  let cells: string[] = [];
  let lasts: string[] = [];
  let rowLine = 0;
  const flush = () => {
    if (rowLine > 0) rows.push({ line: rowLine, cells });
  };
  for (const i of body) {
    const split = splitRow(lines[i] as string, borders, i + 1);
    const texts = split.cells.map((cell, c) => cellText(cell, kinds[c] as ColumnKind));
    const continues = anchor >= 0 && texts[anchor] === '';
    if (!continues) {
      flush();
      rowLine = i + 1;
      cells = texts;
      lasts = [...texts];
      continue;
    }
    if (rowLine === 0) {
      refuse(
        i + 1,
        `the first row has no ${header[anchor]}: a row starts with its ${header[anchor]} cell filled.`,
      );
    }
    texts.forEach((text, c) => {
      if (text.trim() === '') return;
      cells[c] = joinWrapped(
        kinds[c] as ColumnKind,
        cells[c] as string,
        lasts[c] as string,
        split.widths[c] as number,
        text,
      );
      lasts[c] = text;
    });
  }
  flush();

  const columns = { header, line: headerLine + 1 };
  const heading = headingBefore(lines, Math.max(previousEnd, 0), block.start);
  return list === 'environment:list'
    ? environmentList(rows, columns, 'table', heading)
    : variableList(rows, columns, 'table', heading);
}

/** Cells split on `|` without checking their number: enough to name another command's table. */
function splitRowLoosely(line: string): string[] {
  return line
    .trim()
    .slice(1, -1)
    .split('|')
    .map((c) => c.trim());
}

// --- CSV and TSV

/** Every CSV or TSV list in the paste, each from its header row to the first line that is not one of its rows. */
function delimitedLists(lines: readonly string[]): (EnvironmentListRead | VariableListRead)[] {
  const reads: (EnvironmentListRead | VariableListRead)[] = [];
  let i = 0;
  while (i < lines.length) {
    const text = lines[i] as string;
    const delimiter = text.includes('\t') ? '\t' : text.includes(',') ? ',' : null;
    const header = delimiter ? text.split(delimiter).map((h) => h.trim().toLowerCase()) : [];
    const list = delimiter ? listOfHeader(header) : null;
    if (!delimiter || header.length < 2) {
      i++;
      continue;
    }
    if (list === null) {
      const command = commandOfHeader(header, []);
      if (command) wrongCommand(i + 1, command);
      i++;
      continue;
    }
    const { rows, end } = delimitedRows(lines, i + 1, delimiter, header.length);
    const columns = { header, line: i + 1 };
    const format = delimiter === '\t' ? 'tsv' : 'csv';
    const heading = headingBefore(lines, 0, i);
    reads.push(
      list === 'environment:list'
        ? environmentList(rows, columns, format, heading)
        : variableList(rows, columns, format, heading),
    );
    i = end;
  }
  return reads;
}

/**
 * The rows of a CSV or TSV list from line `start`, as legacy-cli's Csv writes them: a quoted
 * cell may hold the delimiter, `""` for a quote, and line breaks (so a row may span lines).
 * The list ends at a blank line or a line without the delimiter.
 */
function delimitedRows(
  lines: readonly string[],
  start: number,
  delimiter: string,
  count: number,
): { rows: Row[]; end: number } {
  const rows: Row[] = [];
  let i = start;
  while (i < lines.length) {
    const first = lines[i] as string;
    if (isBlank(first) || (!first.includes(delimiter) && !first.startsWith('"'))) break;
    const line = i + 1;
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    let text = first;
    for (let at = 0; ; at++) {
      if (at === text.length) {
        if (!quoted) break;
        i++;
        if (i >= lines.length) refuse(line, 'a quoted cell starts here and is never closed.');
        text = lines[i] as string;
        cell += '\n';
        at = -1;
        continue;
      }
      const char = text[at] as string;
      if (quoted) {
        if (char !== '"') cell += char;
        else if (text[at + 1] === '"') {
          cell += '"';
          at++;
        } else quoted = false;
      } else if (char === '"' && cell === '') quoted = true;
      else if (char === delimiter) {
        cells.push(cell);
        cell = '';
      } else cell += char;
    }
    cells.push(cell);
    // A terminal copy may drop the trailing tabs of empty last cells (Enabled, at project level).
    while (delimiter === '\t' && cells.length < count) cells.push('');
    if (cells.length !== count) {
      refuse(line, `expected ${count} cells, like the header, but found ${cells.length}.`);
    }
    rows.push({ line, cells });
    i++;
  }
  return { rows, end: i };
}

// --- headings

const PROJECT_HEADINGS: readonly RegExp[] = [
  /^Environments in the project (.+):$/,
  /^Variables on the project (.+), environment (\S+):$/,
  /^Project-level variables on the project (.+):$/,
];
const ENVIRONMENT_HEADING =
  /^Environment-level variables on the environment (\S+) of project (.+):$/;

type Heading = Readonly<{ project: PastedProjectLabel | null; environment: EnvironmentId | null }>;

/** `TITLE (ID)` as the CLI labels a project, or the id alone; ids are lowercase, as the API's. */
function projectLabel(label: string): PastedProjectLabel | null {
  const titled = /^(.*) \(([a-z0-9]+(?:-[a-z0-9]+)*)\)$/.exec(label);
  if (titled) return { title: titled[1] as string, id: titled[2] as string };
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(label) ? { id: label, title: '' } : null;
}

/** The nearest heading above a list (up to the list before it) that names a project. */
function headingBefore(lines: readonly string[], from: number, before: number): Heading {
  for (let i = before - 1; i >= from; i--) {
    const text = (lines[i] as string).trim();
    const environment = ENVIRONMENT_HEADING.exec(text);
    if (environment) {
      return {
        project: projectLabel(environment[2] as string),
        environment: environment[1] as string,
      };
    }
    for (const heading of PROJECT_HEADINGS) {
      const match = heading.exec(text);
      if (match) {
        return { project: projectLabel(match[1] as string), environment: match[2] ?? null };
      }
    }
  }
  return { project: null, environment: null };
}

// --- environment:list

const STATUS_OF: Readonly<Record<string, EnvironmentStatus>> = {
  active: 'active',
  inactive: 'inactive',
  'in progress': 'active',
  dirty: 'active',
  paused: 'inactive',
  deleting: 'inactive',
};

const HEADER_NAMES: Readonly<Record<string, string>> = {
  id: 'ID',
  'machine name': 'Machine name',
  title: 'Title',
  status: 'Status',
  type: 'Type',
  created: 'Created',
  updated: 'Updated',
  name: 'Name',
  level: 'Level',
  value: 'Value',
  enabled: 'Enabled',
};

function requireColumns(columns: Columns, required: readonly string[], command: string): void {
  const missing = required.filter((r) => !columns.header.includes(r));
  if (missing.length === 0) return;
  const names = missing.map((m) => HEADER_NAMES[m] ?? m).join(', ');
  const options = missing.map((m) => m.replace(' ', '_')).join(',');
  refuse(
    columns.line,
    `the list has no ${names} column, which \`${EXECUTABLE} ${command}\` prints by default: run it without --columns, or add ${options} to them.`,
  );
}

/** A row's cell by its column's (lowercase) header; null when the list has no such column. */
function cellReader(columns: Columns): (row: Row, name: string) => string | null {
  const at = new Map(columns.header.map((name, index) => [name, index]));
  return (row, name) => {
    const index = at.get(name);
    return index === undefined ? null : (row.cells[index] ?? '');
  };
}

function environmentList(
  rows: readonly Row[],
  columns: Columns,
  format: PasteFormat,
  heading: Heading,
): EnvironmentListRead {
  requireColumns(columns, ['id', 'status', 'type'], 'environment:list');
  const cell = cellReader(columns);
  const optional = (row: Row, name: string) => cell(row, name)?.trim() ?? null;
  if (rows.length === 0) refuse(columns.line, 'the list holds no environments.');

  const environments: PastedEnvironment[] = [];
  const seen = new Map<EnvironmentId, number>();
  const notices: string[] = [];
  const lowered: string[] = [];
  // The environment at each depth of the rows so far: the parent of the next one deeper.
  const path: EnvironmentId[] = [];
  let current: EnvironmentId | null = null;
  let currentLine = 0;

  for (const row of rows) {
    const raw = (cell(row, 'id') ?? '').trimEnd();
    const text = format === 'table' ? raw : raw.trim();
    const indent = text.length - text.trimStart().length;
    let id = text.trim();
    const marked = id.endsWith('*');
    if (marked) id = id.slice(0, -1);
    if (id === '') refuse(row.line, 'a row without an ID.');
    const valid = validateBranchName(id);
    if ('error' in valid) refuse(row.line, valid.error.message);
    if (valid.name !== id.toLowerCase()) {
      refuse(row.line, `"${id}" cannot be a branch name: branch names have no spaces.`);
    }
    if (valid.name !== id) lowered.push(id);
    id = valid.name;

    const firstLine = seen.get(id);
    if (firstLine !== undefined) {
      refuse(
        row.line,
        `${id} is listed twice (first on line ${firstLine}): an ID names one environment.`,
      );
    }
    seen.set(id, row.line);

    if (indent % 2 !== 0) {
      refuse(
        row.line,
        `${id} is indented by ${indent} spaces: environment:list indents each level by two.`,
      );
    }
    const depth = indent / 2;
    if (depth > path.length) {
      refuse(
        row.line,
        path.length === 0
          ? `${id} is indented, but no environment above it could be its parent: the first row starts at the left.`
          : `${id} is indented ${depth} levels, one more than a child of the row above (${path.length} levels at most): each level is two more spaces.`,
      );
    }
    path.length = depth;
    const parentId = depth === 0 ? null : (path[depth - 1] as EnvironmentId);
    path.push(id);

    if (marked) {
      if (current !== null) {
        refuse(
          row.line,
          `${id} is marked current (*), but so is ${current} on line ${currentLine}: only one environment is current.`,
        );
      }
      current = id;
      currentLine = row.line;
    }

    const cliStatus = (cell(row, 'status') ?? '').trim();
    const status = STATUS_OF[cliStatus.toLowerCase()];
    if (!status) {
      refuse(
        row.line,
        `"${cliStatus}" is not a status environment:list prints (Active, Inactive, In progress, Paused, Deleting).`,
      );
    }
    if (cliStatus.toLowerCase() === 'paused') {
      notices.push(
        `${id} is paused: shown inactive, since nothing runs until it is resumed (the explorer has no pause).`,
      );
    } else if (cliStatus.toLowerCase() === 'deleting') {
      notices.push(`${id} is being deleted: shown inactive.`);
    }
    const typeCell = (cell(row, 'type') ?? '').trim();
    const typeText = typeCell.toLowerCase();
    const type = CLI_TYPES.find((t) => t === typeText);
    if (!type) {
      refuse(
        row.line,
        `"${typeCell}" is not an environment type (production, staging, development).`,
      );
    }

    environments.push({
      id,
      title: optional(row, 'title') ?? '',
      parentId,
      status,
      cliStatus,
      type,
      machineName: optional(row, 'machine name'),
      created: optional(row, 'created'),
      updated: optional(row, 'updated'),
      line: row.line,
    });
  }
  if (lowered.length > 0) {
    notices.push(
      `Branch names are lowercase in the explorer: ${lowered.join(', ')} read in lowercase.`,
    );
  }
  if (format !== 'table') {
    notices.push(
      `The ${format.toUpperCase()} format carries no parents: each environment is placed under the plan's default parent for its type. The table format (without --format) keeps your tree.`,
    );
  }
  return {
    command: 'environment:list',
    format,
    hasTree: format === 'table',
    project: heading.project,
    environments,
    current,
    notices,
    line: columns.line,
  };
}

// --- variable:list

function variableList(
  rows: readonly Row[],
  columns: Columns,
  format: PasteFormat,
  heading: Heading,
): VariableListRead {
  requireColumns(columns, ['name', 'level', 'value'], 'variable:list');
  const cell = cellReader(columns);
  const variables: PastedVariable[] = [];
  const seen = new Map<string, number>();
  let emptyInCsv = false;
  for (const row of rows) {
    const name = (cell(row, 'name') ?? '').trim();
    if (!isValidVariableName(name)) {
      refuse(
        row.line,
        `"${name}" is not a variable name: names use letters, digits and . _ : - (up to 256 characters).`,
      );
    }
    const levelCell = (cell(row, 'level') ?? '').trim();
    const levelText = levelCell.toLowerCase();
    if (levelText !== 'project' && levelText !== 'environment') {
      refuse(row.line, `"${levelCell}" is not a level (project, environment).`);
    }
    const key = `${levelText} ${name}`;
    const firstLine = seen.get(key);
    if (firstLine !== undefined) {
      refuse(
        row.line,
        `${name} is listed twice at the ${levelText} level (first on line ${firstLine}).`,
      );
    }
    seen.set(key, row.line);
    // Values keep their spaces; only the table's padding goes.
    const valueCell = cell(row, 'value') ?? '';
    const value = format === 'table' ? valueCell.trim() : valueCell;
    const sensitive = format === 'table' && value === SENSITIVE_PLACEHOLDER;
    if (format !== 'table' && value === '') emptyInCsv = true;
    const enabledText = (cell(row, 'enabled') ?? '').trim().toLowerCase();
    if (enabledText !== '' && enabledText !== 'true' && enabledText !== 'false') {
      refuse(
        row.line,
        `"${enabledText}" is not what the Enabled column shows (true, false, or nothing).`,
      );
    }
    variables.push({
      name,
      level: levelText,
      value: sensitive ? null : value,
      sensitive,
      enabled: enabledText === '' ? null : enabledText === 'true',
      line: row.line,
    });
  }
  const notices = emptyInCsv
    ? [
        `In ${format.toUpperCase()} the CLI leaves a sensitive value empty, so empty values are read as empty, not as sensitive: the table format marks them.`,
      ]
    : [];
  return {
    command: 'variable:list',
    format,
    project: heading.project,
    environment: heading.environment,
    variables,
    notices,
    line: columns.line,
  };
}

// --- what else a paste can be

function wrongCommand(line: number, command: string): never {
  const what = command.startsWith('git') ? command : `${EXECUTABLE} ${command}`;
  refuse(
    line,
    `this looks like the output of \`${what}\`, not of environment:list or variable:list. ${EXPECTED}`,
    command,
  );
}

/** Which command prints a table with this header (lowercase), from legacy-cli's table headers. */
function commandOfHeader(header: readonly string[], firstCells: readonly string[]): string | null {
  const has = (...names: string[]) => names.every((n) => header.includes(n));
  const any = (...names: string[]) => names.some((n) => header.includes(n));
  if (has('property', 'value')) {
    const properties = new Set(firstCells);
    const shows = (...names: string[]) => names.some((n) => properties.has(n));
    if (shows('is_sensitive', 'visible_build', 'visible_runtime', 'is_json', 'inherited'))
      return 'variable:get';
    if (shows('has_children', 'head_commit', 'parent', 'machine_name', 'deployment_target')) {
      return 'environment:info';
    }
    if (shows('completion_percent', 'completed_at', 'log')) return 'activity:get';
    if (shows('default_domain', 'region', 'subscription', 'vendor', 'namespace'))
      return 'project:info';
    return 'environment:info';
  }
  if (has('description') && any('progress', 'state', 'result')) return 'activity:list';
  if (any('snapshot id', 'backup id', 'restorable')) return 'snapshot:list';
  if (any('region', 'org name', 'org id', 'org label')) return 'project:list';
  if (any('email address', 'project role')) return 'user:list';
  if (has('route', 'to')) return 'route:list';
  if (any('ssl enabled')) return 'domain:list';
  if (has('sha', 'author')) return 'commit:list';
  if (any('disk (mib)')) return 'service:list';
  if (any('mount path')) return 'mount:list';
  if (any('issuer', 'domain(s)')) return 'certificate:list';
  if (has('id', 'type', 'summary')) return 'integration:list';
  if (has('name', 'type', 'path')) return 'app:list';
  return null;
}

function unknownHeader(
  header: readonly string[],
  firstCells: readonly string[],
  line: number,
): never {
  const command = commandOfHeader(header, firstCells);
  if (command) wrongCommand(line, command);
  const shown = header.map((h) => HEADER_NAMES[h] ?? h).join(', ');
  refuse(
    line,
    `a table headed ${shown} is not what environment:list or variable:list prints. ${EXPECTED}`,
  );
}

/** A first row that reads like an environment without a header above it: `--no-header`. */
function noHeader(cells: readonly string[], line: number): void {
  const [, , status, type] = cells;
  if (
    cells.length >= 4 &&
    STATUS_OF[status?.toLowerCase() ?? ''] &&
    CLI_TYPES.some((t) => t === type)
  ) {
    refuse(
      line,
      `the list has no header row (was --no-header used?): run \`${ENVIRONMENT_LIST_COMMAND}\` without it.`,
    );
  }
}

/** Lines that give another command away, by what they start with. */
const TEXT_SIGNS: readonly (readonly [RegExp, string])[] = [
  [/^commit [0-9a-f]{7,40}\b/, 'git log'],
  [/^Author: .*<.*>/, 'git log'],
  [/^On branch \S+/, 'git status'],
  [/^Activities on the project /, 'activity:list'],
  [/^(Snapshots|Backups) on the project /, 'snapshot:list'],
  [/^Your projects are\b/, 'project:list'],
  [/^Routes on the project /, 'route:list'],
  [/^Users on the project /, 'user:list'],
];

const ENVIRONMENT_LIST_NAMES = new Set(['environment:list', 'environments', 'env']);
const VARIABLE_LIST_NAMES = new Set(['variable:list', 'variables', 'var']);
// The command on a prompt line: at the start, or after the prompt's `$`, `#`, `>` or `%`.
const PROMPT = /(?:^|[$#>%]\s*)(?:magento-cloud|platform)\s+([a-z][a-z:-]*)/;

/** Why a paste without a list is not one: another command's output, a filter, or garbage. */
function diagnose(lines: readonly string[]): never {
  const filled = lines
    .map((text, i) => ({ text: text.trim(), line: i + 1 }))
    .filter((l) => l.text !== '');
  for (const { text, line } of filled) {
    if (/^No environments found/.test(text)) {
      refuse(
        line,
        `the CLI found no environments${/filters/.test(text) ? ' with those filters' : ''}: run \`${ENVIRONMENT_LIST_COMMAND}\` without filters.`,
      );
    }
    for (const [sign, command] of TEXT_SIGNS) if (sign.test(text)) wrongCommand(line, command);
  }
  const firstLine = (filled[0] as { line: number }).line;
  if (filled.every(({ text }) => /^[0-9a-f]{7,40} \S/.test(text)))
    wrongCommand(firstLine, 'git log --oneline');
  if (filled.every(({ text }) => /^https?:\/\/\S+$/.test(text)))
    wrongCommand(firstLine, 'environment:url');
  if (
    filled.some(({ text }) => /^\* \S+$/.test(text)) &&
    filled.every(({ text }) => /^(\* )?\S+$/.test(text))
  ) {
    wrongCommand(firstLine, 'git branch');
  }
  const spaced = filled.find(
    ({ text }) =>
      /^ID\s{2,}(Machine name\s+)?Title\s+Status\s+Type\b/i.test(text) ||
      /^Name\s{2,}Level\s+Value\b/i.test(text),
  );
  if (spaced) {
    refuse(
      spaced.line,
      'the columns are separated by spaces: the tabs of --format tsv were lost in the copy. Use --format csv, or the table format.',
    );
  }
  if (
    filled.length >= 2 &&
    filled.every(({ text }) => {
      const valid = validateBranchName(text);
      return !('error' in valid) && valid.name === text;
    })
  ) {
    refuse(
      firstLine,
      `this looks like \`${ENVIRONMENT_LIST_COMMAND} --pipe\`: IDs only, without parents, titles or status. Run it without --pipe.`,
      'environment:list --pipe',
    );
  }
  for (const { text, line } of filled) {
    const prompt = PROMPT.exec(text);
    const command = prompt?.[1];
    if (!command) continue;
    if (ENVIRONMENT_LIST_NAMES.has(command) || VARIABLE_LIST_NAMES.has(command)) {
      refuse(line, `the command is here, but not the table it prints. ${EXPECTED}`);
    }
    wrongCommand(line, command);
  }
  refuse(firstLine, `this is not what environment:list or variable:list prints. ${EXPECTED}`);
}
