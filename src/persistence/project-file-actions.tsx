import { type ChangeEvent, useCallback, useId, useRef, useState } from 'react';
import { useAppStore } from '../store/app-store';
import { selectProject } from '../store/selectors';
import { applyProject } from './apply-project';
import './persistence.css';
import { SHARE_LINK_NOTE } from './share-link-note';

// The export, import and link modules (and lz-string) load on first use, not with the app.

/**
 * The "Project" menu: "Export JSON", "Open project JSON" and "Copy share link" for the plan
 * shown. (Not "Import …": that name belongs to importing .magento files.)
 */
export function ProjectFileActions() {
  const project = useAppStore(selectProject);
  const announce = useAppStore((s) => s.announce);
  const fileInput = useRef<HTMLInputElement>(null);
  const menu = useRef<HTMLDetailsElement>(null);
  // A menu closes once an item is chosen.
  const closeMenu = useCallback(() => {
    if (menu.current) menu.current.open = false;
  }, []);
  const [link, setLink] = useState<string | null>(null);
  const noteId = useId();

  const exportJson = useCallback(async () => {
    const { downloadProjectFile, projectFileName } = await import('./project-file');
    downloadProjectFile(project);
    announce(`Exported "${project.title}" as ${projectFileName(project)}.`);
  }, [project, announce]);

  const importJson = useCallback(
    async (event: ChangeEvent<HTMLInputElement>) => {
      const input = event.currentTarget;
      const file = input.files?.[0];
      input.value = ''; // so choosing the same file again still fires a change
      if (!file) return;
      const { readProjectFile } = await import('./project-file');
      const read = readProjectFile(await file.text());
      if ('error' in read) announce(`${file.name} was not imported. ${read.error.message}`);
      else applyProject(read.project, `Imported ${file.name}.`);
    },
    [announce],
  );

  const copyLink = useCallback(async () => {
    const { makeShareLink } = await import('./share-link');
    const made = await makeShareLink(project);
    try {
      await navigator.clipboard.writeText(made);
      setLink(null);
      closeMenu();
      announce(`Share link copied. ${SHARE_LINK_NOTE}.`);
    } catch {
      setLink(made);
      announce(`Copy the share link from the box. ${SHARE_LINK_NOTE}.`);
    }
  }, [project, announce, closeMenu]);

  return (
    <details className="project-file-actions" ref={menu}>
      <summary>Project</summary>
      <div className="project-file-actions__menu">
        <button
          type="button"
          onClick={() => {
            closeMenu();
            void exportJson();
          }}
        >
          Export JSON
        </button>
        <button
          type="button"
          onClick={() => {
            fileInput.current?.click();
            closeMenu();
          }}
        >
          Open project JSON
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          aria-label="Project JSON file"
          tabIndex={-1}
          onChange={(event) => void importJson(event)}
        />
        <button
          type="button"
          aria-describedby={noteId}
          title={SHARE_LINK_NOTE}
          onClick={() => void copyLink()}
        >
          Copy share link
        </button>
        <span id={noteId} hidden>
          {SHARE_LINK_NOTE}.
        </span>
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
