import type { OPERATIONS } from './operation-table';

export type OperationTable = typeof OPERATIONS;

let installed: OperationTable | null = null;

/**
 * The operations parse YAML, so they live outside the initial bundle: the table registers
 * itself here when its module loads (with the details panel, a drag, or a shortcut), and the
 * store looks it up only when an operation runs.
 */
export function registerOperations(table: OperationTable): void {
  installed = table;
}

export function operationTable(): OperationTable {
  if (!installed) throw new Error('The operations have not loaded yet.');
  return installed;
}
