/**
 * The alternative the domain's persistent tables were measured against (README, "Tables"):
 * the same functions as src/domain/table.ts over a plain ReadonlyMap that is copied on every
 * write. `BENCH_TABLE=map npm run bench:domain` runs the domain on it.
 */
export type Table<V> = ReadonlyMap<string, V>;

export function isTable(value: unknown): value is Table<unknown> {
  return value instanceof Map;
}

export function tableFromRecord<V>(record: Readonly<Record<string, V>>): Table<V> {
  return new Map(Object.entries(record));
}

export function tableOf<V extends Readonly<{ id: string }>>(values: Iterable<V>): Table<V> {
  return new Map([...values].map((value) => [value.id, value]));
}

export function tableEntries<V>(table: Table<V>): [string, V][] {
  return [...table].sort(([a], [b]) => (a < b ? -1 : 1));
}

export function tableToRecord<V>(table: Table<V>): Record<string, V> {
  return Object.fromEntries(tableEntries(table));
}

export function tableGet<V>(table: Table<V>, id: string): V | undefined {
  return table.get(id);
}

export function tableHas<V>(table: Table<V>, id: string): boolean {
  return table.has(id);
}

export function tableWith<V extends Readonly<{ id: string }>>(
  table: Table<V>,
  ...values: V[]
): Table<V> {
  const copy = new Map(table);
  for (const value of values) copy.set(value.id, value);
  return copy;
}

export function tableWithout<V>(table: Table<V>, id: string): Table<V> {
  if (!table.has(id)) return table;
  const copy = new Map(table);
  copy.delete(id);
  return copy;
}

export function tableAnyValue<V>(table: Table<V>): V | undefined {
  return table.values().next().value;
}

export function tableValues<V>(table: Table<V>): V[] {
  return [...table.values()];
}

export function tableKeys<V>(table: Table<V>): string[] {
  return [...table.keys()];
}

export function tableSize<V>(table: Table<V>): number {
  return table.size;
}

export function tableMap<V>(table: Table<V>, f: (value: V) => V): Table<V> {
  return new Map([...table].map(([id, value]) => [id, f(value)]));
}
