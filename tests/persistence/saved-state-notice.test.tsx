// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadSavedState } from '../../src/persistence/saved-state';
import { SavedStateNotice } from '../../src/persistence/saved-state-notice';
import { STORAGE_KEY, UNREADABLE_KEY } from '../../src/persistence/storage';
import { resetSavedStateNotice } from '../support/render-app';
import { spyOnDownloads } from './download-spy';

const CORRUPT = '{"schema": 2, "revision": 4, "state": {"projects": {"starter": ';

beforeEach(() => {
  localStorage.clear();
  resetSavedStateNotice();
  localStorage.setItem(STORAGE_KEY, CORRUPT);
  loadSavedState();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('SavedStateNotice', () => {
  it('says the saved project could not be read, and why', () => {
    render(<SavedStateNotice />);
    const notice = screen.getByRole('alert', { name: 'The saved project could not be read' });
    expect(notice).toHaveTextContent(/started from the default projects/);
    expect(notice).toHaveTextContent(/not valid JSON/);
  });

  it('downloads the unreadable text as a .json file', async () => {
    const downloads = spyOnDownloads();
    render(<SavedStateNotice />);
    await userEvent.click(screen.getByRole('button', { name: 'Download unreadable copy' }));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]?.filename).toMatch(/^magento-cloud-explorer-unreadable.*\.json$/);
    expect(await downloads[0]?.text()).toBe(CORRUPT);
  });

  it('forgets the copy once dismissed', async () => {
    render(<SavedStateNotice />);
    const notice = screen.getByRole('alert', { name: 'The saved project could not be read' });
    await userEvent.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(localStorage.getItem(UNREADABLE_KEY)).toBeNull();
  });

  it('shows nothing when all is well', () => {
    resetSavedStateNotice();
    const { container } = render(<SavedStateNotice />);
    expect(container).toBeEmptyDOMElement();
  });
});
