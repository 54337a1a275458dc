import { type ChangeEvent, useEffect, useRef } from 'react';
import { CommandButton } from '../components/command-button';
import { useUiRequest } from '../components/use-ui-request';
import { useAppStore } from '../store/app-store';
import { openProject } from './open-project';
import './persistence.css';

const OPEN_JSON = ['choose-project-json'] as const;

/**
 * The "Project" menu: "Export JSON", "Open project JSON" and "Copy share link" for the plan
 * shown (not "Import …": that name belongs to importing .magento files). It also holds the
 * file chooser the "Open project JSON" command asks for, and a share link the clipboard
 * would not take.
 */
export function ProjectFileActions() {
  const fileInput = useRef<HTMLInputElement>(null);
  const menu = useRef<HTMLDetailsElement>(null);
  const link = useAppStore((s) => s.shareLink);
  useUiRequest(OPEN_JSON, () => fileInput.current?.click());

  // A link the clipboard would not take is shown in the menu, for copying by hand.
  useEffect(() => {
    if (link && menu.current) menu.current.open = true;
  }, [link]);

  // A menu closes once an item is chosen.
  const close = () => {
    if (menu.current) menu.current.open = false;
  };

  const openJson = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = ''; // so choosing the same file again still fires a change
    if (file) await openProject(file);
  };

  return (
    <details className="project-file-actions" ref={menu}>
      <summary>Project</summary>
      <div className="project-file-actions__menu">
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
      </div>
    </details>
  );
}
