import { importConfig } from '../../domain/import/import-config';
import type { ImportFile } from '../../domain/import/import-result';
import { rulesOf } from '../../domain/plans';
import { selectProject, useAppStore } from '../../store/app-store';

/**
 * Reads config files for the current plan's project. A failed import changes nothing and
 * lists every problem; a good one opens its preview, where the user chooses to keep the
 * branches or start a new project (or cancels), and nothing changes before that.
 */
export function runImport(files: readonly ImportFile[]): boolean {
  const state = useAppStore.getState();
  const plan = rulesOf(state).label;
  if (files.length === 0) {
    state.announce('Nothing to import: no files were given.');
    return false;
  }
  const result = importConfig(state.plan, files, selectProject(state));
  const names = files.map((f) => f.path);
  if (!result.ok) {
    state.announce(
      `Import refused: ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'} in the files; your ${plan} project is unchanged.`,
    );
    state.openDialog({
      kind: 'import-report',
      report: {
        files: names,
        errors: result.errors,
        warnings: result.warnings,
        anyway: result.anyway,
      },
    });
    return false;
  }
  state.announce(
    `Read ${names.length} file${names.length === 1 ? '' : 's'}: nothing has changed yet; choose how to import ${names.length === 1 ? 'it' : 'them'} into the ${plan} project.`,
  );
  state.openDialog({
    kind: 'import-preview',
    preview: { files: names, warnings: result.warnings, fresh: result.project, kept: result.kept },
  });
  return true;
}
