import { downloadText } from './download-text';
import { UNREADABLE_KEY } from './storage';

/** A saved state the explorer could not read, kept so the user can take it elsewhere. */
export type UnreadableCopy = Readonly<{ text: string; message: string; foundAt: string }>;

/** Stores the copy under its own key; where storage is full it stays in memory only. */
export function storeUnreadableCopy(storage: Storage | null, copy: UnreadableCopy): void {
  try {
    storage?.setItem(UNREADABLE_KEY, JSON.stringify(copy));
  } catch {
    // Nothing more to do: the notice still holds the copy for this visit.
  }
}

/** A copy kept by an earlier visit and not dismissed yet. */
export function readUnreadableCopy(storage: Storage | null): UnreadableCopy | null {
  const kept = storage?.getItem(UNREADABLE_KEY) ?? null;
  if (kept === null) return null;
  try {
    const copy = JSON.parse(kept) as Partial<UnreadableCopy>;
    if (typeof copy.text === 'string' && typeof copy.message === 'string') {
      return { text: copy.text, message: copy.message, foundAt: String(copy.foundAt ?? '') };
    }
  } catch {
    // Falls through: even a damaged copy is handed back as it is.
  }
  return { text: kept, message: 'The saved state could not be read.', foundAt: '' };
}

export function forgetUnreadableCopy(storage: Storage | null): void {
  storage?.removeItem(UNREADABLE_KEY);
}

export function downloadUnreadableCopy(copy: UnreadableCopy): void {
  const stamp = copy.foundAt ? `-${copy.foundAt.slice(0, 19).replace(/[:T]/g, '-')}` : '';
  downloadText(`magento-cloud-explorer-unreadable${stamp}.json`, copy.text);
}
