import type { Project } from '../domain/types';
import { DEPLOY_SPEEDS, type DeploySpeed } from '../store/view-slice';
/**
 * localStorage, or null where the browser refuses it (privacy modes, sandboxed frames, a
 * storage whose reads throw): every caller can then treat it as simply missing.
 */
export function browserStorage(): Storage | null {
  try {
    if (typeof window === 'undefined') return null;
    const storage = window.localStorage;
    // A key that is never written: the probe reads nothing, not the whole saved state.
    storage.getItem('magento-cloud-explorer:probe');
    return storage;
  } catch {
    return null;
  }
}

/** Said at start-up when the browser keeps nothing. */
export const NOT_SAVED_NOTE =
  'This browser does not let the explorer keep anything: it works, but nothing you do is saved when you leave. Export JSON keeps a project.';

/** Where the saved state lives, one key for everything. */
export const STORAGE_KEY = 'magento-cloud-explorer';

/** The deploy speed the user chose last (a preference of this browser, not of a project). */
export const DEPLOY_SPEED_KEY = 'magento-cloud-explorer:deploy-speed';

/** A saved state that could not be read, kept until the user dismisses the notice. */
export const UNREADABLE_KEY = 'magento-cloud-explorer:unreadable';

/** A saved state the explorer could not read, kept so the user can take it elsewhere. */
export type UnreadableCopy = Readonly<{ text: string; message: string; foundAt: string }>;

/**
 * Stores the copy under its own key; false when it could not be (storage full or missing):
 * then the saved text is its only copy, and autosave must hold until the user has it.
 */
export function storeUnreadableCopy(storage: Storage | null, copy: UnreadableCopy): boolean {
  if (!storage) return false;
  try {
    storage.setItem(UNREADABLE_KEY, JSON.stringify(copy));
    return true;
  } catch {
    return false;
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

/** Offers `text` to the user as a file download named `filename`. */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; the next task is late enough.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

type SpeedStore = Readonly<{
  getState(): { deploySpeed: DeploySpeed; setDeploySpeed(speed: DeploySpeed): void };
  subscribe(listener: (state: { deploySpeed: DeploySpeed }) => void): () => void;
}>;

const isSpeed = (value: string | null): value is DeploySpeed =>
  (DEPLOY_SPEEDS as readonly (string | null)[]).includes(value);

/**
 * Starts the store at the user's deploy speed: `?speed=` in the address (which the browser
 * then keeps), else the one chosen last, else Watch, so a first merge plays out on screen.
 * Every later choice is kept.
 */
export function keepDeploySpeed(store: SpeedStore, search: string, storage = browserStorage()) {
  const asked = new URLSearchParams(search).get('speed');
  let kept: string | null = null;
  try {
    kept = storage?.getItem(DEPLOY_SPEED_KEY) ?? null;
  } catch {
    kept = null;
  }
  const speed = isSpeed(asked) ? asked : isSpeed(kept) ? kept : 'watch';
  store.getState().setDeploySpeed(speed);
  const write = (value: DeploySpeed) => {
    try {
      storage?.setItem(DEPLOY_SPEED_KEY, value);
    } catch {
      // A preference that cannot be kept is simply asked for again.
    }
  };
  if (isSpeed(asked)) write(asked);
  let last = speed;
  return store.subscribe((state) => {
    if (state.deploySpeed === last) return;
    last = state.deploySpeed;
    write(last);
  });
}

/** Why the user's own project is kept aside: a scenario plays, or a shared project is shown, in its place. */
export type AsideReason = 'scenario' | 'share';

const ASIDE_KEY: Readonly<Record<AsideReason, string>> = {
  scenario: 'magento-cloud-explorer:own-project',
  share: 'magento-cloud-explorer:before-share',
};

/**
 * Keeps the user's own project while something else is shown in its place, so that a reload
 * still finds it (the autosave by then holds the other); false when the browser keeps nothing.
 */
export async function keepProjectAside(why: AsideReason, project: Project): Promise<boolean> {
  const { projectFileText } = await import('./project-file');
  try {
    const storage = browserStorage();
    storage?.setItem(ASIDE_KEY[why], projectFileText(project, new Date(), 0));
    return storage !== null;
  } catch {
    return false;
  }
}

/** The project kept aside for `why`, if any (one that no longer reads counts as none). */
export async function projectKeptAside(why: AsideReason): Promise<Project | null> {
  const text = readKey(ASIDE_KEY[why]);
  if (!text) return null;
  const { readProjectFile } = await import('./project-file');
  const read = readProjectFile(text);
  return 'project' in read ? read.project : null;
}

/** Whether a project is kept aside for `why`, without reading it. */
export function hasProjectAside(why: AsideReason): boolean {
  return readKey(ASIDE_KEY[why]) !== null;
}

export function forgetProjectAside(why: AsideReason): void {
  try {
    browserStorage()?.removeItem(ASIDE_KEY[why]);
  } catch {
    // Nothing kept, nothing to forget.
  }
}

/** What `key` holds, or null where it holds nothing or the browser refuses the read. */
export function readKey(key: string): string | null {
  try {
    return browserStorage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}
