import { type ReactNode, useId } from 'react';
import './persistence.css';
import { backToMyProject, keepSharedCopy } from './open-project';
import { useSavedStateNotice } from './saved-state-notice-store';

function Notice({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <div role="alert" aria-labelledby={id} className="saved-state-notice__item">
      <p>
        <strong id={id}>{title}</strong>
      </p>
      {children}
    </div>
  );
}

/**
 * What happened to the saved state: another tab saved a newer version (load it or keep
 * yours), the saved state could not be read (download the copy), or saving failed.
 */
export function SavedStateNotice() {
  const unreadable = useSavedStateNotice((s) => s.unreadable);
  const otherTab = useSavedStateNotice((s) => s.otherTab);
  const saveError = useSavedStateNotice((s) => s.saveError);
  const sharedCopy = useSavedStateNotice((s) => s.sharedCopy);
  const held = useSavedStateNotice((s) => s.unreadableHeld);
  const loadTheirs = useSavedStateNotice((s) => s.loadTheirs);
  const keepMine = useSavedStateNotice((s) => s.keepMine);
  const downloadUnreadable = useSavedStateNotice((s) => s.downloadUnreadable);
  const dismissUnreadable = useSavedStateNotice((s) => s.dismissUnreadable);
  const dismissSaveError = useSavedStateNotice((s) => s.dismissSaveError);
  if (!unreadable && !otherTab && !saveError && !sharedCopy) return null;
  return (
    <div className="saved-state-notice">
      {sharedCopy && (
        <Notice title={`You are looking at a shared project: ${sharedCopy.title}`}>
          <p>Your own project is kept, and comes back with one click.</p>
          <button type="button" onClick={() => void backToMyProject()}>
            Back to my project
          </button>
          <button type="button" onClick={keepSharedCopy}>
            Keep it as my project
          </button>
        </Notice>
      )}
      {otherTab && (
        <Notice title="This project was changed in another tab">
          <p>This tab saves nothing until you choose which version to keep.</p>
          <button type="button" onClick={loadTheirs}>
            Load their version
          </button>
          <button type="button" onClick={keepMine}>
            Keep mine
          </button>
        </Notice>
      )}
      {unreadable && (
        <Notice title="The saved project could not be read">
          <p>
            The explorer started from the default projects. {unreadable.message}{' '}
            {held
              ? 'No copy could be kept in this browser (its storage is full or refused): nothing is saved over what was saved until you download it or dismiss this.'
              : 'A copy of what was saved is kept until you dismiss this.'}
          </p>
          <button type="button" onClick={downloadUnreadable}>
            Download unreadable copy
          </button>
          <button type="button" onClick={dismissUnreadable}>
            Dismiss
          </button>
        </Notice>
      )}
      {saveError && (
        <Notice title="Not saved">
          <p>{saveError}</p>
          <button type="button" onClick={dismissSaveError}>
            Dismiss
          </button>
        </Notice>
      )}
    </div>
  );
}
