import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Table,
  tableAnyValue,
  tableEntries,
  tableFromRecord,
  tableGet,
  tableHas,
  tableKeys,
  tableMap,
  tableOf,
  tableSize,
  tableToRecord,
  tableValues,
  tableWith,
  tableWithout,
} from '../../src/domain/table';

type Item = Readonly<{ id: string; n: number }>;

// Few distinct ids, so steps often hit an id already there; odd ones a plain object has.
const id = fc.oneof(
  fc.constantFrom('a', 'b', 'c', '0', '10', 'constructor', '__proto__', 'toString', ''),
  fc.string({ maxLength: 3 }),
);
const step = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), item: fc.record({ id, n: fc.nat() }) }),
  fc.record({ kind: fc.constant('remove' as const), id }),
);
const steps = fc.array(step, { maxLength: 60 });

type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;

const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : 1);

/** The table and a Map after the steps; `onStep` sees a copy of both after each one. */
function replay(
  list: readonly Step[],
  onStep: (table: Table<Item>, model: Map<string, Item>) => void = () => {},
): [Table<Item>, Map<string, Item>] {
  const model = new Map<string, Item>();
  let table = tableOf<Item>([]);
  for (const s of list) {
    if (s.kind === 'set') model.set(s.item.id, s.item);
    else model.delete(s.id);
    table = s.kind === 'set' ? tableWith(table, s.item) : tableWithout(table, s.id);
    onStep(table, new Map(model));
  }
  return [table, model];
}

function expectSame(table: Table<Item>, model: ReadonlyMap<string, Item>): void {
  expect(tableSize(table)).toBe(model.size);
  expect(tableKeys(table).sort()).toEqual([...model.keys()].sort());
  expect(tableEntries(table)).toEqual([...model.entries()].sort(byKey));
  expect(new Set(tableValues(table))).toEqual(new Set(model.values()));
  for (const [key, value] of model) {
    expect(tableHas(table, key)).toBe(true);
    expect(tableGet(table, key)).toBe(value);
  }
  const any = tableAnyValue(table);
  expect(any === undefined ? model.size === 0 : model.get(any.id) === any).toBe(true);
}

describe('Table', () => {
  it('reads like a Map after any sequence of sets and removals', () => {
    fc.assert(
      fc.property(steps, id, (list, probe) => {
        const [table, model] = replay(list);
        expectSame(table, model);
        expect(tableHas(table, probe)).toBe(model.has(probe));
        expect(tableGet(table, probe)).toBe(model.get(probe));
      }),
    );
  });

  it('leaves every earlier version as it was', () => {
    fc.assert(
      fc.property(steps, (list) => {
        const versions: [Table<Item>, Map<string, Item>][] = [];
        replay(list, (table, model) => versions.push([table, model]));
        for (const [version, snapshot] of versions) expectSame(version, snapshot);
      }),
    );
  });

  it('goes to a plain record and back without a change', () => {
    fc.assert(
      fc.property(steps, (list) => {
        const [table, model] = replay(list);
        const record = tableToRecord(table);
        expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
        expect(Object.entries(record).sort(byKey)).toEqual([...model.entries()].sort(byKey));
        expectSame(tableFromRecord(record), model);
      }),
    );
  });

  it('maps every value and keeps the ids', () => {
    fc.assert(
      fc.property(steps, (list) => {
        const [table, model] = replay(list);
        const doubled = new Map([...model].map(([key, v]) => [key, { ...v, n: v.n * 2 }]));
        const mapped = tableMap(table, (v) => ({ ...v, n: v.n * 2 }));
        expect(tableToRecord(mapped)).toEqual(Object.fromEntries(doubled));
      }),
    );
  });

  it('is equal to another table with the same entries, and only then', () => {
    const one = tableOf<Item>([
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
    ]);
    const built = tableWith(tableWithout(tableWith(one, { id: 'c', n: 3 }), 'c'));
    expect(built).toEqual(one);
    expect(tableWith(one, { id: 'a', n: 9 })).not.toEqual(one);
    expect(tableWithout(one, 'b')).not.toEqual(one);
  });
});
