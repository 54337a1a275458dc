import type { ToStringOptions } from 'yaml';

/**
 * Options that make `Document.toString` write the way a file was written: its indent
 * width and whether block sequences are indented under their key, read from the first of
 * `texts` that shows any indentation; long lines are never folded.
 */
export function yamlFormat(...texts: string[]): ToStringOptions {
  for (const text of texts) {
    const lines = text.split('\n');
    const indents = lines
      .filter((line) => /^ +[^ #]/.test(line))
      .map((line) => line.length - line.trimStart().length);
    if (indents.length === 0) continue;
    const flushSequence = lines.some((line, i) => {
      const key = /^( *)[^ #-][^#]*:\s*$/.exec(line);
      return key !== null && (lines[i + 1] ?? '').startsWith(`${key[1]}- `);
    });
    return { indent: Math.min(...indents), indentSeq: !flushSequence, lineWidth: 0 };
  }
  return { lineWidth: 0 };
}
