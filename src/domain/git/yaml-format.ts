import type { ToStringOptions } from 'yaml';

/**
 * Options that make `Document.toString` write the way a file was written: its indent
 * width and whether block sequences are indented under their key; long lines are never
 * folded.
 */
export function yamlFormat(text: string): ToStringOptions {
  const lines = text.split('\n');
  const indents = lines
    .filter((line) => /^ +[^ #]/.test(line))
    .map((line) => line.length - line.trimStart().length);
  const flushSequence = lines.some((line, i) => {
    const key = /^( *)[^ #-][^#]*:\s*$/.exec(line);
    return key !== null && (lines[i + 1] ?? '').startsWith(`${key[1]}- `);
  });
  return {
    indent: indents.length > 0 ? Math.min(...indents) : 2,
    indentSeq: !flushSequence,
    lineWidth: 0,
  };
}
