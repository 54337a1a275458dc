import type { ImportMessage } from './import-result';

/** The largest config file the importer reads; real ones are a few KB. */
export const MAX_FILE_BYTES = 1024 * 1024;

// Control characters YAML does not allow (C0 but tab, line feed and carriage return; C1 but
// next-line) and the replacement character a browser puts where bytes were not UTF-8.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const BINARY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u0080-\u0084\u0086-\u009F\uFFFD]/;

function megabytes(bytes: number): string {
  // Rounded up, so a file just over the limit never reads "1 MB".
  return `${Math.ceil((bytes / MAX_FILE_BYTES) * 10) / 10} MB`;
}

/**
 * Checks that a file is text of a size worth parsing: a file over 1 MB or holding binary
 * data (an image, an archive) is refused before the YAML parser sees it.
 */
export function validateText(file: string, text: string): ImportMessage | null {
  const bytes = new TextEncoder().encode(text).byteLength;
  if (bytes > MAX_FILE_BYTES) {
    return {
      file,
      line: null,
      path: null,
      message: `too large (${megabytes(bytes)}; the limit is 1 MB)`,
    };
  }
  const binary = BINARY.exec(text);
  if (binary) {
    const line = text.slice(0, binary.index).split('\n').length;
    return {
      file,
      line,
      path: null,
      message: 'not a YAML text file: it holds binary data (is it an image or an archive?)',
    };
  }
  return null;
}
