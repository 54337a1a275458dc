import { expect, type Page, test } from '@playwright/test';
import { COMMANDS } from '../../src/store/commands';
import {
  dialogNamed,
  liveRegion,
  node,
  openApp,
  panelTitle,
  selectEnvironment,
  tabTo,
} from './helpers';

function palette(page: Page) {
  return dialogNamed(page, 'Commands');
}

function contextMenu(page: Page, env: string) {
  return page.getByRole('menu', { name: `Commands for ${env}` });
}

test.describe('command palette', () => {
  test('Ctrl+K lists every command of the table, and one runs from the keyboard', async ({
    page,
  }) => {
    await openApp(page);
    await selectEnvironment(page, 'feature-checkout', 'Checkout with RabbitMQ');
    await page.keyboard.press('Control+k');
    const dialog = palette(page);
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    const options = dialog.getByRole('option');
    await expect(options).toHaveCount(COMMANDS.length);
    for (const command of COMMANDS) {
      await expect(dialog.getByRole('option', { name: command.label, exact: true })).toHaveCount(1);
    }

    await page.keyboard.type('merge');
    await expect(dialog.getByRole('option', { name: 'Merge', exact: true })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    await expect(liveRegion(page)).toContainText('Merged feature-checkout into staging');
  });

  test('a command that cannot run says why, and Enter on it does not run it', async ({ page }) => {
    await openApp(page);
    await selectEnvironment(page, 'master', 'Production');
    await page.keyboard.press('Control+k');
    const merge = palette(page).getByRole('option', { name: 'Merge', exact: true });
    await expect(merge).toHaveAttribute('aria-disabled', 'true');
    await expect(merge).toHaveAccessibleDescription(/master is the root/);
    await page.keyboard.type('merge');
    await page.keyboard.press('Enter');
    await expect(palette(page)).toBeVisible();
    await expect(liveRegion(page)).toContainText('Merge: master is the root');
    await page.keyboard.press('Escape');
    await expect(palette(page)).toHaveCount(0);
  });
});

test.describe('node context menu', () => {
  test('a right click on a node offers its commands; Merge runs with the mouse', async ({
    page,
  }) => {
    await openApp(page);
    await node(page, 'feature-checkout').click({ button: 'right' });
    const menu = contextMenu(page, 'feature-checkout');
    await expect(menu).toBeVisible();
    await expect(menu.getByRole('menuitem').first()).toBeFocused();
    await expect(menu.getByRole('menuitem', { name: 'Delete', exact: true })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await menu.getByRole('menuitem', { name: 'Merge', exact: true }).click();
    await expect(menu).toHaveCount(0);
    await expect(liveRegion(page)).toContainText('Merged feature-checkout into staging');
  });

  test('Shift+F10 on a focused node opens it; arrows and Enter run Merge; Escape gives focus back', async ({
    page,
  }) => {
    await openApp(page);
    await tabTo(page, node(page, 'feature-checkout'));
    await page.keyboard.press('Shift+F10');
    const menu = contextMenu(page, 'feature-checkout');
    await expect(menu).toBeVisible();
    await expect(panelTitle(page)).toHaveText('Checkout with RabbitMQ');
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
    await expect(node(page, 'feature-checkout')).toBeFocused();

    await page.keyboard.press('Shift+F10');
    const items = menu.getByRole('menuitem');
    const names = await items.allTextContents();
    const mergeAt = names.findIndex((text) => text.startsWith('Merge'));
    await expect(items.first()).toBeFocused();
    for (let i = 0; i < mergeAt; i++) await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: 'Merge', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveCount(0);
    await expect(liveRegion(page)).toContainText('Merged feature-checkout into staging');
  });
});
