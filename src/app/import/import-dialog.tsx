import { type FormEvent, useId, useRef, useState } from 'react';
import { ConfigFileSelect } from '../../components/config-file-select';
import { ModalDialog } from '../../components/modal-dialog';
import type { ImportFile } from '../../domain/import/import-result';
import { rulesOf } from '../../domain/plans';
import type { ConfigFileName } from '../../domain/types';
import { useAppStore } from '../../store/app-store';
import { readFiles } from './import-files';
import { runImport } from './run-import';

/** Paste config text file by file, or choose a whole folder, then import it. */
export function ImportDialog() {
  const openDialog = useAppStore((s) => s.openDialog);
  const plan = useAppStore((s) => rulesOf(s).label);
  const [file, setFile] = useState<ConfigFileName>('.magento/services.yaml');
  const [text, setText] = useState('');
  const [staged, setStaged] = useState<ImportFile[]>([]);
  const folder = useRef<HTMLInputElement>(null);
  const id = useId();

  const add = (event: FormEvent) => {
    event.preventDefault();
    setStaged([...staged.filter((f) => f.path !== file), { path: file, text }]);
    setText('');
  };

  return (
    <ModalDialog title={`Import into the ${plan} project`} onClose={() => openDialog(null)}>
      <p>
        Bring your own <code>.magento.app.yaml</code>, <code>.magento/services.yaml</code>,{' '}
        <code>.magento/routes.yaml</code> and <code>.magento.env.yaml</code>. Nothing changes unless
        every file is valid.
      </p>
      <div className="inline-form__actions">
        <button type="button" onClick={() => folder.current?.click()}>
          Choose a project folder
        </button>
        <input
          ref={folder}
          type="file"
          hidden
          aria-label="Choose a project folder"
          {...{ webkitdirectory: '' }}
          onChange={async (event) => {
            const files = event.currentTarget.files ? [...event.currentTarget.files] : [];
            runImport(await readFiles(files));
          }}
        />
      </div>
      <form className="inline-form" aria-label="Paste a config file" onSubmit={add}>
        <ConfigFileSelect value={file} onChange={setFile} />
        <label htmlFor={`${id}-text`}>Pasted text</label>
        <textarea
          id={`${id}-text`}
          className="yaml-editor"
          rows={10}
          spellCheck={false}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <div className="inline-form__actions">
          <button type="submit">Add pasted file</button>
        </div>
      </form>
      {staged.length > 0 && (
        <>
          <ul aria-label="Files to import">
            {staged.map((f) => (
              <li key={f.path}>
                <code>{f.path}</code> ({f.text.replace(/\n$/, '').split('\n').length} lines)
              </li>
            ))}
          </ul>
          <button type="button" className="primary" onClick={() => runImport(staged)}>
            Import pasted files
          </button>
        </>
      )}
    </ModalDialog>
  );
}
