import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ImportFile } from '../../../src/domain/import/import-result';

// A copy of the shared real-project fixtures, unmodified, so a clone of this repository alone
// runs every test.
export const FIXTURES = resolve(__dirname, '../../fixtures/real-projects');

/** The fixture projects, one folder each. */
export const FIXTURE_PROJECTS = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/**
 * Every file of a fixture folder, as choosing that folder in the browser gives them: paths
 * start with the folder's name, e.g. `achinthala__n8n/.magento/services.yaml`.
 */
export function fixtureFiles(project: string): ImportFile[] {
  return readdirSync(join(FIXTURES, project), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = join(entry.parentPath, entry.name);
      return {
        path: relative(FIXTURES, full).split('\\').join('/'),
        text: readFileSync(full, 'utf8'),
      };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}
