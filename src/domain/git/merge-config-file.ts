import type { Document, ToStringOptions } from 'yaml';
import type { ConfigFileName } from '../types';
import { copySetting } from './copy-setting';
import { parseConfigFile, type YamlProblem } from './parse-config-file';
import { sameValue } from './same-value';
import { type SettingPath, settingPaths, valueAt } from './setting-paths';
import { yamlFormat } from './yaml-format';

export type MergeConflict = Readonly<{
  file: ConfigFileName;
  /** The setting for a user, e.g. ".magento/services.yaml: rabbitmq", or the file alone. */
  label: string;
  /** Both sides changed the setting differently, or the file cannot be merged at all. */
  kind: 'both-changed' | 'unmergeable';
  /** Why, as a clause: "changed on both sides", "does not parse on staging (…)". */
  reason: string;
}>;

export type FileMerge = Readonly<{ text: string }> | Readonly<{ conflicts: MergeConflict[] }>;

/** Names of the two sides, for messages. */
export type MergeSides = Readonly<{ ours: string; theirs: string }>;

/**
 * Three-way merge of one config file at the level of one setting (see `settingPaths`).
 * A file changed on one side only is taken as that side wrote it. Otherwise settings that
 * only `theirs` changed are copied into `ours` through the YAML document, so ours' comments
 * and formatting survive; a setting both changed differently is a conflict, and so is a
 * file that does not parse on any of the three.
 */
export function mergeConfigFile(
  file: ConfigFileName,
  base: string,
  ours: string,
  theirs: string,
  sides: MergeSides,
): FileMerge {
  if (ours === theirs || base === theirs) return { text: ours };
  if (base === ours) return { text: theirs };

  const baseFile = parseConfigFile(file, base);
  const oursFile = parseConfigFile(file, ours);
  const theirsFile = parseConfigFile(file, theirs);
  if ('problem' in baseFile) return notParsed(file, 'the merge base', baseFile.problem);
  if ('problem' in oursFile) return notParsed(file, sides.ours, oursFile.problem);
  if ('problem' in theirsFile) return notParsed(file, sides.theirs, theirsFile.problem);

  const taken = new Map<string, SettingPath>();
  const conflicts: MergeConflict[] = [];
  for (const path of settingPaths(file, [baseFile.value, oursFile.value, theirsFile.value])) {
    const [b, o, t] = [baseFile, oursFile, theirsFile].map((side) => valueAt(side.value, path));
    if (sameValue(b, t) || sameValue(o, t)) continue;
    if (sameValue(b, o)) taken.set(JSON.stringify(path), path);
    else {
      const label = path.length === 0 ? file : `${file}: ${path.join('.')}`;
      conflicts.push({ file, label, kind: 'both-changed', reason: 'changed on both sides' });
    }
  }
  if (conflicts.length > 0) return { conflicts };
  if (taken.size === 0) return { text: ours };
  // The whole file is one setting when it is not a mapping; theirs changed it alone.
  if (taken.has('[]')) return { text: theirs };

  const text = copySettings(
    oursFile.doc,
    theirsFile.doc,
    [...taken.values()],
    yamlFormat(ours, theirs),
  );
  const check = text === null ? null : parseConfigFile(file, text);
  // The document can hold what its plain value hides (aliases, odd keys): trust only a
  // result that reads back as ours with theirs' settings.
  const faithful =
    check !== null &&
    'value' in check &&
    settingPaths(file, [baseFile.value, oursFile.value, theirsFile.value, check.value]).every(
      (path) =>
        sameValue(
          valueAt(check.value, path),
          valueAt((taken.has(JSON.stringify(path)) ? theirsFile : oursFile).value, path),
        ),
    );
  return text !== null && faithful
    ? { text }
    : unmergeable(
        file,
        'cannot be merged setting by setting (it uses YAML aliases or unusual keys)',
      );
}

/** Ours' document with theirs' settings copied in, as text; null where copying fails. */
function copySettings(
  ours: Document,
  theirs: Document,
  paths: readonly SettingPath[],
  format: ToStringOptions,
): string | null {
  try {
    for (const path of paths) copySetting(ours, theirs, path);
    return ours.toString(format);
  } catch {
    return null;
  }
}

function notParsed(file: ConfigFileName, side: string, problem: YamlProblem): FileMerge {
  const { line, column, reason } = problem;
  return unmergeable(file, `does not parse on ${side} (line ${line}, column ${column}: ${reason})`);
}

function unmergeable(file: ConfigFileName, reason: string): FileMerge {
  return { conflicts: [{ file, label: file, kind: 'unmergeable', reason }] };
}
