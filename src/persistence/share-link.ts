import type { Project } from '../domain/types';
import { projectFileText, readProjectFile, redactSensitive } from './project-file';
import { type LoadError, loadError } from './project-schema';

type LzString = typeof import('lz-string');

// Loaded on first use, so the compressor is not part of the initial bundle.
export async function lzString(): Promise<LzString> {
  const module = (await import('lz-string')) as LzString & { default?: LzString };
  return module.default ?? module;
}

/**
 * A link that opens `project` (without its sensitive values) in the explorer at `base`. The
 * project travels compressed in the hash, which browsers never send to a server.
 */
export async function makeShareLink(
  project: Project,
  base: string = window.location.href,
): Promise<string> {
  const { compressToEncodedURIComponent } = await lzString();
  const url = new URL(base);
  const payload = compressToEncodedURIComponent(
    projectFileText(redactSensitive(project), new Date(), 0),
  );
  return `${url.origin}${url.pathname}?plan=${project.plan}#share=${payload}`;
}

/** The compressed payload of a `#share=…` hash, or null when the hash carries none. */
export function sharePayload(hash: string): string | null {
  const match = /(?:^|&)share=([^&]*)/.exec(hash.replace(/^#/, ''));
  return match ? (match[1] ?? '') : null;
}

const BROKEN =
  'The share link is damaged or cut short, so the current project was kept. Ask for the link again and copy all of it';

/** A link's compressed payload as text; null when it does not decompress. */
export async function decompressPayload(payload: string): Promise<string | null> {
  const { decompressFromEncodedURIComponent } = await lzString();
  try {
    return decompressFromEncodedURIComponent(payload) || null;
  } catch {
    return null;
  }
}

/** Opens a share link's hash: the project it carries, checked like an imported file. */
export async function readShareLink(
  hash: string,
): Promise<Readonly<{ project: Project }> | Readonly<{ error: LoadError }>> {
  const payload = sharePayload(hash);
  if (payload === null)
    return { error: loadError('broken-link', 'This link carries no shared project.') };
  if (payload === '') return { error: loadError('broken-link', `${BROKEN}: it holds no data.`) };
  const json = await decompressPayload(payload);
  if (!json) return { error: loadError('broken-link', `${BROKEN}: its data does not decompress.`) };
  const read = readProjectFile(json, 'The link');
  if ('project' in read) return read;
  // A cut-off payload usually still decompresses, into text that stops mid-way.
  return read.error.code === 'not-json'
    ? { error: loadError('broken-link', `${BROKEN}: its data ends too early or is garbled.`) }
    : { error: { ...read.error, message: `${read.error.message} The current project was kept.` } };
}
