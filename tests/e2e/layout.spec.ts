import { expect, type Page, test } from '@playwright/test';
import { detailsPanel, node, openApp, panelTitle } from './helpers';

/** Where master's node sits relative to staging's: 'above', 'left' or something else. */
async function masterRelativeToStaging(page: Page): Promise<string> {
  const master = await node(page, 'master').boundingBox();
  const staging = await node(page, 'staging').boundingBox();
  if (!master || !staging) return 'not drawn';
  const centre = (b: { x: number; y: number; width: number; height: number }) => ({
    x: b.x + b.width / 2,
    y: b.y + b.height / 2,
  });
  const m = centre(master);
  const s = centre(staging);
  if (master.y + master.height <= staging.y && Math.abs(m.x - s.x) < 1) return 'above';
  if (master.x + master.width <= staging.x && Math.abs(m.y - s.y) < 1) return 'left';
  return `master at ${m.x},${m.y}; staging at ${s.x},${s.y}`;
}

test('"Left to right" flips the tree from top-down to left-right and back', async ({ page }) => {
  await openApp(page);
  const toggle = page.getByRole('button', { name: 'Left to right' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => masterRelativeToStaging(page)).toBe('above');

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => masterRelativeToStaging(page)).toBe('left');

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => masterRelativeToStaging(page)).toBe('above');
});

test('the page itself never scrolls, even when End is pressed on a selected node', async ({
  page,
}) => {
  await openApp(page);
  await node(page, 'feature-checkout').click();
  await page.keyboard.press('End');
  const sizes = await page.evaluate(() => ({
    document: document.documentElement.scrollHeight,
    window: window.innerHeight,
    scrolled: window.scrollY,
  }));
  expect(sizes.document).toBe(sizes.window);
  expect(sizes.scrolled).toBe(0);
});

test('another environment opens at the top of the panel, its title in view', async ({ page }) => {
  await openApp(page, '?env=staging');
  await expect(panelTitle(page)).toHaveText('Staging');
  await detailsPanel(page).evaluate((panel) => {
    panel.scrollTop = panel.scrollHeight;
  });
  await expect
    .poll(() => detailsPanel(page).evaluate((panel) => panel.scrollTop))
    .toBeGreaterThan(200);
  await expect(panelTitle(page)).not.toBeInViewport();

  await node(page, 'feature-checkout').click();
  await expect(panelTitle(page)).toHaveText('Checkout with RabbitMQ');
  expect(await detailsPanel(page).evaluate((panel) => panel.scrollTop)).toBe(0);
  await expect(panelTitle(page)).toBeInViewport();
});
