/** What a YAML value is, in words, for "expected X, found Y" messages. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') {
    const flat = value.replace(/\s+/g, ' ');
    const shown = flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
    return `the text "${shown}"`;
  }
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  return 'a map';
}
