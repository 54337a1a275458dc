import type { ImportMessage } from './import-result';

/**
 * One line for a finding, for a list or a log:
 * `myrepo/.magento/services.yaml, line 4 (mysql.type): service "mysql" has no type: …`.
 */
export function formatImportMessage({ file, line, path, message }: ImportMessage): string {
  const place = [file, line === null ? null : `line ${line}`].filter(Boolean).join(', ');
  return `${place}${path === null ? '' : ` (${path})`}: ${message}`;
}
