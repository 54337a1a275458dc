// @vitest-environment jsdom

import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OPERATIONS } from '../../src/domain/operations/all-operations';
import { defaultSlots, withProject } from '../../src/domain/project-slots';
import { type Autosave, createAutosave, startPersistence } from '../../src/persistence/autosave';
import { loadSavedState, revisionOf, serializeSavedState } from '../../src/persistence/saved-state';
import { SavedStateNotice } from '../../src/persistence/saved-state-notice';
import { useSavedStateNotice } from '../../src/persistence/saved-state-notice-store';
import { STORAGE_KEY, UNREADABLE_KEY } from '../../src/persistence/storage';
import { useAppStore } from '../../src/store/app-store';
import { defaultProject, withVariable } from '../support/builders';
import { resetSavedStateNotice, resetStore } from '../support/render-app';

const app = () => useAppStore.getState();
const notice = () => useSavedStateNotice.getState();
const stored = () => localStorage.getItem(STORAGE_KEY);
const AT = new Date('2025-01-02T03:04:05.000Z');

let autosave: Autosave | null = null;
function start(options: Parameters<typeof createAutosave>[1] = {}): Autosave {
  autosave = createAutosave(useAppStore, { delayMs: 100, ...options });
  return autosave;
}

/** Another tab saves its own state at `revision`, and this tab hears of it. */
function otherTabSaves(revision: number, announce = true): string {
  const theirs = serializeSavedState(
    {
      projects: withProject(
        defaultSlots(),
        withVariable(defaultProject('starter'), null, 'FROM', 'the other tab'),
      ),
      plan: 'pro',
      edition: '2.1',
    },
    revision,
    AT,
  );
  localStorage.setItem(STORAGE_KEY, theirs);
  if (announce) {
    window.dispatchEvent(
      new StorageEvent('storage', {
        key: STORAGE_KEY,
        newValue: theirs,
        storageArea: localStorage,
      }),
    );
  }
  return theirs;
}

beforeEach(() => {
  localStorage.clear();
  resetStore();
  resetSavedStateNotice();
});

afterEach(() => {
  cleanup();
  autosave?.();
  autosave = null;
  vi.useRealTimers();
});

describe('autosave', () => {
  it('writes a change once the quiet time has passed', () => {
    vi.useFakeTimers();
    start();
    app().run(OPERATIONS.merge, { env: 'feature-checkout' });
    expect(stored()).toBeNull();
    vi.advanceTimersByTime(100);
    expect(loadSavedState().state).toEqual({
      projects: app().projects,
      plan: 'starter',
      edition: '2.1',
    });
    expect(revisionOf(stored())).toBe(1);
  });

  it.each([
    ['the page is left', () => window.dispatchEvent(new Event('pagehide'))],
    [
      'the page is hidden',
      () => {
        vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
        document.dispatchEvent(new Event('visibilitychange'));
      },
    ],
  ])('writes at once when %s, so a reload finds the change', (_, leave) => {
    vi.useFakeTimers();
    start();
    app().run(OPERATIONS.merge, { env: 'feature-checkout' });
    leave();
    expect(loadSavedState().state.projects).toEqual(app().projects);
  });

  it('writes nothing for a change of view only', () => {
    start();
    app().select('staging');
    app().announce('hello');
    autosave?.flush();
    expect(stored()).toBeNull();
  });

  it('saves the plan shown', () => {
    start();
    app().setPlan('pro');
    autosave?.flush();
    expect(loadSavedState().state.plan).toBe('pro');
  });

  it('starts from the saved state with an empty undo history', () => {
    const project = withVariable(defaultProject('pro'), null, 'SAVED', 'yes');
    localStorage.setItem(
      STORAGE_KEY,
      serializeSavedState(
        { projects: withProject(defaultSlots(), project), plan: 'pro', edition: '2.1' },
        4,
        AT,
      ),
    );
    autosave = startPersistence(useAppStore);
    expect(app().projects['2.1'].pro).toEqual(project);
    expect(app().plan).toBe('pro');
    expect(useAppStore.temporal.getState().pastStates).toHaveLength(0);
    app().run(OPERATIONS.merge, { env: 'feature-checkout' });
    autosave.flush();
    expect(revisionOf(stored())).toBe(5);
  });

  it('reports a write the browser refuses', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    } as unknown as Storage;
    start({ storage: full });
    app().run(OPERATIONS.merge, { env: 'feature-checkout' });
    autosave?.flush();
    expect(notice().saveError).toMatch(/could not be saved .*quota/);
  });
});

describe('an unreadable saved state that no copy can hold', () => {
  /** localStorage that refuses the copy's key, as a full one refuses a second large text. */
  function storageRefusingTheCopy(): Storage {
    return {
      getItem: (key: string) => localStorage.getItem(key),
      setItem: (key: string, value: string) => {
        if (key === UNREADABLE_KEY) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        localStorage.setItem(key, value);
      },
      removeItem: (key: string) => localStorage.removeItem(key),
    } as unknown as Storage;
  }

  it('is not saved over until the user downloads it, and says why', async () => {
    localStorage.setItem(STORAGE_KEY, '{"not": "a saved state"');
    const storage = storageRefusingTheCopy();
    autosave = startPersistence(useAppStore, { storage, delayMs: 100 });
    expect(notice().unreadableHeld).toBe(true);
    render(<SavedStateNotice />);
    expect(screen.getByRole('alert')).toHaveTextContent(/No copy could be kept in this browser/);

    app().run(OPERATIONS.merge, { env: 'feature-checkout' });
    autosave.flush();
    window.dispatchEvent(new Event('pagehide'));
    expect(stored()).toBe('{"not": "a saved state"');

    await userEvent.click(screen.getByRole('button', { name: 'Download unreadable copy' }));
    app().run(OPERATIONS.activate, { env: 'feature-old-theme' });
    autosave.flush();
    expect(revisionOf(stored())).toBe(1);
  });
});

describe('leaving the page', () => {
  const leave = () => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  };

  it('asks first only while this tab holds changes it cannot save', () => {
    start();
    expect(leave()).toBe(false);
    app().run(OPERATIONS.merge, { env: 'feature-checkout' });
    expect(leave()).toBe(false); // pagehide will save it
    autosave?.flush();
    otherTabSaves(5);
    app().run(OPERATIONS.activate, { env: 'feature-old-theme' });
    expect(leave()).toBe(true);
  });

  it('asks first when the browser keeps nothing and something changed', () => {
    start({ storage: null });
    expect(leave()).toBe(false);
    app().run(OPERATIONS.merge, { env: 'feature-checkout' });
    expect(leave()).toBe(true);
  });
});

describe('two tabs', () => {
  it('notices another tab’s save and does not write over it', () => {
    start();
    app().run(OPERATIONS.merge, { env: 'feature-checkout' });
    autosave?.flush();
    const theirs = otherTabSaves(5);
    expect(notice().otherTab).toEqual({ revision: 5 });

    app().run(OPERATIONS.activate, { env: 'feature-old-theme' });
    autosave?.flush();
    window.dispatchEvent(new Event('pagehide'));
    expect(stored()).toBe(theirs);
  });

  it('notices a save it did not hear of when it comes to write', () => {
    start();
    const theirs = otherTabSaves(2, false);
    app().run(OPERATIONS.merge, { env: 'feature-checkout' });
    autosave?.flush();
    expect(stored()).toBe(theirs);
    expect(notice().otherTab).toEqual({ revision: 2 });
  });

  it('offers both versions; Keep mine writes a newer revision than theirs', async () => {
    start();
    app().run(OPERATIONS.merge, { env: 'feature-checkout' });
    otherTabSaves(5);
    render(<SavedStateNotice />);
    const banner = screen.getByRole('alert', { name: 'This project was changed in another tab' });
    expect(within(banner).getByRole('button', { name: 'Load their version' })).toBeVisible();

    await userEvent.click(within(banner).getByRole('button', { name: 'Keep mine' }));
    expect(revisionOf(stored())).toBe(6);
    expect(loadSavedState().state.projects).toEqual(app().projects);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('Load their version shows their projects and plan without writing', async () => {
    start();
    app().run(OPERATIONS.merge, { env: 'feature-checkout' });
    const theirs = otherTabSaves(5);
    render(<SavedStateNotice />);
    await userEvent.click(screen.getByRole('button', { name: 'Load their version' }));

    expect(app().plan).toBe('pro');
    expect(app().projects['2.1'].starter.variables.FROM?.value).toBe('the other tab');
    autosave?.flush();
    expect(stored()).toBe(theirs);

    app().run(OPERATIONS.merge, { env: 'feature-checkout' });
    autosave?.flush();
    expect(revisionOf(stored())).toBe(6);
  });
});
