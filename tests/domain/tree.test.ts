import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Table, tableOf, tableValues } from '../../src/domain/table';
import {
  childIds,
  childrenOf,
  environmentsWith,
  environmentsWithout,
  inTreeOrder,
} from '../../src/domain/tree';
import type { Environment, EnvironmentId, Project } from '../../src/domain/types';
import { defaultProject, env } from '../support/builders';
import { knownChildIndex } from '../support/child-index';

const template = env(defaultProject('starter'), 'staging');

// Few ids, so steps often replace, re-parent or remove one already there; parents may be
// missing or form cycles, as in a broken file. Mixed case and punctuation, where code-unit
// order and localeCompare disagree.
const id = fc.constantFrom('a', 'b', 'B', 'c', 'a-1', 'a_1', 'a1', '10', '9', '');
const parentId = fc.option(id, { nil: null, freq: 4 });
const environment = fc.record({ id, parentId, active: fc.boolean() }).map(
  ({ id, parentId, active }): Environment => ({
    ...template,
    id,
    parentId,
    status: active ? 'active' : 'inactive',
  }),
);
const step = fc.oneof(
  fc.record({ kind: fc.constant('with' as const), envs: fc.array(environment, { maxLength: 3 }) }),
  fc.record({ kind: fc.constant('without' as const), id }),
);

/** Parent id (null for none) to child ids in code-unit order, by reading every environment. */
function fromScratch(table: Table<Environment>): Map<EnvironmentId | null, EnvironmentId[]> {
  const index = new Map<EnvironmentId | null, EnvironmentId[]>();
  for (const e of tableValues(table))
    index.set(e.parentId, [...(index.get(e.parentId) ?? []), e.id]);
  for (const ids of index.values()) ids.sort((a, b) => (a < b ? -1 : 1));
  return index;
}

function project(environments: Table<Environment>): Project {
  return { ...defaultProject('starter'), environments };
}

// The implementations before the index, to compare with.
function childrenByFilter(p: Project, parent: EnvironmentId): Environment[] {
  return tableValues(p.environments)
    .filter((e) => e.parentId === parent)
    .sort((a, b) => a.id.localeCompare(b.id));
}

function treeOrderByGrouping(p: Project): Environment[] {
  const all = tableValues(p.environments);
  const children = new Map<EnvironmentId | null, Environment[]>();
  for (const e of all) children.set(e.parentId, [...(children.get(e.parentId) ?? []), e]);
  for (const siblings of children.values()) siblings.sort((a, b) => (a.id < b.id ? 1 : -1));
  const ordered: Environment[] = [];
  const reached = new Set<EnvironmentId>();
  const stack = [...(children.get(null) ?? [])];
  for (let e = stack.pop(); e !== undefined; e = stack.pop()) {
    if (reached.has(e.id)) continue;
    reached.add(e.id);
    ordered.push(e);
    for (const child of children.get(e.id) ?? []) stack.push(child);
  }
  return [...ordered, ...all.filter((e) => !reached.has(e.id))];
}

const PARENTS: readonly (EnvironmentId | null)[] = [
  null,
  'a',
  'b',
  'B',
  'c',
  'a-1',
  'a_1',
  '9',
  '',
];

describe('the children index', () => {
  it('is built on first use, equal to a from-scratch grouping', () => {
    fc.assert(
      fc.property(fc.array(environment, { maxLength: 12 }), (envs) => {
        const table = tableOf(envs);
        expect(knownChildIndex(table)).toBeUndefined();
        for (const parent of PARENTS) {
          expect(childIds(table, parent)).toEqual(fromScratch(table).get(parent) ?? []);
        }
        expect(knownChildIndex(table)).toEqual(fromScratch(table));
      }),
    );
  });

  it('is carried forward through additions, re-parentings and removals', () => {
    fc.assert(
      fc.property(
        fc.array(environment, { maxLength: 8 }),
        fc.array(step, { maxLength: 20 }),
        (envs, steps) => {
          let table = tableOf(envs);
          childIds(table, null);
          for (const s of steps) {
            const before = table;
            table =
              s.kind === 'with'
                ? environmentsWith(table, ...s.envs)
                : environmentsWithout(table, s.id);
            expect(knownChildIndex(table)).toEqual(fromScratch(table));
            // The table it came from keeps its own index.
            expect(knownChildIndex(before)).toEqual(fromScratch(before));
          }
        },
      ),
    );
  });

  it('is not made for a derived table when the old one had none', () => {
    const table = environmentsWith(tableOf([template]), { ...template, id: 'x' });
    expect(knownChildIndex(table)).toBeUndefined();
    expect(childIds(table, template.parentId)).toEqual(['staging', 'x']);
  });
});

describe('childrenOf and inTreeOrder', () => {
  it('return what reading every environment returns, warm or cold, in broken trees too', () => {
    fc.assert(
      fc.property(
        fc.array(environment, { maxLength: 12 }),
        fc.array(step, { maxLength: 6 }),
        fc.boolean(),
        (envs, steps, warm) => {
          let table = tableOf(envs);
          if (warm) childIds(table, null);
          for (const s of steps) {
            table =
              s.kind === 'with'
                ? environmentsWith(table, ...s.envs)
                : environmentsWithout(table, s.id);
          }
          const p = project(table);
          for (const parent of PARENTS) {
            if (parent !== null) expect(childrenOf(p, parent)).toEqual(childrenByFilter(p, parent));
          }
          expect(inTreeOrder(p)).toEqual(treeOrderByGrouping(p));
        },
      ),
    );
  });

  it('lists the default project’s children by id', () => {
    const p = defaultProject('pro');
    for (const e of tableValues(p.environments)) {
      expect(childrenOf(p, e.id)).toEqual(childrenByFilter(p, e.id));
    }
    expect(childrenOf(p, 'master').length).toBeGreaterThan(0);
    expect(inTreeOrder(p)).toEqual(treeOrderByGrouping(p));
  });
});
