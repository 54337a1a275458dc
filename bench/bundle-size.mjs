import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript a first visit loads before anything else: the module scripts and
 * modulepreload links of the built index.html (chunks loaded on demand do not count), raw and
 * gzipped with zlib's default level, as a server would send them.
 */
export async function initialJavaScript(distFolder) {
  const html = await readFile(join(distFolder, 'index.html'), 'utf8');
  const tags = [
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"/g),
  ];
  const paths = [...new Set(tags.map((match) => match[1]))];
  const files = await Promise.all(
    paths.map(async (path) => {
      const bytes = await readFile(join(distFolder, path.replace(/^\.?\//, '')));
      return { file: path, bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
    }),
  );
  return {
    files,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
  };
}
