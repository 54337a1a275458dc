import type { ConfigFileName } from '../types';
import { APP_FILE, ENV_FILE, ROUTES_FILE, SERVICES_FILE } from '../types';
import type { ImportFile, ImportMessage } from './import-result';

/** A file with a config file's name, and the folder of the project or application it serves. */
type Recognised = Readonly<{
  file: ImportFile;
  kind: ConfigFileName;
  /** Folder, e.g. `myrepo` (empty at the top): the project's for `.magento/*`, else the app's. */
  dir: string;
  depth: number;
  /** `.magento.app.yaml.sample`, or an app file kept in a `.magento/` folder. */
  secondaryApp: boolean;
  sample: boolean;
}>;

export type AdditionalApp = Readonly<{ file: ImportFile; sample: boolean }>;

export type ClassifiedFiles = Readonly<{
  /** Folder of the project root as given (`myrepo`), `''` at the top. */
  root: string;
  /** The files the import reads, by their place in a commit. */
  chosen: Readonly<Partial<Record<ConfigFileName, ImportFile>>>;
  /** Application files besides the one the project models. */
  additionalApps: readonly AdditionalApp[];
  /** Warnings for config files of a known name that the import does not read. */
  skipped: readonly ImportMessage[];
  unrecognised: readonly ImportFile[];
}>;

function recognise(file: ImportFile): Recognised | null {
  const segments = file.path
    .replace(/\\/g, '/')
    .split('/')
    .filter((s) => s !== '' && s !== '.');
  const name = segments.at(-1) ?? '';
  // A file chooser gives bare names: `services.yaml` picked from `.magento/` arrives alone.
  const bare = segments.length === 1 && (name === 'services.yaml' || name === 'routes.yaml');
  if (bare) segments.unshift('.magento');
  const inDotMagento = segments.at(-2) === '.magento';
  const at = (kind: ConfigFileName, dirSegments: string[], secondaryApp = false) => ({
    file,
    kind,
    dir: dirSegments.join('/'),
    depth: dirSegments.length,
    secondaryApp,
    sample: name.endsWith('.sample'),
  });
  if (name === APP_FILE || name === `${APP_FILE}.sample`) {
    return at(
      APP_FILE,
      segments.slice(0, inDotMagento ? -2 : -1),
      inDotMagento || name !== APP_FILE,
    );
  }
  if (inDotMagento && `.magento/${name}` === SERVICES_FILE)
    return at(SERVICES_FILE, segments.slice(0, -2));
  if (inDotMagento && `.magento/${name}` === ROUTES_FILE)
    return at(ROUTES_FILE, segments.slice(0, -2));
  if (name === ENV_FILE) return at(ENV_FILE, segments.slice(0, -1));
  return null;
}

/** The shallowest first, then by folder name, so the order the files come in matters less. */
function shallowest<T extends Recognised>(list: readonly T[]): T | undefined {
  return [...list].sort((a, b) => a.depth - b.depth || a.dir.localeCompare(b.dir))[0];
}

function skippedMessage(file: ImportFile, reason: string): ImportMessage {
  return { file: file.path, line: null, path: null, message: `ignored: ${reason}` };
}

/**
 * Sorts the files of an import by name: the project root is the folder of the shallowest
 * `.magento/` folder (else of the shallowest application); the root's `.magento.app.yaml` is
 * THE application and every other application file (in a sub-folder, in a `.magento/`
 * folder, or a `.sample`) an additional one. Files of other names are unrecognised.
 */
export function classifyImportFiles(files: readonly ImportFile[]): ClassifiedFiles {
  const recognised: Recognised[] = [];
  const unrecognised: ImportFile[] = [];
  const skipped: ImportMessage[] = [];
  for (const file of files) {
    const found = recognise(file);
    if (!found) unrecognised.push(file);
    else if (recognised.some((r) => r.file.path === file.path)) {
      skipped.push(skippedMessage(file, 'given twice; the import reads the first copy'));
    } else recognised.push(found);
  }
  const ofKind = (kind: ConfigFileName) => recognised.filter((r) => r.kind === kind);
  const apps = ofKind(APP_FILE);
  const primaryApps = apps.filter((r) => !r.secondaryApp);
  const rootFile =
    shallowest([...ofKind(SERVICES_FILE), ...ofKind(ROUTES_FILE)]) ??
    shallowest(primaryApps) ??
    shallowest(recognised);
  const root = rootFile?.dir ?? '';
  const app = primaryApps.find((r) => r.dir === root) ?? shallowest(primaryApps);
  const appDir = app?.dir ?? root;

  const chosen: Partial<Record<ConfigFileName, ImportFile>> = {};
  const outside = `it lies outside the project root ${root === '' ? '(the top folder)' : `"${root}/"`}`;
  const choose = (kind: ConfigFileName, pick: Recognised | undefined) => {
    if (pick) chosen[kind] = pick.file;
    for (const other of ofKind(kind)) {
      if (other === pick) continue;
      skipped.push(
        skippedMessage(other.file, pick ? `the import reads ${pick.file.path} instead` : outside),
      );
    }
  };
  const at = (kind: ConfigFileName, dir: string) => ofKind(kind).find((r) => r.dir === dir);
  choose(SERVICES_FILE, at(SERVICES_FILE, root));
  choose(ROUTES_FILE, at(ROUTES_FILE, root));
  choose(ENV_FILE, at(ENV_FILE, appDir) ?? at(ENV_FILE, root));
  if (app) chosen[APP_FILE] = app.file;

  return {
    root,
    chosen,
    additionalApps: apps.filter((r) => r !== app).map((r) => ({ file: r.file, sample: r.sample })),
    skipped,
    unrecognised,
  };
}
