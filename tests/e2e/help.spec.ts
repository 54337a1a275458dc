import { expect, test } from '@playwright/test';
import { dialogNamed, node, openApp, tabTo } from './helpers';

const TOUR = 'A short tour';

test.describe('first-visit tour', () => {
  // A browser that has never been here: nothing seeded, not even the tour's dismissal.
  test.use({ storageState: { cookies: [], origins: [] } });

  test('a first visit meets the tour; Skip, reached by keyboard, closes it for good', async ({
    page,
  }) => {
    await page.goto('/');
    const tour = dialogNamed(page, TOUR);
    await expect(tour).toBeVisible();
    await expect(tour).toContainText('Step 1 of 5');
    await expect(tour.getByRole('button', { name: 'Next' })).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(tour).toContainText('Step 2 of 5');
    const skip = tour.getByRole('button', { name: 'Skip' });
    await tabTo(page, skip, { max: 10 });
    await page.keyboard.press('Enter');
    await expect(tour).toHaveCount(0);
    await expect(node(page, 'master')).toBeVisible();

    await page.reload();
    await expect(node(page, 'master')).toBeVisible();
    // Give a returning tour every chance to show before saying it did not.
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('Escape closes it for good too', async ({ page }) => {
    await page.goto('/');
    const tour = dialogNamed(page, TOUR);
    await expect(tour).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tour).toHaveCount(0);
    await page.reload();
    await expect(node(page, 'master')).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('a scenario link does not show it', async ({ page }) => {
    await page.goto('/?scenario=first-merge');
    await expect(node(page, 'master')).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expect(dialogNamed(page, TOUR)).toHaveCount(0);
  });
});

test.describe('legend and glossary', () => {
  test('the Legend button is reached by keyboard, opens the legend and gives the focus back', async ({
    page,
  }) => {
    await openApp(page);
    const button = page.getByRole('banner').getByRole('button', { name: 'Legend', exact: true });
    await tabTo(page, button);
    await page.keyboard.press('Enter');
    const legend = dialogNamed(page, 'Legend');
    await expect(legend).toBeVisible();
    await expect(legend.getByRole('button', { name: 'Close' })).toBeFocused();
    // Each role's name, after its icon, as a node shows them.
    const roleLine = (role: string) =>
      page.locator('.env-node__role', { hasText: new RegExp(`^\\W*${role}$`) });
    for (const role of ['Global Master', 'Production', 'Staging', 'Integration', 'Development'])
      await expect(legend.locator(roleLine(role))).toBeVisible();
    await expect(legend.getByText('maintenance', { exact: true })).toBeVisible();

    // The swatch is the node's own look: the same role colour as the master node's stripe.
    const stripe = (locator: ReturnType<typeof page.locator>) =>
      locator.evaluate((el) => getComputedStyle(el).borderLeftColor);
    const master = await stripe(node(page, 'master').locator('.env-node'));
    const swatch = await stripe(legend.locator('.env-node', { has: roleLine('Production') }));
    expect(swatch).toBe(master);

    await page.keyboard.press('Escape');
    await expect(legend).toHaveCount(0);
    await expect(button).toBeFocused();
  });

  test('the palette lists the help commands, and the glossary filters its terms', async ({
    page,
  }) => {
    await openApp(page);
    await page.keyboard.press('Control+k');
    const palette = dialogNamed(page, 'Commands');
    for (const label of ['Legend', 'Glossary', 'Take the tour'])
      await expect(palette.getByRole('option', { name: label, exact: true })).toHaveCount(1);
    await page.keyboard.type('glossary');
    await page.keyboard.press('Enter');

    const glossary = dialogNamed(page, 'Glossary');
    await expect(glossary).toBeVisible();
    const filter = glossary.getByRole('searchbox', { name: 'Filter terms' });
    await expect(filter).toBeFocused();
    await page.keyboard.type('maintenance');
    await expect(glossary.getByRole('term').filter({ hasText: 'Maintenance mode' })).toBeVisible();
    await expect(glossary.getByRole('term').filter({ hasText: /^Merge$/ })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(glossary).toHaveCount(0);
  });

  test('Help offers the tour again', async ({ page }) => {
    await openApp(page);
    await page.getByRole('banner').getByText('Help', { exact: true }).click();
    await page.getByRole('button', { name: 'Take the tour', exact: true }).click();
    const tour = dialogNamed(page, TOUR);
    await expect(tour).toContainText('Step 1 of 5');
    await tour.getByRole('button', { name: 'Next' }).click();
    await tour.getByRole('button', { name: 'Back' }).click();
    await expect(tour).toContainText('Step 1 of 5');
    await expect(tour.getByRole('button', { name: 'Next' })).toBeFocused();
    // Closed with a button (not Escape), the focus still goes back where it came from.
    await tour.getByRole('button', { name: 'Close' }).click();
    await expect(tour).toHaveCount(0);
    await expect(page.getByRole('banner').getByText('Help', { exact: true })).toBeFocused();
  });
});
