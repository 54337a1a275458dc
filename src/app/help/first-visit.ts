import { useEffect, useState } from 'react';
import { browserStorage } from '../../persistence/storage';
import { useAppStore } from '../../store/app-store';

/** Set once the tour is skipped, done or closed: from then on it opens only when asked for. */
export const TOUR_DISMISSED_KEY = 'magento-cloud-explorer:tour-dismissed';

/**
 * Whether this browser has seen the tour off. A browser that keeps nothing (storage refused
 * or throwing) counts as having seen it: a tour that came back on every visit would nag.
 */
export function tourDismissed(storage: Storage | null = browserStorage()): boolean {
  try {
    return storage === null || storage.getItem(TOUR_DISMISSED_KEY) !== null;
  } catch {
    return true;
  }
}

export function dismissTour(storage: Storage | null = browserStorage()): void {
  try {
    storage?.setItem(TOUR_DISMISSED_KEY, 'yes');
  } catch {
    // Nothing more to do: it was closed for this visit.
  }
}

// The same tests as the share and scenario links make, without loading their chunks.
const SHARE_HASH = /^#(?:.*&)?(?:share|scenario)=/;

/**
 * Whether the address brings a first screen of its own (a scenario, a shared project, a
 * generated one for benchmarks), which a tour would only cover up.
 */
export function opensOwnView(location: Readonly<{ search: string; hash: string }>): boolean {
  const params = new URLSearchParams(location.search);
  return params.has('scenario') || params.has('synthetic') || SHARE_HASH.test(location.hash);
}

/** Opens the tour on a first visit, unless another dialog or the address has the stage. */
export function useFirstVisitTour(): void {
  // Read while rendering, before URL sync's effect rewrites the address and drops the hash.
  const [offer] = useState(() => !tourDismissed() && !opensOwnView(window.location));
  useEffect(() => {
    if (!offer) return;
    const { dialog, openDialog } = useAppStore.getState();
    if (dialog === null) openDialog({ kind: 'tour' });
  }, [offer]);
}
