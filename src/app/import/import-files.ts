import { useEffect, useState } from 'react';
import type { ImportFile } from '../../domain/import/import-result';

/** Files from a chooser or a drop, read as text with their folder paths, for the importer
 * (which loads on demand: run-import.ts). */

// A chosen repository folder holds thousands of files; only these can be config files.
const CANDIDATE = /\.(ya?ml|sample)$/i;

/** The text of chosen or dropped files, with their folder path where the browser gives one. */
export async function readFiles(files: Iterable<File>): Promise<ImportFile[]> {
  const all = [...files];
  // Single files are read whatever their name, so the importer can say what is wrong with them.
  const chosen = all.length > 1 ? all.filter((f) => CANDIDATE.test(f.name)) : all;
  return Promise.all(
    chosen.map(async (file) => ({
      path: file.webkitRelativePath || file.name,
      text: await file.text(),
    })),
  );
}

type Entry = FileSystemEntry;

function entries(reader: FileSystemDirectoryReader): Promise<Entry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

async function walk(entry: Entry, prefix: string, out: File[], paths: string[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject),
    );
    out.push(file);
    paths.push(`${prefix}${entry.name}`);
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries hands out a directory in batches until it returns none.
  for (let batch = await entries(reader); batch.length > 0; batch = await entries(reader)) {
    for (const child of batch) await walk(child, `${prefix}${entry.name}/`, out, paths);
  }
}

/**
 * Files dropped on the page, walking dropped folders so `.magento/` keeps its path. Call it
 * inside the drop handler: it takes what it needs from `data` before its first await.
 */
async function readDrop(data: DataTransfer): Promise<ImportFile[]> {
  const roots = [...data.items]
    .map((item) => item.webkitGetAsEntry?.())
    .filter((e): e is Entry => e !== null && e !== undefined);
  if (roots.length === 0) return readFiles([...data.files]);
  const files: File[] = [];
  const paths: string[] = [];
  for (const root of roots) await walk(root, '', files, paths);
  const keep = files.length > 1 ? files.map((f) => CANDIDATE.test(f.name)) : files.map(() => true);
  const texts = await Promise.all(files.map((f, i) => (keep[i] ? f.text() : null)));
  return texts.flatMap((text, i) =>
    text === null ? [] : [{ path: paths[i] ?? files[i]?.name ?? '', text }],
  );
}

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/** Files dropped anywhere on the page are imported; returns whether files are over the page. */
export function useFileDrop(): boolean {
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth++;
      setOver(true);
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const overPage = (event: DragEvent) => {
      if (carriesFiles(event)) event.preventDefault();
    };
    const drop = async (event: DragEvent) => {
      if (!carriesFiles(event) || !event.dataTransfer) return;
      event.preventDefault();
      depth = 0;
      setOver(false);
      // Read the drop now: the browser empties the drag data once this handler returns.
      const reading = readDrop(event.dataTransfer);
      // The importer validates YAML, so it loads only when files arrive.
      const { runImport } = await import('./run-import');
      runImport(await reading);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', overPage);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', overPage);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return over;
}
