import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readShellLine, shellQuote } from '../../../src/domain/cli/shell-words';

const texts = (line: string) => readShellLine(line).tokens.map((t) => t.text);

describe('readShellLine', () => {
  it('splits words as bash does: quotes, backslashes, operators', () => {
    expect(texts(`a 'b c' "d \\"e\\"" f\\ g&&h # note`)).toEqual([
      'a',
      'b c',
      'd "e"',
      'f g',
      '&&',
      'h',
    ]);
  });

  it('notes what bash would expand, outside single quotes only', () => {
    const [plain, quoted, single] = readShellLine(`$HOME "$(date)y" '$Z'`).tokens;
    expect(plain).toMatchObject({ expansion: '$HOME' });
    expect(quoted).toMatchObject({ text: '$(date)y', expansion: '$(' });
    expect(single).toMatchObject({ text: '$Z', expansion: null });
  });

  it('says when a quote is left open', () => {
    expect(readShellLine(`merge 'stag`).unclosed).toBe("'");
  });
});

describe('shellQuote', () => {
  it('gives back any text as one word with nothing expanded', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })),
        (value) => {
          const { tokens, unclosed } = readShellLine(shellQuote(value));
          expect(unclosed).toBeNull();
          expect(tokens).toEqual([
            expect.objectContaining({ kind: 'word', text: value, expansion: null }),
          ]);
        },
      ),
    );
  });

  it('leaves plain words bare', () => {
    expect(shellQuote('feature-x')).toBe('feature-x');
    expect(shellQuote("it's")).toBe("'it'\\''s'");
  });
});
