// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { StrictMode, useEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useOpenShareLink } from '../../src/persistence/open-project';
import { makeShareLink } from '../../src/persistence/share-link';
import { useAppStore } from '../../src/store/app-store';
import { defaultProject, withoutSecrets, withVariable } from '../support/builders';
import { Announcements, resetStore } from '../support/render-app';

const app = () => useAppStore.getState();
// The link inflates through the browser's streams, a few event-loop turns; a busy machine
// takes longer than waitFor's default second.
const OPENED = { timeout: 5000 };

function Opener() {
  useOpenShareLink();
  return <Announcements />;
}

// Child effects run before the parent's: this stands for useUrlSync dropping the hash.
function UrlSync() {
  useEffect(() => window.history.replaceState(null, '', '?plan=starter'), []);
  return null;
}

function OpenerBehindUrlSync() {
  useOpenShareLink();
  return (
    <>
      <UrlSync />
      <Announcements />
    </>
  );
}

function visit(url: string) {
  window.history.replaceState(null, '', url);
}

beforeEach(resetStore);
afterEach(() => {
  cleanup();
  visit('/');
});

describe('opening a share link', () => {
  it('shows the shared project and drops the hash', async () => {
    const shared = withVariable(defaultProject('pro'), null, 'SHARED', 'yes');
    const link = new URL(await makeShareLink(shared, window.location.href));
    visit(`${link.pathname}${link.search}${link.hash}`);
    render(<Opener />);
    await waitFor(
      () => expect(screen.getByRole('status')).toHaveTextContent(/Opened a shared project/),
      OPENED,
    );
    expect(app().projects['2.1'].pro).toEqual(withoutSecrets(shared));
    expect(app().plan).toBe('pro');
    expect(window.location.hash).toBe('');
    expect(window.location.search).toBe('?plan=pro');
  });

  it('selects the environment that was selected when the link was made', async () => {
    const link = new URL(
      await makeShareLink(defaultProject('pro'), window.location.href, 'integration'),
    );
    expect(link.search).toBe('?plan=pro&env=integration');
    visit(`${link.pathname}${link.search}${link.hash}`);
    render(<OpenerBehindUrlSync />);
    await waitFor(
      () => expect(screen.getByRole('status')).toHaveTextContent(/Opened a shared project/),
      OPENED,
    );
    expect(app().selection.pro).toBe('integration');
  });

  it('opens the link once under StrictMode, even when URL sync rewrites the address first', async () => {
    const link = new URL(await makeShareLink(defaultProject('pro'), window.location.href));
    visit(`/${link.hash}`);
    render(
      <StrictMode>
        <OpenerBehindUrlSync />
      </StrictMode>,
    );
    await waitFor(() => expect(app().plan).toBe('pro'), OPENED);
    expect(useAppStore.temporal.getState().pastStates).toHaveLength(1);
  });

  it('opens a link pasted into the address bar later', async () => {
    render(<Opener />);
    const shared = withVariable(defaultProject('starter'), null, 'LATER', 'yes');
    const link = new URL(await makeShareLink(shared, window.location.href));
    window.location.hash = link.hash;
    await waitFor(
      () => expect(app().projects['2.1'].starter.variables.LATER?.value).toBe('yes'),
      OPENED,
    );
  });

  it('explains a truncated link and keeps the current project', async () => {
    const before = app().projects;
    const link = new URL(await makeShareLink(defaultProject('starter'), window.location.href));
    visit(`/${link.hash.slice(0, 60)}`);
    render(<Opener />);
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(/damaged or cut short/),
    );
    expect(app().projects).toBe(before);
  });

  it('leaves a page without a share link alone', async () => {
    const before = app().projects;
    visit('/#about');
    render(<Opener />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(app().projects).toBe(before);
    expect(window.location.hash).toBe('#about');
  });
});
