import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sameValue, valueAt } from '../../../src/domain/config/settings';
import {
  BASE_APP_YAML,
  BASE_ENV_YAML,
  BASE_ROUTES_YAML,
  BASE_SERVICES_YAML,
} from '../../../src/domain/defaults/config-texts';
import { mergeConfigFiles } from '../../../src/domain/git/merge';
import { CONFIG_FILES, type ConfigFiles } from '../../../src/domain/types';
import { editYaml, SETTING_EDITS } from '../builders';

const base: ConfigFiles = {
  '.magento.app.yaml': BASE_APP_YAML,
  '.magento/services.yaml': BASE_SERVICES_YAML,
  '.magento/routes.yaml': BASE_ROUTES_YAML,
  '.magento.env.yaml': BASE_ENV_YAML,
};

type Edit = Readonly<{ edit: number; value: number }>;

const edits = fc.array(
  fc.record<Edit>({ edit: fc.nat({ max: SETTING_EDITS.length - 1 }), value: fc.nat({ max: 3 }) }),
  { maxLength: 5 },
);

function applyEdits(files: ConfigFiles, list: readonly Edit[]): ConfigFiles {
  const result = { ...files };
  for (const { edit, value } of list) {
    const e = SETTING_EDITS[edit];
    if (e) result[e.file] = editYaml(result[e.file], e.path, e.value(value));
  }
  return result;
}

/** The value of the setting an edit belongs to (its first path segments down to the setting). */
function settingValue(files: ConfigFiles, index: number): unknown {
  const e = SETTING_EDITS[index];
  if (!e) return undefined;
  const depth = e.setting.split(': ')[1]?.split('.').length ?? 1;
  return valueAt(parse(files[e.file]), e.path.slice(0, depth));
}

describe('mergeConfigFiles on random edits of both sides', () => {
  it('conflicts exactly on the settings both changed differently, and otherwise holds both sides', () => {
    fc.assert(
      fc.property(edits, edits, (oursEdits, theirsEdits) => {
        const ours = applyEdits(base, oursEdits);
        const theirs = applyEdits(base, theirsEdits);
        const expectedConflicts = SETTING_EDITS.filter((_, i) => {
          const [b, o, t] = [base, ours, theirs].map((files) => settingValue(files, i));
          return !sameValue(b, o) && !sameValue(b, t) && !sameValue(o, t);
        }).map((e) => e.setting);

        const result = mergeConfigFiles(base, ours, theirs, { ours: 'ours', theirs: 'theirs' });
        if ('conflicts' in result) {
          expect(result.conflicts.map((c) => c.label).sort()).toEqual(expectedConflicts.sort());
          return;
        }
        expect(expectedConflicts).toEqual([]);
        // Without conflicts, ours with theirs' effective edits on top gives the same values.
        const effective = theirsEdits.filter(
          ({ edit }) => !sameValue(settingValue(base, edit), settingValue(theirs, edit)),
        );
        const both = applyEdits(ours, effective);
        for (const file of CONFIG_FILES) {
          expect(parse(result.files[file])).toEqual(parse(both[file]));
          if (ours[file] !== base[file])
            expect(result.files[file].split('\n')[0]).toBe(ours[file].split('\n')[0]);
        }
      }),
      { numRuns: 250 },
    );
  }, 30_000);
});
