// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateSyntheticProject } from '../../src/domain/synthetic/generate-synthetic-project';
import { EnvironmentDetails } from '../../src/panels/environment-details';
import { EnvironmentList } from '../../src/panels/environment-list';
import { selectSelectedId, useAppStore } from '../../src/store/app-store';
import { runCommand } from '../../src/store/commands';
import { resetStore } from '../support/render-app';

// Role queries walk the grid's accessible names each time: on a busy machine a case can take
// some seconds, and nothing here is timed.
vi.setConfig({ testTimeout: 30_000 });
afterEach(cleanup);
beforeEach(resetStore);

const grid = () => screen.getByRole('treegrid', { name: 'Environments' });
const row = (branch: string) => within(grid()).getByRole('row', { name: branch });
const bodyRows = () => within(grid()).getAllByRole('row').slice(1);
const branches = () => bodyRows().map((r) => r.getAttribute('aria-label'));
const selected = () => selectSelectedId(useAppStore.getState());

function renderList(plan: 'starter' | 'pro' = 'starter', { withPanel = false } = {}) {
  useAppStore.getState().setPlan(plan);
  const user = userEvent.setup();
  render(
    <>
      <EnvironmentList />
      {withPanel && <EnvironmentDetails />}
    </>,
  );
  return user;
}

/** Puts the keyboard focus on the grid's one tabbable row, as Tab does. */
function focusGrid() {
  const tabbable = bodyRows().filter((r) => r.tabIndex === 0);
  expect(tabbable).toHaveLength(1);
  act(() => tabbable[0]?.focus());
}

describe('the environment list', () => {
  it('is a tree grid whose rows are named by branch, with their level and place', () => {
    renderList('pro');
    expect(branches()).toEqual([
      'master',
      'production',
      'staging',
      'integration',
      'feature-checkout',
      'feature-old-theme',
    ]);
    expect(row('master')).toHaveAttribute('aria-level', '1');
    expect(row('master')).toHaveAttribute('aria-expanded', 'true');
    expect(row('feature-old-theme')).toHaveAttribute('aria-level', '5');
    expect(row('feature-old-theme')).toHaveAttribute('aria-posinset', '2');
    expect(row('feature-old-theme')).toHaveAttribute('aria-setsize', '2');
    expect(row('feature-old-theme')).not.toHaveAttribute('aria-expanded');
    expect(grid()).toHaveAttribute('aria-rowcount', '7');
    const headers = within(grid()).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual([
      'Branch',
      'Title',
      'Role',
      'Status',
      'Parent',
      'Last activity',
    ]);
  });

  it('shows title, role, status, parent and the newest activity with its time', async () => {
    renderList('starter');
    const cells = () => within(row('feature-checkout')).getAllByRole('gridcell');
    expect(cells().map((c) => c.textContent)).toEqual([
      expect.stringContaining('feature-checkout'),
      'Checkout with RabbitMQ',
      'Integration',
      'active',
      'staging',
      'none',
    ]);
    expect(within(row('master')).getAllByRole('gridcell')[4]).toHaveTextContent('none (root)');
    act(() => runCommand('merge', 'feature-checkout'));
    const status = within(row('staging')).getAllByRole('gridcell')[3];
    expect(status).toHaveTextContent(/^active\s+deployed: merged feature-checkout/);
    // The merge is logged on the environment merged into, and the deploy took its time.
    expect(within(row('staging')).getAllByRole('gridcell')[5]).toHaveTextContent(
      /^merge · success, \d+ min( \d+ s)? ago$/,
    );
    expect(within(row('feature-checkout')).getAllByRole('gridcell')[5]).toHaveTextContent('none');
  });
});

describe('the environment list from the keyboard', () => {
  it('moves with Up, Down, Home and End, one row in the tab order', async () => {
    const user = renderList('pro');
    focusGrid();
    expect(row('master')).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(row('staging')).toHaveFocus();
    expect(row('staging')).toHaveAttribute('tabindex', '0');
    expect(row('master')).toHaveAttribute('tabindex', '-1');
    await user.keyboard('{End}');
    expect(row('feature-old-theme')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(row('feature-old-theme')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(row('feature-checkout')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(row('master')).toHaveFocus();
  });

  it('collapses with Left, goes to the parent with Left again, and expands with Right', async () => {
    const user = renderList('starter');
    focusGrid();
    await user.keyboard('{ArrowDown}');
    expect(row('staging')).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(row('staging')).toHaveAttribute('aria-expanded', 'false');
    expect(branches()).toEqual(['master', 'staging']);
    await user.keyboard('{ArrowLeft}');
    expect(row('master')).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowRight}');
    expect(row('staging')).toHaveAttribute('aria-expanded', 'true');
    expect(branches()).toHaveLength(4);
    // Right on an open row goes to its first child; Left on a leaf to its parent.
    await user.keyboard('{ArrowRight}');
    expect(row('feature-checkout')).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(row('staging')).toHaveFocus();
  });

  it('selects with Enter or Space, and the details panel follows as for a click on a node', async () => {
    const user = renderList('starter', { withPanel: true });
    focusGrid();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(selected()).toBeNull();
    expect(row('feature-checkout')).toHaveAttribute('aria-selected', 'false');
    await user.keyboard('{Enter}');
    expect(selected()).toBe('feature-checkout');
    expect(row('feature-checkout')).toHaveAttribute('aria-selected', 'true');
    const panel = screen.getByRole('complementary', { name: 'Environment details' });
    expect(await within(panel).findByRole('heading', { level: 2 })).toHaveTextContent(
      'Checkout with RabbitMQ',
    );
    await user.keyboard('{ArrowUp} ');
    expect(selected()).toBe('staging');
    expect(row('staging')).toHaveAttribute('aria-selected', 'true');
    expect(row('feature-checkout')).toHaveAttribute('aria-selected', 'false');
    expect(await within(panel).findByRole('heading', { level: 2 })).toHaveTextContent('Staging');
  });

  it('lets a command’s shortcut act on the row in focus, as on a focused node', async () => {
    const user = renderList('starter');
    focusGrid();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    // The global shortcut handler reads the selection; the row in focus becomes it first.
    await user.keyboard('m');
    expect(selected()).toBe('feature-checkout');
  });
});

describe('the environment list and the selection', () => {
  it('marks and scrolls to an environment selected elsewhere, opening what hides it', async () => {
    const user = renderList('starter');
    focusGrid();
    await user.keyboard('{ArrowDown}{ArrowLeft}');
    expect(branches()).toEqual(['master', 'staging']);
    // As a click on the node in the diagram does.
    act(() => useAppStore.getState().select('feature-old-theme'));
    expect(row('feature-old-theme')).toHaveAttribute('aria-selected', 'true');
    expect(row('feature-old-theme')).toHaveAttribute('tabindex', '0');
    expect(row('feature-old-theme')).toHaveFocus();
  });

  it('starts on the environment already selected', () => {
    useAppStore.getState().navigate('pro', 'integration');
    render(<EnvironmentList />);
    expect(row('integration')).toHaveAttribute('aria-selected', 'true');
    expect(row('integration')).toHaveAttribute('tabindex', '0');
  });

  it('selects on a click, as a node does', async () => {
    const user = renderList('starter');
    await user.click(within(row('staging')).getAllByRole('gridcell')[1] as HTMLElement);
    expect(selected()).toBe('staging');
    expect(row('staging')).toHaveFocus();
  });
});

describe('sorting the environment list', () => {
  it('flattens the tree in a column’s order, then reverses it, then gives the tree back', async () => {
    const user = renderList('pro');
    const header = (name: string) =>
      within(grid())
        .getAllByRole('columnheader')
        .find((h) => h.textContent?.startsWith(name)) as HTMLElement;
    const sortBy = (name: string) => user.click(within(header(name)).getByRole('button'));

    await sortBy('Status');
    expect(header('Status')).toHaveAttribute('aria-sort', 'ascending');
    expect(branches().at(-1)).toBe('feature-old-theme');
    expect(bodyRows().every((r) => r.getAttribute('aria-level') === '1')).toBe(true);
    expect(screen.getByText(/Flat list by status/)).toBeInTheDocument();

    await sortBy('Status');
    expect(header('Status')).toHaveAttribute('aria-sort', 'descending');
    expect(branches()[0]).toBe('feature-old-theme');

    await sortBy('Status');
    expect(header('Status')).not.toHaveAttribute('aria-sort');
    expect(branches()).toEqual([
      'master',
      'production',
      'staging',
      'integration',
      'feature-checkout',
      'feature-old-theme',
    ]);

    await sortBy('Branch');
    expect(branches()[0]).toBe('feature-checkout');
    await user.click(screen.getByRole('button', { name: 'Tree order' }));
    expect(branches()[0]).toBe('master');
    expect(header('Branch')).not.toHaveAttribute('aria-sort');
  });
});

describe('filtering the environment list', () => {
  it('keeps matches by branch or title with their ancestors, and says how many match', async () => {
    const user = renderList('starter');
    await user.type(screen.getByRole('searchbox', { name: /Filter environments/ }), 'rabbit');
    expect(branches()).toEqual(['master', 'staging', 'feature-checkout']);
    expect(screen.getByText('1 of 4 match')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(selected()).toBe('feature-checkout');
  });

  it('shares the Role and Status filter with the diagram', async () => {
    const user = renderList('pro');
    await user.selectOptions(screen.getByLabelText('Status'), 'inactive');
    expect(useAppStore.getState().filter.status).toBe('inactive');
    expect(branches().at(-1)).toBe('feature-old-theme');
    expect(branches()).not.toContain('feature-checkout');
    act(() => useAppStore.getState().setFilter({ role: 'staging', status: 'all' }));
    expect(screen.getByLabelText('Role')).toHaveValue('staging');
    expect(branches()).toEqual(['master', 'production', 'staging']);
  });

  it('says so when nothing matches', async () => {
    const user = renderList('starter');
    await user.type(screen.getByRole('searchbox', { name: /Filter environments/ }), 'zzz');
    expect(bodyRows()).toHaveLength(0);
    expect(screen.getByText(/No environment matches "zzz"/)).toBeInTheDocument();
  });
});

describe('a large environment list', () => {
  it('draws only the rows on screen, and reaches the last with End', async () => {
    const project = generateSyntheticProject('pro', 3000, 1);
    useAppStore.getState().setPlan('pro');
    useAppStore.getState().replaceProject(project);
    const user = userEvent.setup();
    render(<EnvironmentList />);
    expect(grid()).toHaveAttribute('aria-rowcount', '3001');
    expect(bodyRows().length).toBeGreaterThan(10);
    expect(bodyRows().length).toBeLessThan(80);
    focusGrid();
    await user.keyboard('{End}');
    const last = document.activeElement as HTMLElement;
    expect(last).toHaveAttribute('aria-rowindex', '3001');
    expect(bodyRows().length).toBeLessThan(80);
    await user.keyboard('{Enter}');
    expect(selected()).toBe(last.getAttribute('aria-label'));
  });
});

describe('the view commands', () => {
  it('switch between the diagram and the list, and say which is on', () => {
    expect(useAppStore.getState().view).toBe('diagram');
    runCommand('view-list');
    expect(useAppStore.getState().view).toBe('list');
    runCommand('view-diagram');
    expect(useAppStore.getState().view).toBe('diagram');
  });

  it('bring the selection into view on the diagram, without closing an open form', () => {
    useAppStore.getState().navigate('starter', 'staging');
    runCommand('view-list');
    useAppStore.getState().openForm('branch');
    const before = useAppStore.getState().focusRequest?.n ?? 0;
    runCommand('view-diagram');
    expect(useAppStore.getState().focusRequest).toEqual({ id: 'staging', n: before + 1 });
    expect(useAppStore.getState().form).toBe('branch');
  });
});
