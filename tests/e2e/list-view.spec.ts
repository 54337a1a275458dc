import { expect as baseExpect, type Locator, type Page, test } from '@playwright/test';
import {
  type Box,
  diagram,
  node,
  openApp,
  panelTitle,
  selectEnvironment,
  settledBox,
  tabTo,
} from './helpers';

// Role queries over a large tree take their time on a busy machine; nothing here is timed.
const expect = baseExpect.configure({ timeout: 15_000 });

function viewRadio(page: Page, name: 'Diagram' | 'List'): Locator {
  return page.getByRole('radiogroup', { name: 'View' }).getByRole('radio', { name, exact: true });
}

function environments(page: Page): Locator {
  return page.getByRole('treegrid', { name: 'Environments' });
}

function row(page: Page, branch: string): Locator {
  return environments(page).getByRole('row', { name: branch, exact: true });
}

async function showList(page: Page): Promise<void> {
  await viewRadio(page, 'List').check();
  await expect(environments(page)).toBeVisible();
}

async function showDiagram(page: Page): Promise<void> {
  await viewRadio(page, 'Diagram').check();
  await expect(environments(page)).toHaveCount(0);
}

function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/** Whether the node is drawn wholly inside the diagram's pane, once it has stopped moving. */
async function nodeInView(page: Page, id: string): Promise<boolean> {
  return inside(await settledBox(node(page, id)), await settledBox(diagram(page)));
}

test.describe('the list view', () => {
  test.setTimeout(60_000);

  test('selects from the keyboard; the panel shows it; the diagram then has it selected, in view', async ({
    page,
  }) => {
    await openApp(page);
    // Drag the diagram down until the feature branches are below its bottom edge.
    const pane = await settledBox(diagram(page));
    await page.mouse.move(pane.x + 40, pane.y + 80);
    await page.mouse.down();
    await page.mouse.move(pane.x + 40, pane.y + pane.height - 10, { steps: 8 });
    await page.mouse.up();
    expect(await nodeInView(page, 'feature-checkout')).toBe(false);

    await showList(page);
    await expect(node(page, 'master')).toBeHidden();
    await tabTo(page, row(page, 'master'));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(row(page, 'feature-checkout')).toBeFocused();
    await expect(row(page, 'feature-checkout')).toHaveAttribute('aria-selected', 'false');
    await page.keyboard.press('Enter');
    await expect(row(page, 'feature-checkout')).toHaveAttribute('aria-selected', 'true');
    await expect(panelTitle(page)).toHaveText('Checkout with RabbitMQ');

    await showDiagram(page);
    await expect(node(page, 'feature-checkout')).toHaveClass(/\bselected\b/);
    await expect.poll(() => nodeInView(page, 'feature-checkout')).toBe(true);
    await expect(panelTitle(page)).toHaveText('Checkout with RabbitMQ');
  });

  test('shows a node selected on the diagram as the selected row, and keeps the view after a reload', async ({
    page,
  }) => {
    await openApp(page, '?plan=pro');
    await selectEnvironment(page, 'integration', 'Integration');
    await showList(page);
    await expect(row(page, 'integration')).toHaveAttribute('aria-selected', 'true');
    await expect(row(page, 'integration')).toBeInViewport();
    await expect(row(page, 'staging')).toHaveAttribute('aria-selected', 'false');
    await expect(row(page, 'integration')).toHaveAttribute('aria-level', '4');

    await page.reload();
    await expect(environments(page)).toBeVisible();
    await expect(viewRadio(page, 'List')).toBeChecked();
    await expect(row(page, 'integration')).toHaveAttribute('aria-selected', 'true');
  });

  test('opens the node menu on a row with Shift+F10, over the list, and gives the focus back', async ({
    page,
  }) => {
    await openApp(page);
    await showList(page);
    await row(page, 'staging').click();
    await expect(panelTitle(page)).toHaveText('Staging');
    await page.keyboard.press('Shift+F10');
    const menu = page.getByRole('menu', { name: 'Commands for staging' });
    await expect(menu).toBeVisible();
    await expect(menu.getByRole('menuitem').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
    await expect(row(page, 'staging')).toBeFocused();
  });

  test('switches with L and D from the keyboard, the focus going along', async ({ page }) => {
    await openApp(page, '?plan=starter&env=staging');
    await node(page, 'staging').focus();
    await page.keyboard.press('l');
    await expect(viewRadio(page, 'List')).toBeChecked();
    await expect(row(page, 'staging')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(panelTitle(page)).toHaveText('Checkout with RabbitMQ');
    await page.keyboard.press('d');
    await expect(viewRadio(page, 'Diagram')).toBeChecked();
    await expect(node(page, 'feature-checkout')).toBeFocused();
  });

  test('sorts by a column into a flat list and back to the tree', async ({ page }) => {
    await openApp(page, '?plan=pro');
    await showList(page);
    const status = environments(page).getByRole('columnheader', { name: 'Status' });
    await status.getByRole('button').click();
    await expect(status).toHaveAttribute('aria-sort', 'ascending');
    await expect(environments(page).getByRole('row').last()).toHaveAccessibleName(
      'feature-old-theme',
    );
    await expect(row(page, 'integration')).toHaveAttribute('aria-level', '1');
    await page.getByRole('button', { name: 'Tree order' }).click();
    await expect(status).not.toHaveAttribute('aria-sort');
    await expect(row(page, 'integration')).toHaveAttribute('aria-level', '4');
  });
});

test.describe('the list view of a 1000-environment project', () => {
  test.setTimeout(90_000);

  test('opens, filters, and selects a row the diagram then shows', async ({ page }) => {
    await page.goto('/?plan=pro&synthetic=1000');
    await expect(node(page, 'master')).toBeVisible({ timeout: 30_000 });
    await showList(page);
    await expect(environments(page)).toHaveAttribute('aria-rowcount', '1001');
    // Only the rows on screen are drawn.
    expect(await environments(page).getByRole('row').count()).toBeLessThan(100);

    const filter = page.getByRole('searchbox', { name: /Filter environments/ });
    await filter.fill('checkout-search');
    await expect(page.getByText(/^\d+ of 1000 match$/)).toBeVisible();
    await expect(row(page, 'feature-checkout-search')).toBeVisible();
    await filter.press('ArrowDown');
    // The focus goes into the grid; Down again until the match, then Enter.
    for (let i = 0; i < 10; i++) {
      if (
        await row(page, 'feature-checkout-search').evaluate((el) => el === document.activeElement)
      )
        break;
      await page.keyboard.press('ArrowDown');
    }
    await expect(row(page, 'feature-checkout-search')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(panelTitle(page)).toHaveText('Checkout search with Solr');
    await expect(row(page, 'feature-checkout-search')).toHaveAttribute('aria-selected', 'true');

    await showDiagram(page);
    await expect(node(page, 'feature-checkout-search')).toHaveClass(/\bselected\b/);
    await expect.poll(() => nodeInView(page, 'feature-checkout-search')).toBe(true);
  });
});
