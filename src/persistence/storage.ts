/** localStorage, or null where the browser refuses it (privacy modes, sandboxed frames). */
export function browserStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** Where the saved state lives, one key for everything. */
export const STORAGE_KEY = 'magento-cloud-explorer';

/** A saved state that could not be read, kept until the user dismisses the notice. */
export const UNREADABLE_KEY = 'magento-cloud-explorer:unreadable';
