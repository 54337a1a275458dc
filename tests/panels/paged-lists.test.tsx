// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EnvironmentDetails } from '../../src/panels/environment-details';
import { useAppStore } from '../../src/store/app-store';
import { defaultProject, withFiles, withVariable } from '../support/builders';
import { renderWithStore } from '../support/render-app';

afterEach(cleanup);
// Hundreds of rows in jsdom, on a machine that may be busy.
vi.setConfig({ testTimeout: 30_000 });

/** Staging with `count` redis services, each reached by a relationship of its own. */
function manyServices(count: number) {
  const ids = Array.from({ length: count }, (_, i) => `cache${i + 1}`);
  const services = ids.map((id) => `${id}:\n    type: redis:6.0\n`).join('');
  const relationships = ids.map((id) => `    ${id}: "${id}:redis"\n`).join('');
  const app = `name: mymagento\ntype: php:8.1\ndisk: 2048\nrelationships:\n${relationships}`;
  return withFiles(defaultProject('starter'), 'staging', {
    '.magento/services.yaml': services,
    '.magento.app.yaml': app,
  });
}

/** The details panel of staging in a project shown in the store. */
async function showStaging(project = manyServices(250)) {
  renderWithStore(<EnvironmentDetails />);
  useAppStore.getState().replaceProject(project);
  useAppStore.getState().navigate('starter', 'staging');
  return screen.findByRole('list', { name: 'Services from services.yaml' });
}

// The list's own items (role queries over hundreds of rows are slow in jsdom).
const items = (list: HTMLElement) => [...list.children] as HTMLElement[];
/** The paging controls under the one long list on screen, so queries need not walk every row. */
function pager(): HTMLElement {
  const count = screen.getByText(/^Showing (all )?\d+/);
  return count.parentElement as HTMLElement;
}
const button = (name: string) => within(pager()).getByRole('button', { name });

const serviceIds = (list: HTMLElement) =>
  items(list).map((li) => li.querySelector('.service__id')?.textContent);

describe('the Services list of a large environment', () => {
  it('shows the first 100 services and says how many there are', async () => {
    const list = await showStaging();
    expect(items(list)).toHaveLength(100);
    expect(serviceIds(list).slice(0, 2)).toEqual(['cache1', 'cache2']);
    expect(serviceIds(list).at(-1)).toBe('cache100');
    const count = screen.getByText('Showing 100 of 250 services');
    // A screen reader hears the count with the list.
    expect(list).toHaveAttribute('aria-describedby', count.id);
    expect(button('Show 100 more services')).toBeVisible();
    expect(button('Show all 250 services')).toBeVisible();
  });

  it('shows 100 more at a time, then the rest, and moves the focus to the first new one', async () => {
    const user = userEvent.setup();
    const list = await showStaging();
    await user.click(button('Show 100 more services'));
    expect(items(list)).toHaveLength(200);
    expect(document.activeElement).toBe(items(list)[100]);
    expect(items(list)[100]).toHaveTextContent('cache101');
    expect(screen.getByText('Showing 200 of 250 services')).toBeVisible();
    // Fewer than a page left: one button, for exactly what is left.
    expect(within(pager()).queryByRole('button', { name: /^Show all/ })).toBeNull();
    await user.click(button('Show 50 more services'));
    expect(items(list)).toHaveLength(250);
    expect(document.activeElement).toBe(items(list)[200]);
    expect(screen.getByText('Showing all 250 services')).toBeVisible();
    expect(within(pager()).queryByRole('button', { name: /^Show \d+ more/ })).toBeNull();
  });

  it('shows every service at once with "Show all"', async () => {
    const user = userEvent.setup();
    const list = await showStaging();
    await user.click(button('Show all 250 services'));
    expect(items(list)).toHaveLength(250);
    expect(serviceIds(list).at(-1)).toBe('cache250');
    expect(document.activeElement).toBe(items(list)[100]);
  });

  it('works from the keyboard: Tab to "Show 100 more", Enter, and reading goes on from item 101', async () => {
    const user = userEvent.setup();
    const list = await showStaging();
    const more = button('Show 100 more services');
    more.focus();
    await user.keyboard('{Enter}');
    expect(items(list)).toHaveLength(200);
    expect(document.activeElement).toHaveTextContent('cache101');
    // From the first new service, Tab reaches its own Remove button.
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName(/^Remove\s*service cache101$/);
    button('Show 50 more services').focus();
    await user.keyboard(' ');
    expect(items(list)).toHaveLength(250);
  });

  it('starts over at the first page for another environment', async () => {
    const user = userEvent.setup();
    const project = withFiles(manyServices(250), 'master', {
      '.magento/services.yaml': Array.from(
        { length: 120 },
        (_, i) => `db${i}:\n    type: mysql:10.4\n`,
      ).join(''),
    });
    await showStaging(project);
    await user.click(button('Show all 250 services'));
    useAppStore.getState().navigate('starter', 'master');
    const list = await screen.findByRole('list', { name: 'Services from services.yaml' });
    expect(items(list)[0]).toHaveTextContent('db0');
    expect(items(list)).toHaveLength(100);
    expect(screen.getByText('Showing 100 of 120 services')).toBeVisible();
  });

  it('has no paging where everything fits on one page', async () => {
    const list = await showStaging(defaultProject('starter'));
    expect(items(list)).toHaveLength(3);
    expect(list).not.toHaveAttribute('aria-describedby');
    expect(screen.queryByText(/^Showing/)).toBeNull();
    expect(screen.queryByRole('button', { name: /^Show (all|\d+ more)/ })).toBeNull();
  });
});

describe('the Variables table of a large project', () => {
  it('shows the first 100 rows, then more on request', async () => {
    const user = userEvent.setup();
    let project = defaultProject('starter');
    for (let i = 0; i < 130; i++) {
      project = withVariable(project, null, `BULK_${String(i).padStart(3, '0')}`, `v${i}`);
    }
    await showStaging(project);
    const table = screen.getByRole('table');
    const body = within(table).getAllByRole('rowgroup')[1] as HTMLElement;
    const rows = () => within(body).getAllByRole('row');
    expect(rows()).toHaveLength(100);
    const count = screen.getByText(/^Showing 100 of \d+ variables$/);
    expect(table).toHaveAttribute('aria-describedby', count.id);
    const all = Number(count.textContent?.match(/of (\d+)/)?.[1]);
    expect(all).toBeGreaterThan(130);
    await user.click(button(`Show ${all - 100} more variables`));
    expect(rows()).toHaveLength(all);
    expect(document.activeElement).toBe(rows()[100]);
  });
});

describe('MAGENTO_CLOUD_RELATIONSHIPS of a large environment', () => {
  it('draws its value only once opened, then pages the decoded relationships', async () => {
    const user = userEvent.setup();
    await showStaging();
    const term = screen.getByText('MAGENTO_CLOUD_RELATIONSHIPS');
    const value = term.closest('div')?.querySelector('dd') as HTMLElement;
    expect(within(value).queryByRole('list', { name: 'Relationships' })).toBeNull();
    expect(value.querySelector('code')).toBeNull();
    await user.click(within(value).getByText(/^base64 JSON/));
    const list = within(value).getByRole('list', { name: 'Relationships' });
    expect(items(list)).toHaveLength(100);
    expect(items(list)[0]).toHaveTextContent('cache1 → cache1 (redis:6.0)');
    expect(within(value).getByText('Showing 100 of 250 relationships')).toBeVisible();
    await user.click(within(value).getByRole('button', { name: 'Show all 250 relationships' }));
    expect(items(list)).toHaveLength(250);
  });
});
