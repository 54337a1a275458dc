import { useEffect, useRef, useState } from 'react';
import { rulesOf } from '../domain/plans';
import type { Project } from '../domain/types';
import { useAppStore } from '../store/app-store';
import { SHARE_LINK_NOTE } from '../store/commands';

/** Puts an imported or shared project in place of its plan's project (one undo entry). */
function applyProject(project: Project, lead: string): void {
  const app = useAppStore.getState();
  app.replaceProject(project);
  app.navigate(project.plan, null, project.edition);
  app.announce(
    `${lead} Showing "${project.title}" as the ${rulesOf(project).label} project; Undo brings back the previous one.`,
  );
}

/** Handler of "Open project JSON": reads an exported file and shows its project. */
export async function openProject(file: File): Promise<void> {
  const { readProjectFile } = await import('./project-file');
  const read = readProjectFile(await file.text());
  if ('error' in read)
    useAppStore.getState().announce(`${file.name} was not imported. ${read.error.message}`);
  else applyProject(read.project, `Imported ${file.name}.`);
}

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
