/** lz-string's URI-safe alphabet: each character carries six bits. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

/**
 * An lz-string payload of about `length` characters in which every code after the first
 * literal names the dictionary entry being created, so each decoded entry is one longer than
 * the last and the output grows with the square of the length (the crash of issue 14).
 */
export function lzStringBomb(length: number): string {
  const bits: number[] = [];
  const put = (value: number, width: number) => {
    for (let i = 0; i < width; i++) bits.push((value >> i) & 1);
  };
  put(0, 2); // an 8-bit literal follows
  put(97, 8); // "a"
  let dictSize = 4;
  let width = 3;
  let enlargeIn = 4;
  while (bits.length < length * 6 - 2 * width) {
    put(dictSize, width);
    dictSize++;
    enlargeIn--;
    if (enlargeIn === 0) {
      enlargeIn = 1 << width;
      width++;
    }
  }
  put(2, width); // end of stream
  let out = '';
  for (let at = 0; at < bits.length; at += 6) {
    let value = 0;
    for (let j = 0; j < 6; j++) value |= (bits[at + j] ?? 0) << (5 - j);
    out += ALPHABET[value];
  }
  return out;
}
