import { describe, expect, it } from 'vitest';
import {
  environmentRows,
  lastActivities,
  type RowOptions,
} from '../../src/domain/environment-rows';
import type { ActivityEntry, Project } from '../../src/domain/types';
import { NO_FILTER } from '../../src/domain/visible-tree';
import { defaultProject, withEnvironment } from '../support/builders';

const TREE: RowOptions = { text: '', filter: NO_FILTER, collapsed: new Set(), sort: null };

const rowsOf = (project: Project, options: Partial<RowOptions> = {}) =>
  environmentRows(project, { ...TREE, ...options }).rows;
const ids = (project: Project, options: Partial<RowOptions> = {}) =>
  rowsOf(project, options).map((row) => row.env.id);

function activity(id: number, environment: string, at: number): ActivityEntry {
  return {
    id,
    at,
    type: 'redeploy',
    environment,
    state: 'complete',
    result: 'success',
    message: `Redeployed ${environment}`,
    completedAt: at,
    deploy: null,
  };
}

describe('environment rows in tree order', () => {
  it('lists each environment under its parent, with its level and place among its siblings', () => {
    const rows = rowsOf(defaultProject('starter'));
    expect(
      rows.map((r) => [r.env.id, r.level, r.posInSet, r.setSize, r.hasChildren, r.expanded]),
    ).toEqual([
      ['master', 1, 1, 1, true, true],
      ['staging', 2, 1, 1, true, true],
      ['feature-checkout', 3, 1, 2, false, false],
      ['feature-old-theme', 3, 2, 2, false, false],
    ]);
  });

  it('hides the children of a collapsed row, and keeps the row itself', () => {
    const rows = rowsOf(defaultProject('starter'), { collapsed: new Set(['staging']) });
    expect(rows.map((r) => r.env.id)).toEqual(['master', 'staging']);
    expect(rows[1]).toMatchObject({ hasChildren: true, expanded: false });
  });

  it('keeps the ancestors of a match, marked as context, so the tree stays connected', () => {
    const { rows, matches } = environmentRows(defaultProject('pro'), { ...TREE, text: 'Theme' });
    expect(rows.map((r) => [r.env.id, r.match])).toEqual([
      ['master', false],
      ['production', false],
      ['staging', false],
      ['integration', false],
      ['feature-old-theme', true],
    ]);
    expect(matches).toBe(1);
    // Among the siblings shown, not among all of them.
    expect(rows.at(-1)).toMatchObject({ setSize: 1, posInSet: 1, level: 5 });
  });

  it('matches the branch or the title, case-insensitively, with the role and status filter', () => {
    const pro = defaultProject('pro');
    expect(ids(pro, { text: 'CHECKOUT' })).toContain('feature-checkout');
    expect(ids(pro, { text: 'rabbit' })).toContain('feature-checkout');
    expect(ids(pro, { filter: { role: 'all', status: 'inactive' } }).at(-1)).toBe(
      'feature-old-theme',
    );
    expect(ids(pro, { text: 'feature', filter: { role: 'all', status: 'active' } })).not.toContain(
      'feature-old-theme',
    );
    expect(rowsOf(pro, { text: 'nothing like this' })).toEqual([]);
  });
});

describe('environment rows sorted by a column', () => {
  it('sets the tree aside: the matches only, flat, in the column’s order', () => {
    const rows = rowsOf(defaultProject('pro'), {
      sort: { column: 'role', direction: 'ascending' },
    });
    expect(rows.map((r) => r.env.role)).toEqual([
      'global-master',
      'production',
      'staging',
      'integration',
      'development',
      'development',
    ]);
    expect(rows.every((r) => r.level === 1 && !r.hasChildren && r.setSize === 6)).toBe(true);
    expect(rows.map((r) => r.posInSet)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('reverses the order when descending, ties by branch', () => {
    const pro = defaultProject('pro');
    expect(ids(pro, { sort: { column: 'branch', direction: 'descending' } })).toEqual([
      'staging',
      'production',
      'master',
      'integration',
      'feature-old-theme',
      'feature-checkout',
    ]);
    expect(ids(pro, { sort: { column: 'status', direction: 'descending' } })[0]).toBe(
      'feature-old-theme',
    );
    expect(ids(pro, { sort: { column: 'parent', direction: 'ascending' } })[0]).toBe('master');
  });

  it('sorts by the newest activity, those without any last either way', () => {
    let project = defaultProject('starter');
    project = {
      ...project,
      activity: [activity(1, 'staging', 10), activity(2, 'master', 20), activity(3, 'staging', 30)],
    };
    const sort = (direction: 'ascending' | 'descending') =>
      ids(project, { sort: { column: 'activity', direction } });
    expect(sort('ascending')).toEqual([
      'master',
      'staging',
      'feature-checkout',
      'feature-old-theme',
    ]);
    expect(sort('descending')).toEqual([
      'staging',
      'master',
      'feature-checkout',
      'feature-old-theme',
    ]);
  });

  it('flattens only what the text and filter match, in title order', () => {
    const project = withEnvironment(defaultProject('starter'), 'feature-old-theme', {
      title: 'Checkout redesign',
    });
    // "Checkout redesign" comes before "Checkout with RabbitMQ", unlike their branches.
    expect(
      ids(project, { text: 'checkout', sort: { column: 'title', direction: 'ascending' } }),
    ).toEqual(['feature-old-theme', 'feature-checkout']);
  });
});

describe('the newest activity of each environment', () => {
  it('is the last entry of the log that names it', () => {
    const project = {
      ...defaultProject('starter'),
      activity: [activity(1, 'staging', 10), activity(2, 'master', 20), activity(3, 'staging', 30)],
    };
    const newest = lastActivities(project);
    expect(newest.get('staging')?.id).toBe(3);
    expect(newest.get('master')?.id).toBe(2);
    expect(newest.has('feature-checkout')).toBe(false);
    expect(rowsOf(project).find((r) => r.env.id === 'staging')?.lastActivity?.id).toBe(3);
  });
});
