// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { projectFileText, readProjectFile } from '../../src/persistence/project-file';
import { ProjectFileActions } from '../../src/persistence/project-file-actions';
import { readShareLink } from '../../src/persistence/share-link';
import { useAppStore } from '../../src/store/app-store';
import { defaultProject, withEnvironment, withoutSecrets, withVariable } from '../support/builders';
import { Announcements, resetStore } from '../support/render-app';
import { spyOnDownloads } from './download-spy';

const app = () => useAppStore.getState();

function renderActions() {
  render(
    <>
      <ProjectFileActions />
      <Announcements />
    </>,
  );
}

function jsonFile(name: string, text: string): File {
  return new File([text], name, { type: 'application/json' });
}

beforeEach(resetStore);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('Export JSON', () => {
  it('downloads <project-id>.json holding the project shown', async () => {
    const downloads = spyOnDownloads();
    app().setPlan('pro');
    renderActions();
    await userEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]?.filename).toBe('uvwxyz3pro.json');
    const text = (await downloads[0]?.text()) ?? '';
    expect(readProjectFile(text)).toEqual({ project: withoutSecrets(app().projects['2.1'].pro) });
    for (const secret of ['Live-Adm1n-Secret!', '9f8e7d6c']) expect(text).not.toContain(secret);
  });

  it('holds the sensitive values only when asked for, and says to keep the file private', async () => {
    const downloads = spyOnDownloads();
    app().setPlan('pro');
    renderActions();
    await userEvent.click(
      screen.getByRole('button', { name: 'Export JSON with sensitive values' }),
    );
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(readProjectFile((await downloads[0]?.text()) ?? '')).toEqual({
      project: app().projects['2.1'].pro,
    });
    expect(app().announcement?.text).toMatch(/in plain text: keep the file private/);
  });
});

describe('Import JSON', () => {
  it('replaces the project of the file’s plan and shows that plan', async () => {
    const user = userEvent.setup();
    const imported = withVariable(defaultProject('pro'), null, 'IMPORTED', 'yes');
    renderActions();
    await user.upload(
      screen.getByLabelText('Project JSON file'),
      jsonFile('shop.json', projectFileText(imported)),
    );
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(/Imported shop\.json/),
    );
    expect(app().projects['2.1'].pro).toEqual(imported);
    expect(app().plan).toBe('pro');
  });

  it('refuses a nonsense file with the path of the problem and changes nothing', async () => {
    const user = userEvent.setup();
    const before = app().projects;
    const cyclic = withEnvironment(defaultProject('starter'), 'master', { parentId: 'staging' });
    renderActions();
    await user.upload(
      screen.getByLabelText('Project JSON file'),
      jsonFile('edited.json', projectFileText(cyclic)),
    );
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        /edited\.json was not imported\..*project\.environments\.master\.parentId: parents form a cycle/,
      ),
    );
    expect(app().projects).toBe(before);
    expect(useAppStore.temporal.getState().pastStates).toHaveLength(0);
  });
});

describe('Copy share link', () => {
  it('copies a link that opens the project, and says sensitive values are left out', async () => {
    const user = userEvent.setup();
    renderActions();
    const button = screen.getByRole('button', { name: 'Copy share link' });
    expect(button).toHaveAccessibleDescription('Sensitive values are not included in the link.');
    await user.click(button);
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Share link copied. Sensitive values are not included in the link.',
      ),
    );
    const link = await navigator.clipboard.readText();
    expect(await readShareLink(new URL(link).hash)).toEqual({
      project: withoutSecrets(app().projects['2.1'].starter),
    });
  });

  it('shows the link to copy by hand when the clipboard refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    renderActions();
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));
    const box = await screen.findByRole('textbox', { name: 'Share link' });
    expect((box as HTMLInputElement).value).toMatch(/#share=/);
    expect(screen.getByRole('status')).toHaveTextContent(/Sensitive values are not included/);
  });
});
