import { CONFIG_FILES, type ConfigFiles } from '../types';

/** Whether two sets of config files hold the same text (a missing set differs from any). */
export function sameConfigFiles(a: ConfigFiles, b: ConfigFiles | undefined): boolean {
  return b !== undefined && CONFIG_FILES.every((name) => a[name] === b[name]);
}
