import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { yamlFormat } from '../../../src/domain/config/yaml';
import { BASE_APP_YAML } from '../../../src/domain/defaults/config-texts';

function roundTrip(text: string): string {
  return parseDocument(text).toString(yamlFormat(text));
}

describe('yamlFormat', () => {
  it('writes a 4-space file back exactly as it was', () => {
    expect(roundTrip(BASE_APP_YAML)).toBe(BASE_APP_YAML);
  });

  it('keeps 2-space indent and sequences flush with their key', () => {
    const text = 'runtime:\n  extensions:\n  - redis\n  - xsl\n';
    expect(roundTrip(text)).toBe(text);
  });

  it('never folds a long value', () => {
    const text = `description: ${'word '.repeat(40).trim()}\n`;
    expect(roundTrip(text)).toBe(text);
  });

  it('falls back to the next text when the first shows no indentation', () => {
    expect(yamlFormat('a: 1\n', 'b:\n   c: 1\n')).toMatchObject({ indent: 3 });
  });
});
