/**
 * A command line read as bash reads it, and values written so that bash reads them back as
 * they are: enough of the shell for the lines the explorer prints and people type (quotes,
 * backslashes, `&&` chains, comments), nothing that runs anything.
 */

export type ShellWord = Readonly<{
  kind: 'word';
  /** The word as the program receives it: quotes removed, escapes resolved. */
  text: string;
  /** Where it starts and ends in the line, quotes included. */
  start: number;
  end: number;
  /** The first thing bash would expand in it (`$NAME`, `${…}`, `$(…)`, a backquote); null: none. */
  expansion: string | null;
}>;

/** `&&`, `||`, `;`, `|`, `&`, `<`, `>`, `(`, `)` or a line break, outside quotes. */
export type ShellOperator = Readonly<{
  kind: 'operator';
  text: string;
  start: number;
  end: number;
}>;

export type ShellToken = ShellWord | ShellOperator;

export type ShellLine = Readonly<{
  tokens: readonly ShellToken[];
  /** The quote still open at the end of the line (the last word is then unfinished); null: none. */
  unclosed: "'" | '"' | null;
}>;

const OPERATORS = ['&&', '||', ';', '|', '&', '<', '>', '(', ')', '\n'] as const;
const BLANK = /[ \t\r]/;
// What makes `$` start an expansion in bash; any other `$` is a plain character.
const EXPANDS = /^\$(?:[A-Za-z_][A-Za-z0-9_]*|\{[^}]*\}?|\(|[0-9@*#?$!-]|')/;

/** The words and operators of a line, as bash splits them. */
export function readShellLine(line: string): ShellLine {
  const tokens: ShellToken[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i] as string;
    if (BLANK.test(c)) {
      i++;
      continue;
    }
    if (c === '#') {
      // A comment runs to the end of the line; the line break still separates commands.
      while (i < line.length && line[i] !== '\n') i++;
      continue;
    }
    const operator = OPERATORS.find((op) => line.startsWith(op, i));
    if (operator) {
      tokens.push({ kind: 'operator', text: operator, start: i, end: i + operator.length });
      i += operator.length;
      continue;
    }
    const word = readWord(line, i);
    tokens.push(word.token);
    i = word.token.end;
    if (word.unclosed) return { tokens, unclosed: word.unclosed };
  }
  return { tokens, unclosed: null };
}

function readWord(line: string, start: number): { token: ShellWord; unclosed: "'" | '"' | null } {
  let text = '';
  let expansion: string | null = null;
  let quote: "'" | '"' | null = null;
  let i = start;
  const noteExpansion = () => {
    const found = line.slice(i).match(EXPANDS)?.[0] ?? (line[i] === '`' ? '`' : null);
    // `$'…'` quotes only outside double quotes; inside them it is a plain `$`.
    if (found !== "$'" || quote === null) expansion ??= found;
  };
  for (; i < line.length; i++) {
    const c = line[i] as string;
    if (quote === "'") {
      if (c === "'") quote = null;
      else text += c;
      continue;
    }
    if (quote === '"') {
      if (c === '"') quote = null;
      else if (c === '\\' && i + 1 < line.length && '$`"\\\n'.includes(line[i + 1] as string)) {
        i++;
        if (line[i] !== '\n') text += line[i];
      } else {
        if (c === '$' || c === '`') noteExpansion();
        text += c;
      }
      continue;
    }
    if (BLANK.test(c) || OPERATORS.some((op) => line.startsWith(op, i))) break;
    if (c === "'" || c === '"') quote = c;
    else if (c === '\\') {
      i++;
      // A backslash before a line break joins the lines; at the very end it stands for itself.
      if (i >= line.length) text += '\\';
      else if (line[i] !== '\n') text += line[i];
    } else {
      if (c === '$' || c === '`') noteExpansion();
      text += c;
    }
  }
  return { token: { kind: 'word', text, start, end: i, expansion }, unclosed: quote };
}

// Characters bash gives no meaning to anywhere in a word.
const PLAIN = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * The value as one shell word: as it is when nothing in it means anything to bash, else in
 * single quotes (inside which nothing is special), each `'` written as `'\''`.
 */
export function shellQuote(value: string): string {
  if (PLAIN.test(value)) return value;
  return `'${value.replaceAll("'", "'\\''")}'`;
}

/**
 * A shell variable name that stands for a variable's value, for a line that must not show
 * it: the name with every character a shell name cannot hold turned into `_`.
 */
export function shellVariableFor(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[A-Za-z_]/.test(safe) ? safe : `_${safe}`;
}
