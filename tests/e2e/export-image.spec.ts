import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { diagram, liveRegion, openApp } from './helpers';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Clicks an export button and returns the downloaded file's name and bytes. */
async function exportImage(
  page: Page,
  button: 'Export PNG' | 'Export SVG',
): Promise<{ name: string; bytes: Buffer }> {
  const downloaded = page.waitForEvent('download');
  await diagram(page).getByRole('button', { name: button, exact: true }).click();
  const download = await downloaded;
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

test.describe('export the diagram', () => {
  test('"Export PNG" downloads a PNG image of the diagram', async ({ page }) => {
    await openApp(page);
    const { name, bytes } = await exportImage(page, 'Export PNG');
    expect(name).toMatch(/\.png$/);
    expect(bytes.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE), 'PNG signature').toBe(
      true,
    );
    expect(bytes.length).toBeGreaterThan(5 * 1024);
    await expect(liveRegion(page)).toHaveText('Exported the Starter diagram as PNG.');
  });

  test('"Export SVG" downloads an SVG that names the branches', async ({ page }) => {
    await openApp(page, '?plan=pro');
    const { name, bytes } = await exportImage(page, 'Export SVG');
    expect(name).toMatch(/\.svg$/);
    const text = bytes.toString('utf8');
    expect(text.startsWith('<svg')).toBe(true);
    expect(text).toContain('feature-checkout');
    expect(text).toContain('integration');
    await expect(liveRegion(page)).toHaveText('Exported the Pro diagram as SVG.');
  });
});
