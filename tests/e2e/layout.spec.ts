import { expect, type Page, test } from '@playwright/test';
import { node, openApp } from './helpers';

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
