import { decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { projectToRecord } from '../../src/domain/project-record';
import { makeShareLink, readShareLink, sharePayload } from '../../src/persistence/share-link';
import { defaultProject, env, withEnvironment, withoutSecrets } from '../support/builders';

const BASE = 'https://explorer.example/app/?plan=starter&env=staging#old';

async function linkHash(plan: 'starter' | 'pro' = 'starter') {
  const link = await makeShareLink(defaultProject(plan), BASE);
  return new URL(link).hash;
}

describe('share link', () => {
  it('carries the project in the hash, after the page and plan', async () => {
    const link = await makeShareLink(defaultProject('pro'), BASE);
    expect(link).toMatch(/^https:\/\/explorer\.example\/app\/\?plan=pro#share=[A-Za-z0-9+$-]+$/);
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
    const text = decompressFromEncodedURIComponent(payload);
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
    const { compressToEncodedURIComponent } = await import('lz-string');
    const project = defaultProject('starter');
    const cyclic = withEnvironment(project, 'master', { parentId: 'staging' });
    const hash = `#share=${compressToEncodedURIComponent(JSON.stringify({ schema: 1, exportedAt: '', project: projectToRecord(cyclic) }))}`;
    const read = await readShareLink(hash);
    expect(read).toMatchObject({ error: { code: 'invalid-project' } });
    if ('error' in read) {
      expect(read.error.message).toContain(
        'project.environments.master.parentId: parents form a cycle',
      );
      expect(read.error.message).toContain('The current project was kept.');
    }
  });
});
