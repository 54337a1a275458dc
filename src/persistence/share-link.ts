import type { EnvironmentId, Project } from '../domain/types';
import { decodePayload, encodePayload } from './link-payload';
import { projectFileText, readProjectFile, redactSensitive } from './project-file';
import { type LoadError, loadError } from './project-schema';

/**
 * A link that opens `project` (without its sensitive values) in the explorer at `base`, with
 * `selected` selected. The project travels compressed in the hash, which browsers never send
 * to a server; the selection rides in the query, as a deep link's does.
 */
export async function makeShareLink(
  project: Project,
  base: string = window.location.href,
  selected: EnvironmentId | null = null,
): Promise<string> {
  const url = new URL(base);
  const payload = await encodePayload(projectFileText(redactSensitive(project), new Date(), 0));
  const env = selected === null ? '' : `&env=${encodeURIComponent(selected)}`;
  return `${url.origin}${url.pathname}?plan=${project.plan}${env}#share=${payload}`;
}

/** The compressed payload of a `#share=…` hash, or null when the hash carries none. */
export function sharePayload(hash: string): string | null {
  const match = /(?:^|&)share=([^&]*)/.exec(hash.replace(/^#/, ''));
  return match ? (match[1] ?? '') : null;
}

const BROKEN =
  'The share link is damaged or cut short, so the current project was kept. Ask for the link again and copy all of it';

/** Opens a share link's hash: the project it carries, checked like an imported file. */
export async function readShareLink(
  hash: string,
): Promise<Readonly<{ project: Project }> | Readonly<{ error: LoadError }>> {
  const payload = sharePayload(hash);
  if (payload === null)
    return { error: loadError('broken-link', 'This link carries no shared project.') };
  if (payload === '') return { error: loadError('broken-link', `${BROKEN}: it holds no data.`) };
  const decoded = await decodePayload(payload);
  if ('problem' in decoded) {
    return decoded.problem === 'broken'
      ? { error: loadError('broken-link', `${BROKEN}: ${decoded.reason}.`) }
      : {
          error: loadError(
            'too-large',
            `The share link was not opened, so the current project was kept: ${decoded.reason}.`,
          ),
        };
  }
  const read = readProjectFile(decoded.text, 'The link');
  if ('project' in read) return read;
  // A cut-off payload usually still decompresses, into text that stops mid-way.
  return read.error.code === 'not-json'
    ? { error: loadError('broken-link', `${BROKEN}: its data ends too early or is garbled.`) }
    : { error: { ...read.error, message: `${read.error.message} The current project was kept.` } };
}
