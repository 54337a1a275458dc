import { type ChangeEvent, useRef } from 'react';
import { CommandButton } from '../components/command-button';
import { HeaderMenu } from '../components/header-menu';
import { useUiRequest } from '../components/use-ui-request';
import { useAppStore } from '../store/app-store';
import { openProject } from './open-project';
import './persistence.css';

const OPEN_JSON = ['choose-project-json'] as const;

/**
 * The "Project" menu: the two "Export JSON", "Open project JSON" and "Copy share link" for the plan
 * shown (not "Import …": that name belongs to importing .magento files). It also holds the
 * file chooser the "Open project JSON" command asks for, and a share link the clipboard
 * would not take.
 */
export function ProjectFileActions() {
  const fileInput = useRef<HTMLInputElement>(null);
  const link = useAppStore((s) => s.shareLink);
  useUiRequest(OPEN_JSON, () => fileInput.current?.click());

  const openJson = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = ''; // so choosing the same file again still fires a change
    if (file) await openProject(file);
  };

  // A link the clipboard would not take opens the menu, where it is shown for copying by hand.
  return (
    <HeaderMenu label="Project" open={link !== null}>
      {(close) => (
        <>
          <CommandButton id="export-json" onRun={close} />
          <CommandButton id="export-json-sensitive" onRun={close} />
          <CommandButton id="open-json" onRun={close} />
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            aria-label="Project JSON file"
            tabIndex={-1}
            onChange={(event) => void openJson(event)}
          />
          <CommandButton id="share-link" onRun={close} />
          {link && (
            <input
              className="project-file-actions__link"
              readOnly
              aria-label="Share link"
              value={link}
              onFocus={(event) => event.currentTarget.select()}
            />
          )}
        </>
      )}
    </HeaderMenu>
  );
}
