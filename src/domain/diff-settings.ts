import { parseYaml } from './config/parse-yaml';
import { settingPaths, valueAt } from './git/setting-paths';
import { CONFIG_FILES, type ConfigFileName, type ConfigFiles } from './types';

export type SettingChange = Readonly<{
  file: ConfigFileName;
  /** Key path of the setting, e.g. `rabbitmq` or `relationships.rabbitmq`; empty for a whole file. */
  setting: string;
  kind: 'added' | 'removed' | 'changed';
  before: unknown;
  after: unknown;
}>;

function parsed(file: ConfigFileName, text: string): unknown {
  const result = parseYaml(file, text);
  return result.ok ? result.value : text;
}

/** Setting by setting, what differs between two versions of the config files. */
export function diffSettings(before: ConfigFiles, after: ConfigFiles): SettingChange[] {
  return CONFIG_FILES.flatMap((file) => {
    if (before[file] === after[file]) return [];
    const a = parsed(file, before[file]);
    const b = parsed(file, after[file]);
    return settingPaths(file, [a, b]).flatMap((path): SettingChange[] => {
      const x = valueAt(a, path);
      const y = valueAt(b, path);
      if (JSON.stringify(x) === JSON.stringify(y)) return [];
      const kind = x === undefined ? 'added' : y === undefined ? 'removed' : 'changed';
      return [{ file, setting: path.join('.'), kind, before: x, after: y }];
    });
  });
}
