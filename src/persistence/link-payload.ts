/**
 * The text a share or scenario link carries in its hash: deflated by the browser's own
 * CompressionStream and written in base64url after a `2.` marker. Reading one is bounded
 * twice over: the link's length, and the decompressed size, counted while it inflates in
 * small steps so a crafted link is given up long before it could fill the memory.
 *
 * Links made before the marker existed hold lz-string's encoding. Its decoder cannot be
 * stopped part way, and a crafted payload grows with the square of its length, so those
 * are read only up to a length whose worst case stays small (16 000 characters: at most
 * about 32 million characters, a tenth of a second), which is twice a default project's.
 */

/** The longest link payload read: about 750 KB of compressed project. */
export const MAX_PAYLOAD_CHARS = 1_000_000;
/** The most text a link may decompress to. */
export const MAX_TEXT_CHARS = 8_000_000;
const MAX_LEGACY_CHARS = 16_000;

const MARKER = '2.';
/** Input is fed to the inflater this much at a time; deflate expands 1 KB to 1 MB at most. */
const STEP = 1024;

export type PayloadRead =
  | Readonly<{ text: string }>
  | Readonly<{ problem: 'too-long' | 'too-large' | 'broken'; reason: string }>;

const tooLong = {
  problem: 'too-long',
  reason: `it is longer than the ${MAX_PAYLOAD_CHARS / 1000} KB a link may carry`,
} as const;
const legacyTooLong = {
  problem: 'too-long',
  reason: `it is an older kind of link, longer than the ${MAX_LEGACY_CHARS / 1000} KB those may carry`,
} as const;
const tooLarge = {
  problem: 'too-large',
  reason: `it unpacks to more than the ${MAX_TEXT_CHARS / 1_000_000} MB a link may carry`,
} as const;
const broken = { problem: 'broken', reason: 'its data does not decompress' } as const;

/** A link payload for `text`. */
export async function encodePayload(text: string): Promise<string> {
  const stream = new CompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  void writer.write(new TextEncoder().encode(text));
  void writer.close();
  const chunks: Uint8Array[] = [];
  const reader = stream.readable.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  return MARKER + toBase64Url(chunks);
}

/** The text a link payload carries, or why it cannot be read. */
export async function decodePayload(payload: string): Promise<PayloadRead> {
  if (payload.length > MAX_PAYLOAD_CHARS) return tooLong;
  if (!payload.startsWith(MARKER)) return decodeLegacy(payload);
  const bytes = fromBase64Url(payload.slice(MARKER.length));
  if (!bytes) return broken;
  return inflateBounded(bytes);
}

async function inflateBounded(bytes: Uint8Array<ArrayBuffer>): Promise<PayloadRead> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  // Written a step at a time, waiting on backpressure, so the output can be counted (and the
  // inflation stopped) between steps rather than after the whole input.
  const feeding = (async () => {
    for (let at = 0; at < bytes.length; at += STEP) {
      await writer.ready;
      await writer.write(bytes.subarray(at, at + STEP));
    }
    await writer.close();
  })();
  feeding.catch(() => undefined);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parts: string[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_TEXT_CHARS) {
        await reader.cancel();
        await writer.abort().catch(() => undefined);
        return tooLarge;
      }
      parts.push(decoder.decode(value, { stream: true }));
    }
    await feeding;
    parts.push(decoder.decode());
  } catch {
    return broken;
  }
  const text = parts.join('');
  return text ? { text } : broken;
}

async function decodeLegacy(payload: string): Promise<PayloadRead> {
  if (payload.length > MAX_LEGACY_CHARS) return legacyTooLong;
  type LzString = typeof import('lz-string');
  const module = (await import('lz-string')) as LzString & { default?: LzString };
  const lz = module.default ?? module;
  try {
    const text = lz.decompressFromEncodedURIComponent(payload);
    if (!text) return broken;
    return text.length > MAX_TEXT_CHARS ? tooLarge : { text };
  } catch {
    return broken;
  }
}

function toBase64Url(chunks: readonly Uint8Array[]): string {
  let binary = '';
  for (const chunk of chunks) {
    // In slices, so String.fromCharCode is never handed more arguments than a call allows.
    for (let at = 0; at < chunk.length; at += 0x8000) {
      binary += String.fromCharCode(...chunk.subarray(at, at + 0x8000));
    }
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}
