import type { expect } from 'vitest';
import { isTable, tableToRecord } from '../../src/domain/table';

type Tester = Parameters<typeof expect.addEqualityTesters>[0][number];

/**
 * `toEqual` for tables: equal when they hold the same entries. Without it Vitest would also
 * compare the trie's inner nodes, which differ between equal tables built in other steps.
 */
export const tableEquality: Tester = function tableEquality(a, b, customTesters) {
  if (!isTable(a) || !isTable(b)) return undefined;
  return this.equals(tableToRecord(a), tableToRecord(b), customTesters);
};
