import { expect, type Locator, type Page, test } from '@playwright/test';
import { diagram, dragOver, edge, liveRegion, node, openApp } from './helpers';

/** Zooms the diagram out with its "Zoom Out" control until `done` holds (at most 20 clicks). */
async function zoomOutUntil(page: Page, done: () => Promise<boolean>): Promise<void> {
  const zoomOut = diagram(page).getByRole('button', { name: 'Zoom Out' });
  for (let clicks = 0; clicks < 20 && !(await done()); clicks++) await zoomOut.click();
  expect(await done()).toBe(true);
}

const roleLine = (page: Page, id: string): Locator => node(page, id).locator('.env-node__role');
const title = (page: Page, id: string): Locator => node(page, id).locator('.env-node__title');

/** The screen point where an edge's drawn path starts (its source end). */
function pathStart(locator: Locator): Promise<{ x: number; y: number }> {
  return locator.locator('.react-flow__edge-path').evaluate((path: SVGPathElement) => {
    const point = path.getPointAtLength(0);
    const matrix = path.getScreenCTM();
    if (!matrix) throw new Error('the path is not rendered');
    const screen = new DOMPoint(point.x, point.y).matrixTransform(matrix);
    return { x: screen.x, y: screen.y };
  });
}

test.describe('the diagram zoomed out', () => {
  test('a node shows its role and branch up close, only its title when small, then a coloured block', async ({
    page,
  }) => {
    const fontSize = (locator: Locator) =>
      locator.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    await openApp(page);
    await expect(roleLine(page, 'staging')).toBeVisible();
    await expect(node(page, 'staging').locator('code')).toHaveText('staging');
    const closeUp = await fontSize(title(page, 'staging'));

    await zoomOutUntil(page, async () => !(await roleLine(page, 'staging').isVisible()));
    await expect(title(page, 'staging')).toBeVisible();
    await expect(node(page, 'staging').locator('code')).toBeHidden();
    // The title is enlarged, so it can still be read at this zoom.
    expect(await fontSize(title(page, 'staging'))).toBeGreaterThan(1.5 * closeUp);

    await zoomOutUntil(page, async () => !(await title(page, 'staging').isVisible()));
    // Still there for the keyboard and screen readers, named in full.
    await expect(node(page, 'staging')).toHaveAttribute('aria-label', /Staging: .*branch staging/);

    await diagram(page).getByRole('button', { name: 'Fit View' }).click();
    await expect(roleLine(page, 'staging')).toBeVisible();
  });
});

test.describe('dragging a node', () => {
  test('its merge paths follow it, and go back with it when the drop is refused', async ({
    page,
  }) => {
    await openApp(page);
    const toParent = edge(page, 'feature-checkout', 'staging');
    const before = await toParent.locator('.react-flow__edge-path').getAttribute('d');

    await dragOver(page, 'feature-checkout', 'master');
    // Mid-drag, the path to staging starts at the top centre of the moved node.
    await expect
      .poll(async () => {
        const box = await node(page, 'feature-checkout').boundingBox();
        const start = await pathStart(toParent);
        return box ? Math.hypot(start.x - (box.x + box.width / 2), start.y - box.y) : Infinity;
      })
      .toBeLessThan(6);
    await expect(toParent.locator('.react-flow__edge-path')).not.toHaveAttribute('d', before ?? '');
    await page.mouse.up();

    await expect(liveRegion(page)).toContainText('can only merge into its parent staging');
    await expect(toParent.locator('.react-flow__edge-path')).toHaveAttribute('d', before ?? '');
  });
});
