import { useRef } from 'react';
import { useAppStore } from '../../store/app-store';
import { readFiles } from './read-dropped-files';
import { runImport } from './run-import';

/** "Import .magento files": opens the file chooser for several files at once. */
export function ImportButton() {
  const input = useRef<HTMLInputElement>(null);
  const openDialog = useAppStore((s) => s.openDialog);
  return (
    <div className="import-buttons">
      <button type="button" onClick={() => input.current?.click()}>
        Import .magento files
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept=".yaml,.yml,.sample"
        aria-label="Choose .magento files"
        onChange={async (event) => {
          const files = event.currentTarget.files;
          if (files) runImport(await readFiles(files));
          event.currentTarget.value = '';
        }}
      />
      <button type="button" onClick={() => openDialog({ kind: 'import' })}>
        Paste or choose a folder…
      </button>
    </div>
  );
}
