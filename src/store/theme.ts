import { useSyncExternalStore } from 'react';
import { browserStorage, readKey } from '../persistence/storage';

/** The Theme control's choices: follow the system's prefers-color-scheme, or fix one. */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** A preference of this browser (like the deploy speed), not of a project. */
export const THEME_KEY = 'magento-cloud-explorer:theme';

const isChoice = (value: unknown): value is ThemeChoice =>
  THEME_CHOICES.includes(value as ThemeChoice);

let current: ThemeChoice = 'system';
let followingOtherTabs = false;
const listeners = new Set<() => void>();

/** `data-theme` on <html> picks the palette's column (src/app/theme.css); none follows the system. */
function apply(choice: ThemeChoice): void {
  current = choice;
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
  for (const listener of listeners) listener();
}

/**
 * Applies the choice this browser kept, before the first render so the page is never drawn
 * in the other theme first; follows a choice made in another tab.
 */
export function startTheme(): void {
  const kept = readKey(THEME_KEY);
  apply(isChoice(kept) ? kept : 'system');
  if (followingOtherTabs) return;
  followingOtherTabs = true;
  window.addEventListener('storage', (event) => {
    if (event.key === THEME_KEY || event.key === null)
      apply(isChoice(event.newValue) ? event.newValue : 'system');
  });
}

export function setTheme(choice: ThemeChoice): void {
  try {
    const storage = browserStorage();
    if (choice === 'system') storage?.removeItem(THEME_KEY);
    else storage?.setItem(THEME_KEY, choice);
  } catch {
    // A choice that cannot be kept still holds until the page is left.
  }
  apply(choice);
}

/** The choice in force now (for the command palette's pressed state). */
export function currentTheme(): ThemeChoice {
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The Theme control's current choice; 'system' is also what React Flow's colorMode takes. */
export function useTheme(): ThemeChoice {
  return useSyncExternalStore(subscribe, () => current);
}
