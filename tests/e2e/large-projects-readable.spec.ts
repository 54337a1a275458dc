import { expect as baseExpect, type Locator, type Page, test } from '@playwright/test';
import {
  environmentListTable,
  SIXTY_CURRENT,
  sixtyEnvironmentRows,
} from '../support/large-cli-sample';
import { diagram, liveRegion, node, openApp, operationButton, panelTitle } from './helpers';

// Role queries walk a large tree's accessibility tree on every poll (see large-project.spec).
const expect = baseExpect.configure({ timeout: 15_000 });

/** The on-screen size of a node's title: its font size times the diagram's zoom. */
async function titlePx(page: Page, id: string): Promise<number> {
  return node(page, id)
    .locator('.env-node__title')
    .evaluate((el) => {
      const viewport = el.closest('.react-flow__viewport');
      if (!viewport || getComputedStyle(el).display === 'none') return 0;
      const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
      return Number.parseFloat(getComputedStyle(el).fontSize) * zoom;
    });
}

type Box = Readonly<{ x: number; y: number; width: number; height: number }>;

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5;

/** Whether the node is drawn wholly inside the diagram's pane. */
async function inView(page: Page, id: string): Promise<boolean> {
  // A large diagram draws only the nodes in view.
  if ((await node(page, id).count()) === 0) return false;
  const [box, pane] = await Promise.all([
    node(page, id).boundingBox(),
    diagram(page).boundingBox(),
  ]);
  return box !== null && pane !== null && inside(box, pane);
}

/** Waits until the node is in view with a title that reads (10 px or more on screen). */
async function expectReadableInView(page: Page, id: string): Promise<void> {
  await expect.poll(() => inView(page, id), { message: `${id} is in view` }).toBe(true);
  await expect
    .poll(() => titlePx(page, id), { message: `${id}'s title reads` })
    .toBeGreaterThanOrEqual(10);
}

function statusFilter(page: Page): Locator {
  return diagram(page).getByRole('combobox', { name: 'Status' });
}

function foldButton(page: Page): Locator {
  return diagram(page).getByRole('button', { name: 'Fold inactive', exact: true });
}

function searchBox(page: Page): Locator {
  return diagram(page).getByRole('searchbox', { name: 'Find an environment' });
}

async function openLarge(page: Page, query: string): Promise<void> {
  await page.goto(`/${query}`);
  await expect(node(page, 'master')).toBeVisible({ timeout: 30_000 });
}

test.describe('a large project opens readable', () => {
  test.setTimeout(90_000);

  for (const size of [1000, 3000]) {
    test(`${size} environments: Production and the active branches, titles 10 px or more, the inactive folded`, async ({
      page,
    }) => {
      await openLarge(page, `?plan=starter&synthetic=${size}`);
      await expect(node(page, 'master')).toHaveAttribute('aria-label', /^Production: /);
      for (const id of ['master', 'staging', 'feature-checkout', 'feature-checkout-search'])
        await expectReadableInView(page, id);
      await expect(foldButton(page)).toHaveAttribute('aria-pressed', 'true');
      // The rest is folded into groups that count it, not drawn as specks.
      const groups = page.locator('.react-flow__node-inactive-group');
      const hidden = await groups.evaluateAll((els) =>
        els.reduce((sum, el) => sum + Number.parseInt(el.textContent ?? '0', 10), 0),
      );
      const drawn = await page.locator('.react-flow__node-environment').count();
      expect(drawn).toBeLessThan(20);
      expect(drawn + hidden).toBe(size);
    });
  }

  test('zoomed far out, the production line and the active branches stay labelled', async ({
    page,
  }) => {
    await openLarge(page, '?plan=starter&synthetic=3000');
    const labels = page.locator('.key-label');
    await expectReadableInView(page, 'master');
    // Titles read: no labels over them.
    await expect(labels).toHaveCount(0);
    const zoomOut = diagram(page).getByRole('button', { name: 'Zoom Out' });
    while (await zoomOut.isEnabled()) await zoomOut.click();
    expect(await titlePx(page, 'master')).toBeLessThan(10);
    for (const title of ['Production', 'Staging', 'Checkout with RabbitMQ', 'Checkout search'])
      await expect(labels.filter({ hasText: title })).toBeVisible();
    const size = await labels
      .filter({ hasText: 'Production' })
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(10);
  });
});

test.describe('what filter, search, fold and deep links find is brought into view', () => {
  test.setTimeout(90_000);

  test('Status "Active" on 3000 drawn environments shows the four active ones, readable', async ({
    page,
  }) => {
    await openLarge(page, '?plan=starter&synthetic=3000&fold=off');
    await expect(foldButton(page)).toHaveAttribute('aria-pressed', 'false');
    await statusFilter(page).selectOption({ label: 'Active' });
    for (const id of ['master', 'staging', 'feature-checkout', 'feature-checkout-search'])
      await expectReadableInView(page, id);
    await expect(page.locator('.react-flow__node')).toHaveCount(4);
  });

  test('search moves to the best match as the user types, out of its fold; Enter selects it', async ({
    page,
  }) => {
    await openLarge(page, '?plan=starter&synthetic=3000');
    await expect(node(page, 'feature-old-theme')).toHaveCount(0);
    await searchBox(page).pressSequentially('old-theme', { delay: 30 });
    await expectReadableInView(page, 'feature-old-theme');
    // Only shown: nothing is selected until Enter.
    await expect(panelTitle(page)).toHaveCount(0);
    await searchBox(page).press('Enter');
    await expect(panelTitle(page)).toHaveText('Old theme experiment');
    await expect(node(page, 'feature-old-theme')).toHaveClass(/\bselected\b/);
    await expectReadableInView(page, 'feature-old-theme');
  });

  test('Fold inactive lands on the production line, readable', async ({ page }) => {
    await openLarge(page, '?plan=pro&synthetic=3000&fold=off');
    // Scroll the view away from the root first, as a user exploring the tree would.
    const pane = await diagram(page).boundingBox();
    if (!pane) throw new Error('no diagram');
    // From the empty band beside the toolbar, above the root's level.
    await page.mouse.move(pane.x + 40, pane.y + 70);
    await page.mouse.down();
    await page.mouse.move(pane.x + pane.width - 20, pane.y + pane.height - 20, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => inView(page, 'master')).toBe(false);

    await foldButton(page).click();
    await expect(foldButton(page)).toHaveAttribute('aria-pressed', 'true');
    for (const id of ['master', 'production', 'staging', 'integration'])
      await expectReadableInView(page, id);
  });

  test('a deep link to a folded-away environment selects it, unfolds it and shows it', async ({
    page,
  }) => {
    await openLarge(page, '?plan=starter&synthetic=3000&env=feature-old-theme');
    await expect(panelTitle(page)).toHaveText('Old theme experiment');
    await expect(node(page, 'feature-old-theme')).toHaveClass(/\bselected\b/);
    await expectReadableInView(page, 'feature-old-theme');
    await expectReadableInView(page, 'master');
  });

  test('the list view selects a folded-away environment; back on the diagram it is shown', async ({
    page,
  }) => {
    await openLarge(page, '?plan=starter&synthetic=3000');
    await page.getByRole('radio', { name: 'List' }).check();
    const grid = page.getByRole('treegrid', { name: 'Environments' });
    await page.getByRole('searchbox', { name: /Filter environments/ }).fill('old-theme');
    await grid
      .getByRole('row', { name: /feature-old-theme/ })
      .first()
      .click();
    await expect(panelTitle(page)).toHaveText('Old theme experiment');
    await page.getByRole('radio', { name: 'Diagram' }).check();
    await expect(node(page, 'feature-old-theme')).toHaveClass(/\bselected\b/);
    await expectReadableInView(page, 'feature-old-theme');
  });

  test('a new branch is brought into view and stays out of the fold', async ({ page }) => {
    await openLarge(page, '?plan=pro&synthetic=1000');
    await node(page, 'feature-checkout-search').click();
    await expect(panelTitle(page)).toHaveText('Checkout search with Solr');
    await operationButton(page, 'Branch').click();
    const form = page.getByRole('form', { name: 'Branch from feature-checkout-search' });
    await form.getByRole('textbox', { name: 'New branch name' }).fill('brand-new');
    await form.getByRole('button', { name: 'Create branch' }).click();
    await expect(panelTitle(page)).toHaveText('brand-new');
    await expectReadableInView(page, 'brand-new');
  });
});

test.describe('the diagram toolbar', () => {
  for (const size of [
    { width: 1024, height: 700 },
    { width: 390, height: 844 },
  ]) {
    test(`keeps to one row above the top node at ${size.width}x${size.height}, the rest under "Diagram options"`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await openApp(page, '?plan=pro');
      const toolbar = page.locator('.diagram-toolbar');
      const more = diagram(page).getByRole('button', { name: 'Diagram options' });
      await expect(more).toHaveAttribute('aria-expanded', 'false');
      await expect(searchBox(page)).toBeVisible();
      const bar = await toolbar.boundingBox();
      const top = await node(page, 'master').boundingBox();
      if (!bar || !top) throw new Error('no toolbar or node');
      // One row (a control is about 30 px high), ending above the top node.
      expect(bar.height).toBeLessThan(48);
      expect(bar.y + bar.height).toBeLessThanOrEqual(top.y);

      await more.click();
      await expect(more).toHaveAttribute('aria-expanded', 'true');
      await statusFilter(page).selectOption({ label: 'Inactive' });
      await expect(node(page, 'feature-checkout')).toHaveCount(0);
      await expect(diagram(page).getByRole('combobox', { name: 'Role' })).toBeVisible();
      await expect(foldButton(page)).toBeVisible();
      await expect(diagram(page).getByRole('button', { name: 'Left to right' })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(more).toHaveAttribute('aria-expanded', 'false');
      await expect(more).toBeFocused();
      await expect(statusFilter(page)).toHaveCount(0);
    });
  }
});

test('a 60-environment CLI paste shows its current environment, inactive, readable at 1280x800', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await openApp(page);
  await page.getByRole('button', { name: 'Paste CLI output' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste CLI output' });
  await dialog
    .getByRole('textbox', { name: 'CLI output' })
    .fill(environmentListTable('Big Store', sixtyEnvironmentRows()));
  await dialog.getByRole('button', { name: 'Read' }).click();
  await dialog
    .getByRole('region', { name: 'Preview' })
    .getByRole('button', { name: 'Apply' })
    .click();
  await expect(dialog).toHaveCount(0);
  await expect(liveRegion(page)).toContainText('Read 60 environments from environment:list');
  await expect(panelTitle(page)).toHaveText(SIXTY_CURRENT.title);
  await expect(node(page, SIXTY_CURRENT.id)).toHaveAttribute('aria-label', /inactive$/);
  await expect(node(page, SIXTY_CURRENT.id)).toHaveClass(/\bselected\b/);
  await expectReadableInView(page, SIXTY_CURRENT.id);
  await expectReadableInView(page, 'master');
});
