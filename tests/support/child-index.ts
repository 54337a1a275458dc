import { childIndexes } from '../../src/domain/derived-indexes';
import { type Table, tableValues } from '../../src/domain/table';
import type { Environment, EnvironmentId } from '../../src/domain/types';

/**
 * The children index the domain keeps for `table` (derived-indexes.ts), from parent id (null
 * for none) to child ids; undefined when none is kept.
 */
export function knownChildIndex(
  table: Table<Environment>,
): ReadonlyMap<EnvironmentId | null, readonly EnvironmentId[]> | undefined {
  const index = childIndexes.get(table);
  if (!index) return undefined;
  const families = tableValues(index.families).map((f) => [f.id, f.children] as const);
  return new Map([...(index.roots.length > 0 ? [[null, index.roots] as const] : []), ...families]);
}
