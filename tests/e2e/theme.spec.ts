import { expect, type Page, test } from '@playwright/test';
import { node, openApp } from './helpers';

/**
 * Dark mode follows the system's prefers-color-scheme; the header's "Theme" control overrides
 * it for this browser, across reloads, and "System" gives the choice back.
 */

/** The relative luminance of a computed `rgb(...)` colour, 0 (black) to 1 (white). */
function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

type Look = Readonly<{ page: number; text: number; canvas: number; node: number }>;

/** How light the page, its text, the diagram and a node's face are drawn. */
async function look(page: Page): Promise<Look> {
  const colors = await page.evaluate(() => {
    const style = (selector: string) => {
      const element = document.querySelector(selector);
      if (!element) throw new Error(`${selector} is not on the page`);
      return getComputedStyle(element);
    };
    return {
      page: style('body').backgroundColor,
      text: style('body').color,
      canvas: style('.canvas').backgroundColor,
      node: style('[data-id="master"] .env-node').backgroundColor,
    };
  });
  // The body takes the root's background; a transparent body shows the root's.
  const pageColor =
    colors.page === 'rgba(0, 0, 0, 0)'
      ? await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
      : colors.page;
  return {
    page: luminance(pageColor),
    text: luminance(colors.text),
    canvas: luminance(colors.canvas),
    node: luminance(colors.node),
  };
}

async function expectDark(page: Page): Promise<void> {
  const seen = await look(page);
  expect(seen.page, 'page background').toBeLessThan(0.05);
  expect(seen.canvas, 'diagram background').toBeLessThan(0.05);
  expect(seen.node, 'node face').toBeLessThan(0.05);
  expect(seen.text, 'text').toBeGreaterThan(0.7);
}

async function expectLight(page: Page): Promise<void> {
  const seen = await look(page);
  expect(seen.page, 'page background').toBeGreaterThan(0.85);
  expect(seen.canvas, 'diagram background').toBeGreaterThan(0.85);
  expect(seen.node, 'node face').toBeGreaterThan(0.85);
  expect(seen.text, 'text').toBeLessThan(0.05);
}

const themeControl = (page: Page) =>
  page.getByRole('banner').getByRole('combobox', { name: 'Theme', exact: true });

test.describe('theme', () => {
  test('follows a dark system setting, and a light one', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openApp(page);
    await expect(themeControl(page)).toHaveValue('system');
    await expectDark(page);
    // React Flow's own parts (controls, minimap) are told the same.
    await expect(page.locator('.react-flow')).toHaveClass(/\bdark\b/);

    await page.emulateMedia({ colorScheme: 'light' });
    await expectLight(page);
    await expect(page.locator('.react-flow')).toHaveClass(/\blight\b/);
  });

  test('Light overrides a dark system and survives a reload; System gives it back', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openApp(page);
    await themeControl(page).selectOption('Light');
    await expectLight(page);
    await expect(page.locator('.react-flow')).toHaveClass(/\blight\b/);

    await page.reload();
    await expect(node(page, 'master')).toBeVisible();
    await expect(themeControl(page)).toHaveValue('light');
    await expectLight(page);

    await themeControl(page).selectOption('System');
    await expectDark(page);
    await page.reload();
    await expect(node(page, 'master')).toBeVisible();
    await expectDark(page);
  });

  test('Dark overrides a light system and survives a reload', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openApp(page);
    await expectLight(page);
    await themeControl(page).selectOption('Dark');
    await expectDark(page);
    await expect(page.locator('.react-flow')).toHaveClass(/\bdark\b/);

    await page.reload();
    await expect(node(page, 'master')).toBeVisible();
    await expect(themeControl(page)).toHaveValue('dark');
    await expectDark(page);
  });

  test('the command palette sets the theme too, and the Theme control follows', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openApp(page);
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Commands' });
    await palette.getByRole('searchbox').fill('theme dark');
    await palette.getByRole('option', { name: /^Theme: Dark/ }).click();
    await expectDark(page);
    await expect(themeControl(page)).toHaveValue('dark');
  });

  test('a reload in the chosen theme has it on the page before the app draws anything', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openApp(page);
    await themeControl(page).selectOption('Dark');
    // Watched from the document's creation: what <html> says when #root gets its first child.
    await page.addInitScript(() => {
      const watcher = new MutationObserver(() => {
        if (!document.getElementById('root')?.firstChild) return;
        watcher.disconnect();
        document.documentElement.setAttribute(
          'data-theme-at-first-render',
          document.documentElement.dataset.theme ?? 'none',
        );
      });
      watcher.observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    await expect(node(page, 'master')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme-at-first-render', 'dark');
  });
});
