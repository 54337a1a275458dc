import { expect, type Page, test } from '@playwright/test';
import {
  activeCountText,
  allNodes,
  definitionOf,
  detailsPanel,
  edge,
  liveRegion,
  node,
  openApp,
  operationButton,
  panelTitle,
  serviceItem,
  servicesNamed,
  tabTo,
} from './helpers';

/** Moves the focus to a node with Tab (or Shift+Tab) and selects it with Enter. */
async function selectByKeyboard(
  page: Page,
  id: string,
  title: string,
  backwards = false,
): Promise<void> {
  await tabTo(page, node(page, id), { backwards });
  await page.keyboard.press('Enter');
  await expect(panelTitle(page)).toHaveText(title);
}

// Everything here uses the keyboard only: no click, no mouse.
test.describe('operations by keyboard', () => {
  test('merge feature-checkout with the Merge button, then again with the "m" shortcut', async ({
    page,
  }) => {
    await openApp(page);
    await selectByKeyboard(page, 'feature-checkout', 'Checkout with RabbitMQ');

    await tabTo(page, operationButton(page, 'Merge'));
    await page.keyboard.press('Enter');
    await expect(liveRegion(page)).toContainText('Merged feature-checkout into staging');

    await selectByKeyboard(page, 'staging', 'Staging', true);
    await expect(serviceItem(page, 'rabbitmq', 'rabbitmq:3.5')).toHaveCount(1);

    // Take it back by keyboard, then merge again with the node focused and "m".
    await page.keyboard.press('Control+z');
    await expect(servicesNamed(page, 'rabbitmq')).toHaveCount(0);
    await selectByKeyboard(page, 'feature-checkout', 'Checkout with RabbitMQ');
    await page.keyboard.press('m');
    await expect(liveRegion(page)).toContainText('Merged feature-checkout into staging');
    await selectByKeyboard(page, 'staging', 'Staging', true);
    await expect(serviceItem(page, 'rabbitmq', 'rabbitmq:3.5')).toHaveCount(1);
  });

  test('branch feature-search from staging with "b", then Branch is disabled by the active limit', async ({
    page,
  }) => {
    await openApp(page);
    await expect(activeCountText(page)).toContainText('active: 3 of 4');
    await selectByKeyboard(page, 'staging', 'Staging');

    await page.keyboard.press('b');
    const name = detailsPanel(page).getByRole('textbox', { name: 'New branch name' });
    await expect(name).toBeFocused();
    await page.keyboard.type('feature-search');
    await page.keyboard.press('Enter');

    await expect(node(page, 'feature-search')).toBeVisible();
    await expect(edge(page, 'feature-search', 'staging')).toHaveCount(1);
    await expect(panelTitle(page)).toHaveText('feature-search');
    await expect(definitionOf(page, 'Parent')).toHaveText('staging');
    await expect(activeCountText(page)).toContainText('active: 4 of 4');
    await expect(liveRegion(page)).toContainText('Branched feature-search from staging');

    // A fifth active environment would break Starter's limit of 4.
    await tabTo(page, node(page, 'staging'));
    await page.keyboard.press('Enter');
    await expect(panelTitle(page)).toHaveText('Staging');
    const branch = operationButton(page, 'Branch');
    await expect(branch).toHaveAttribute('aria-disabled', 'true');
    await expect(branch).toHaveAccessibleDescription(/allows 4/);
  });

  test('the active-limit reason on Branch names no made-up branch', async ({ page }) => {
    await openApp(page);
    await selectByKeyboard(page, 'staging', 'Staging');
    await page.keyboard.press('b');
    await page.keyboard.type('feature-search');
    await page.keyboard.press('Enter');
    await expect(node(page, 'feature-search')).toBeVisible();
    await tabTo(page, node(page, 'staging'));
    await page.keyboard.press('Enter');
    await expect(panelTitle(page)).toHaveText('Staging');
    const branch = operationButton(page, 'Branch');
    await expect(branch).toHaveAccessibleDescription(/allows 4/);
    await expect(branch).not.toHaveAccessibleDescription(/explorer-probe-branch/);
    await expect(branch).not.toHaveAttribute('title', /explorer-probe-branch/);
  });

  test('"b" on staging at the active limit announces the limit and adds nothing', async ({
    page,
  }) => {
    await openApp(page);
    await selectByKeyboard(page, 'staging', 'Staging');
    await page.keyboard.press('b');
    await page.keyboard.type('feature-search');
    await page.keyboard.press('Enter');
    await expect(activeCountText(page)).toContainText('active: 4 of 4');

    await tabTo(page, node(page, 'staging'));
    await page.keyboard.press('Enter');
    await expect(panelTitle(page)).toHaveText('Staging');
    await page.keyboard.press('b');
    await expect(liveRegion(page)).toContainText('allows 4');
    await expect(allNodes(page)).toHaveCount(5);
    await expect(activeCountText(page)).toContainText('active: 4 of 4');
  });
});
