import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../store/app-store';
import { applyProject } from './apply-project';
import { SHARE_LINK_NOTE } from './share-link-note';

const SHARE_HASH = /^#(?:.*&)?share=/;

/**
 * Opens a `#share=…` link at start-up and whenever the hash changes: a good link replaces
 * the project of its plan; a broken one is explained and the current project stays.
 */
export function useOpenShareLink(): void {
  // Read while rendering, before any effect (URL sync) rewrites the address and drops the hash.
  const [startHash] = useState(() => window.location.hash);
  // The link being opened, so StrictMode's second effect run does not open it twice.
  const opening = useRef<string | null>(null);

  useEffect(() => {
    const open = async (hash: string) => {
      if (!SHARE_HASH.test(hash) || opening.current === hash) return;
      opening.current = hash;
      const { readShareLink } = await import('./share-link');
      const read = await readShareLink(hash);
      opening.current = null;
      // Drop the hash once read, so a reload shows the saved state rather than the link again.
      if (window.location.hash === hash) {
        const { pathname, search } = window.location;
        window.history.replaceState(window.history.state, '', `${pathname}${search}`);
      }
      if ('error' in read) useAppStore.getState().announce(read.error.message);
      else applyProject(read.project, `Opened a shared project. ${SHARE_LINK_NOTE}.`);
    };
    void open(startHash);
    const onHashChange = () => void open(window.location.hash);
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [startHash]);
}
