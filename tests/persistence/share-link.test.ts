import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { projectToRecord } from '../../src/domain/project-record';
import {
  decodePayload,
  encodePayload,
  MAX_PAYLOAD_CHARS,
  MAX_TEXT_CHARS,
} from '../../src/persistence/link-payload';
import { projectFileText } from '../../src/persistence/project-file';
import { makeShareLink, readShareLink, sharePayload } from '../../src/persistence/share-link';
import { defaultProject, env, withEnvironment, withoutSecrets } from '../support/builders';
import { lzStringBomb } from '../support/hostile-input';

const BASE = 'https://explorer.example/app/?plan=starter&env=staging#old';

async function linkHash(plan: 'starter' | 'pro' = 'starter') {
  const link = await makeShareLink(defaultProject(plan), BASE);
  return new URL(link).hash;
}

describe('share link', () => {
  it('carries the project in the hash, after the page and plan', async () => {
    const link = await makeShareLink(defaultProject('pro'), BASE);
    expect(link).toMatch(/^https:\/\/explorer\.example\/app\/\?plan=pro#share=2\.[A-Za-z0-9_-]+$/);
  });

  it.each(['starter', 'pro'] as const)(
    'opens as the same %s project, sensitive values emptied',
    async (plan) => {
      const project = defaultProject(plan);
      const read = await readShareLink(await linkHash(plan));
      expect(read).toEqual({ project: withoutSecrets(project) });
      if (!('project' in read)) return;
      expect(read.project.variables.ADMIN_EMAIL?.value).toBe('admin@example.com');
      expect(env(read.project, 'master').variables.ADMIN_PASSWORD?.value).toBe('');
    },
  );

  it('holds none of the default project’s secrets', async () => {
    const payload = sharePayload(await linkHash()) ?? '';
    const decoded = await decodePayload(payload);
    const text = 'text' in decoded ? decoded.text : '';
    expect(text).toContain('ADMIN_PASSWORD');
    expect(text).not.toContain('Live-Adm1n-Secret!');
    expect(text).not.toContain('9f8e7d6c');
  });

  it('explains a truncated link', async () => {
    const hash = await linkHash();
    const read = await readShareLink(hash.slice(0, Math.floor(hash.length / 2)));
    expect(read).toMatchObject({ error: { code: 'broken-link' } });
    if ('error' in read) expect(read.error.message).toMatch(/damaged or cut short/);
  });

  it('explains a garbled link', async () => {
    expect(await readShareLink('#share=%%%not-lz%%%')).toMatchObject({
      error: { code: 'broken-link' },
    });
    expect(await readShareLink('#share=')).toMatchObject({ error: { code: 'broken-link' } });
  });

  it('says so when the hash carries no project', async () => {
    expect(await readShareLink('#section-2')).toMatchObject({
      error: { code: 'broken-link', message: 'This link carries no shared project.' },
    });
  });

  it('checks the project in the link like an imported file', async () => {
    const project = defaultProject('starter');
    const cyclic = withEnvironment(project, 'master', { parentId: 'staging' });
    const hash = `#share=${await encodePayload(JSON.stringify({ schema: 1, exportedAt: '', project: projectToRecord(cyclic) }))}`;
    const read = await readShareLink(hash);
    expect(read).toMatchObject({ error: { code: 'invalid-project' } });
    if ('error' in read) {
      expect(read.error.message).toContain(
        'project.environments.master.parentId: parents form a cycle',
      );
      expect(read.error.message).toContain('The current project was kept.');
    }
  });

  it('still opens a link made before links were deflated (lz-string)', async () => {
    const project = defaultProject('pro');
    const text = projectFileText(project, new Date(), 0);
    const read = await readShareLink(`#share=${compressToEncodedURIComponent(text)}`);
    expect(read).toEqual({ project });
  });

  it('is about a third shorter than the lz-string link it replaces', async () => {
    const text = projectFileText(defaultProject('pro'), new Date(), 0);
    const deflated = await encodePayload(text);
    expect(deflated.length).toBeLessThan(compressToEncodedURIComponent(text).length * 0.75);
  });
});

describe('share link bounds', () => {
  const messageOf = (read: Awaited<ReturnType<typeof readShareLink>>) =>
    'error' in read ? read.error.message : 'opened';

  it('refuses a crafted 261 KB lz-string link by its length, before decompressing it', async () => {
    const bomb = lzStringBomb(261_000);
    const read = await readShareLink(`#share=${bomb}`);
    expect(read).toMatchObject({ error: { code: 'too-large' } });
    expect(messageOf(read)).toBe(
      'The share link was not opened, so the current project was kept: it is an older kind of link, longer than the 16 KB those may carry.',
    );
  });

  it('refuses a crafted lz-string link within the length limit by what it unpacks to', async () => {
    const bomb = lzStringBomb(15_990);
    expect(bomb.length).toBeLessThanOrEqual(16_000);
    expect(messageOf(await readShareLink(`#share=${bomb}`))).toContain(
      `it unpacks to more than the ${MAX_TEXT_CHARS / 1_000_000} MB a link may carry`,
    );
  });

  it('stops inflating a deflate bomb once it passes the limit', async () => {
    // 12 MB of spaces deflate to about 12 KB; reading stops at the limit.
    const payload = await encodePayload(' '.repeat(12_000_000));
    expect(payload.length).toBeLessThan(30_000);
    expect(await decodePayload(payload)).toMatchObject({ problem: 'too-large' });
  });

  it('refuses a payload longer than the limit without reading it', async () => {
    const read = await readShareLink(`#share=2.${'A'.repeat(MAX_PAYLOAD_CHARS)}`);
    expect(messageOf(read)).toContain('it is longer than the 1000 KB a link may carry');
  });

  it('calls a payload that is not base64url, or not deflate, damaged', async () => {
    for (const payload of ['2.not*base64', '2.AAAAAAAA', `2.${btoa('hello')}`]) {
      expect(messageOf(await readShareLink(`#share=${payload}`))).toMatch(/damaged or cut short/);
    }
  });
});
