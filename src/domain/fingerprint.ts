/**
 * A stable 40-hex-digit fingerprint of a text, used for commit and tree ids.
 * Not Git's SHA-1: ids only need to be reproducible and to change when content changes.
 */
export function fingerprint(text: string): string {
  const seeds = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b, 0xc2b2ae35];
  return seeds
    .map((seed) => {
      let h = seed >>> 0;
      for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
        h ^= h >>> 13;
      }
      return (h >>> 0).toString(16).padStart(8, '0');
    })
    .join('');
}
