import { importConfig } from '../../domain/import/import-config';
import type { ImportFile } from '../../domain/import/import-result';
import { rulesOf } from '../../domain/plans';
import { selectProject, useAppStore } from '../../store/app-store';

/**
 * Imports config files into the current plan's project. A failed import changes nothing
 * and lists every problem; a good one replaces the project (one undo step).
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
        ok: false,
        files: names,
        errors: result.errors,
        warnings: result.warnings,
        anyway: result.anyway,
      },
    });
    return false;
  }
  state.replaceProject(result.project);
  state.navigate(state.plan, null);
  state.announce(
    `Imported ${names.length} file${names.length === 1 ? '' : 's'} into the ${plan} project${
      result.warnings.length
        ? ` with ${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'}`
        : ''
    }.`,
  );
  state.openDialog(
    result.warnings.length > 0
      ? {
          kind: 'import-report',
          report: { ok: true, files: names, errors: [], warnings: result.warnings, anyway: null },
        }
      : null,
  );
  return true;
}
