// Subpath imports only: the package root would pull all of effect into the initial bundle.
import * as HashMap from 'effect/HashMap';
import * as Option from 'effect/Option';

/**
 * A persistent map from id to value (a hash array mapped trie): a change copies only the
 * path to its key, O(log n), and shares the rest with the table it came from, so an
 * operation on a project of 10 000 environments does not copy all of them. Iteration order
 * follows the hashes, not insertion; sort where order matters. This module is the only
 * one that imports effect.
 */
export type Table<V> = HashMap.HashMap<string, V>;

export function isTable(value: unknown): value is Table<unknown> {
  return HashMap.isHashMap(value);
}

/** A table of the entries of a record (e.g. as read from JSON). */
export function tableFromRecord<V>(record: Readonly<Record<string, V>>): Table<V> {
  return HashMap.fromIterable(Object.entries(record));
}

/** A table of values keyed by their `id`. */
export function tableOf<V extends Readonly<{ id: string }>>(values: Iterable<V>): Table<V> {
  return tableWith(HashMap.empty<string, V>(), ...values);
}

/** The entries, sorted by key, so what is shown or saved does not depend on the hashes. */
export function tableEntries<V>(table: Table<V>): [string, V][] {
  return HashMap.toEntries(table).sort(([a], [b]) => (a < b ? -1 : 1));
}

/** The table as a plain record, keys sorted. */
export function tableToRecord<V>(table: Table<V>): Record<string, V> {
  return Object.fromEntries(tableEntries(table));
}

export function tableGet<V>(table: Table<V>, id: string): V | undefined {
  return Option.getOrUndefined(HashMap.get(table, id));
}

export function tableHas<V>(table: Table<V>, id: string): boolean {
  return HashMap.has(table, id);
}

/** The table with `values` added or replaced, each under its `id`. */
export function tableWith<V extends Readonly<{ id: string }>>(
  table: Table<V>,
  ...values: V[]
): Table<V> {
  return values.reduce((result, value) => HashMap.set(result, value.id, value), table);
}

export function tableWithout<V>(table: Table<V>, id: string): Table<V> {
  return HashMap.remove(table, id);
}

/** One value of the table, whichever comes first, in O(log n); undefined when it is empty. */
export function tableAnyValue<V>(table: Table<V>): V | undefined {
  const first = HashMap.values(table).next();
  return first.done ? undefined : first.value;
}

/** The values, in no particular order: O(n), so not for the path of an operation. */
export function tableValues<V>(table: Table<V>): V[] {
  return HashMap.toValues(table);
}

/** The ids, in no particular order: O(n), so not for the path of an operation. */
export function tableKeys<V>(table: Table<V>): string[] {
  return Array.from(HashMap.keys(table));
}

export function tableSize<V>(table: Table<V>): number {
  return HashMap.size(table);
}

/** The table with `f` applied to every value (ids stay). */
export function tableMap<V>(table: Table<V>, f: (value: V) => V): Table<V> {
  return HashMap.map(table, (value) => f(value));
}
