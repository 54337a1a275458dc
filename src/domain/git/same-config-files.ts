import { CONFIG_FILES, type ConfigFiles } from '../types';

/** Whether two sets of config files hold the same text. */
export function sameConfigFiles(a: ConfigFiles, b: ConfigFiles): boolean {
  return CONFIG_FILES.every((name) => a[name] === b[name]);
}
