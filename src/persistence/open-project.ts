import { useEffect, useRef, useState } from 'react';
import { rulesOf } from '../domain/plans';
import { tableHas } from '../domain/table';
import type { Project } from '../domain/types';
import { useAppStore } from '../store/app-store';
import { SHARE_LINK_NOTE } from '../store/commands';
import { useSavedStateNotice } from './saved-state-notice-store';
import { forgetProjectAside, hasProjectAside, keepProjectAside, projectKeptAside } from './storage';

/**
 * Puts an imported or shared project in place of its plan's project (one undo entry), with
 * `selected` selected where the project has it.
 */
function applyProject(project: Project, lead: string, selected: string | null = null): void {
  const app = useAppStore.getState();
  app.replaceProject(project);
  const env = selected !== null && tableHas(project.environments, selected) ? selected : null;
  app.navigate(project.plan, env, project.edition);
  app.announce(
    `${lead} Showing "${project.title}" as the ${rulesOf(project).label} project; Undo brings back the previous one.`,
  );
}

/** Files from this size, and projects from this many environments, say what is under way. */
const LARGE_FILE_BYTES = 1024 * 1024;
const LARGE_PROJECT = 2000;

/**
 * Resolves once the browser has painted what is on screen now (a status set just before),
 * so a long step that follows does not hide it. A hidden tab paints nothing: a timer then.
 */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 200);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

/**
 * Handler of "Open project JSON": reads an exported file and shows its project. A large one
 * takes seconds to check and draw, so the status says which step is under way, each painted
 * before the step starts.
 */
export async function openProject(file: File): Promise<void> {
  const announce = (text: string) => useAppStore.getState().announce(text);
  const sizeMb = (file.size / (1024 * 1024)).toFixed(1);
  if (file.size >= LARGE_FILE_BYTES) {
    announce(`Opening ${file.name} (${sizeMb} MB)…`);
    await afterPaint();
  }
  const { checkProjectFile, parseProjectFile } = await import('./project-file');
  const parsed = parseProjectFile(await file.text());
  if ('error' in parsed) {
    announce(`${file.name} was not imported. ${parsed.error.message}`);
    return;
  }
  const large = parsed.environments >= LARGE_PROJECT;
  const step = async (n: number, what: string) => {
    if (!large) return;
    const count = parsed.environments.toLocaleString('en');
    announce(`Opening a large project (${count} environments), step ${n} of 2: ${what}…`);
    await afterPaint();
  };
  await step(1, 'checking it');
  const read = checkProjectFile(parsed);
  if ('error' in read) {
    announce(`${file.name} was not imported. ${read.error.message}`);
    return;
  }
  await step(2, 'drawing it');
  applyProject(read.project, `Imported ${file.name}.`);
}

const SHARE_HASH = /^#(?:.*&)?share=/;

/**
 * Shows a shared project in place of the user's own of that plan, which is kept aside (in
 * the browser too, so a reload keeps it) until they keep the shared one or go back to theirs.
 */
async function openShared(project: Project, selected: string | null): Promise<void> {
  const app = useAppStore.getState();
  // A second link opened meanwhile replaces the first shared one, not the user's own.
  if (!hasProjectAside('share')) {
    await keepProjectAside('share', app.projects[project.edition][project.plan]);
  }
  applyProject(project, `Opened a shared project. ${SHARE_LINK_NOTE}.`, selected);
  useSavedStateNotice.setState({ sharedCopy: { title: project.title } });
}

/** "Keep it as my project": the shared project stays, the kept-aside one goes. */
export function keepSharedCopy(): void {
  forgetProjectAside('share');
  useSavedStateNotice.setState({ sharedCopy: null });
  useAppStore.getState().announce('The shared project is now your project.');
}

/** "Back to my project": the user's own project returns, the shared one goes. */
export async function backToMyProject(): Promise<void> {
  const own = await projectKeptAside('share');
  forgetProjectAside('share');
  useSavedStateNotice.setState({ sharedCopy: null });
  if (!own) {
    useAppStore
      .getState()
      .announce('Your own project could not be read back: Undo may still bring it.');
    return;
  }
  applyProject(own, 'Back to your own project.');
}

/**
 * Opens a `#share=…` link at start-up and whenever the hash changes: a good link replaces
 * the project of its plan; a broken one is explained and the current project stays.
 */
export function useOpenShareLink(): void {
  // Read while rendering, before any effect (URL sync) rewrites the address and drops the hash.
  const [startHash] = useState(() => window.location.hash);
  const [startEnv] = useState(() => new URLSearchParams(window.location.search).get('env'));
  // The link being opened, so StrictMode's second effect run does not open it twice.
  const opening = useRef<string | null>(null);

  useEffect(() => {
    const open = async (hash: string, selected: string | null) => {
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
      else await openShared(read.project, selected);
    };
    // A shared project shown before a reload: the user's own is still kept aside.
    if (!SHARE_HASH.test(startHash) && hasProjectAside('share')) {
      useSavedStateNotice.setState({ sharedCopy: { title: 'A shared project' } });
    }
    void open(startHash, startEnv);
    const onHashChange = () =>
      void open(window.location.hash, new URLSearchParams(window.location.search).get('env'));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [startHash, startEnv]);
}
