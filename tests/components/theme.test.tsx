// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ThemeSelect } from '../../src/components/theme-select';
import { startTheme, THEME_KEY } from '../../src/store/theme';

const root = () => document.documentElement;
const themeSelect = () => screen.getByRole('combobox', { name: 'Theme' });

beforeEach(() => {
  localStorage.clear();
  startTheme();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('theme', () => {
  it('follows the system when nothing was chosen: no data-theme, "System" shown', () => {
    render(<ThemeSelect />);
    expect(root().dataset.theme).toBeUndefined();
    expect(themeSelect()).toHaveValue('system');
  });

  it('applies a kept choice at start, before anything renders', () => {
    localStorage.setItem(THEME_KEY, 'dark');
    startTheme();
    expect(root().dataset.theme).toBe('dark');
    render(<ThemeSelect />);
    expect(themeSelect()).toHaveValue('dark');
  });

  it('keeps a choice for this browser, and System forgets it', async () => {
    render(<ThemeSelect />);
    await userEvent.selectOptions(themeSelect(), 'Light');
    expect(root().dataset.theme).toBe('light');
    expect(localStorage.getItem(THEME_KEY)).toBe('light');

    await userEvent.selectOptions(themeSelect(), 'System');
    expect(root().dataset.theme).toBeUndefined();
    expect(localStorage.getItem(THEME_KEY)).toBeNull();
  });

  it('reads a value it does not know as System', () => {
    localStorage.setItem(THEME_KEY, 'sepia');
    startTheme();
    expect(root().dataset.theme).toBeUndefined();
  });

  it('still switches when storage throws, and starts from System', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    startTheme();
    expect(root().dataset.theme).toBeUndefined();
    render(<ThemeSelect />);
    await userEvent.selectOptions(themeSelect(), 'Dark');
    expect(root().dataset.theme).toBe('dark');
    expect(themeSelect()).toHaveValue('dark');
  });

  it('follows a choice made in another tab', () => {
    render(<ThemeSelect />);
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: THEME_KEY, newValue: 'dark' }));
    });
    expect(root().dataset.theme).toBe('dark');
    expect(themeSelect()).toHaveValue('dark');
  });
});
