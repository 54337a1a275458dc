import { useRef } from 'react';
import { useAppStore } from '../../store/app-store';
import { readFiles } from './read-dropped-files';

/** "Import files": opens the file chooser for several .magento files at once. */
export function ImportButton() {
  const input = useRef<HTMLInputElement>(null);
  const openDialog = useAppStore((s) => s.openDialog);
  return (
    <div className="import-buttons">
      <button type="button" onClick={() => input.current?.click()}>
        Import files
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept=".yaml,.yml,.sample"
        aria-label="Choose .magento files"
        onChange={async (event) => {
          const chooser = event.currentTarget;
          const files = chooser.files ? [...chooser.files] : [];
          // Cleared so choosing the same files again still imports them.
          chooser.value = '';
          const reading = readFiles(files);
          const { runImport } = await import('./run-import');
          runImport(await reading);
        }}
      />
      <button type="button" onClick={() => openDialog({ kind: 'import' })}>
        Paste / folder…
      </button>
    </div>
  );
}
