import { expect, type Locator, type Page, test } from '@playwright/test';
import { detailsPanel, node, openApp, panelSection, panelTitle } from './helpers';

/**
 * The frame holds from a phone to a large screen (issue 13, Done when 1): the page itself
 * never scrolls, only its panels; the header keeps to its rows, with what does not fit in
 * "More"; nothing covers the header or the diagram's top node; the Variables table's cells
 * never overlap; dark mode follows the system.
 */

const SIZES = [
  { width: 390, height: 844 },
  { width: 1024, height: 700 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

const PLANS = [
  { id: 'starter', label: 'Starter' },
  { id: 'pro', label: 'Pro' },
  { id: 'pro-legacy', label: 'Pro legacy' },
] as const;

/** Every control of the header, by the role and name tests and people find it by. */
const HEADER_CONTROLS: readonly (readonly ['button' | 'radiogroup' | 'combobox', string])[] = [
  ['radiogroup', 'Plan'],
  ['radiogroup', 'Rules'],
  ['radiogroup', 'View'],
  ['button', 'Import files'],
  ['button', 'Paste / folder…'],
  ['button', 'Paste CLI output'],
  ['button', 'Project'],
  ['button', 'Undo'],
  ['button', 'Redo'],
  ['button', 'Reset project'],
  ['button', 'Commands'],
  ['button', 'Scenarios'],
  ['button', 'Legend'],
  ['button', 'Help'],
  ['combobox', 'Theme'],
];

const banner = (page: Page) => page.getByRole('banner');
const moreButton = (page: Page) => banner(page).getByRole('button', { name: 'More', exact: true });

/** How tall and wide the document is against the window, and how far it is scrolled. */
function documentSize(page: Page) {
  return page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    width: document.documentElement.scrollWidth,
    innerHeight: window.innerHeight,
    innerWidth: window.innerWidth,
    scrolled: [window.scrollX, window.scrollY],
  }));
}

async function expectNoDocumentScroll(page: Page): Promise<void> {
  const size = await documentSize(page);
  expect(size.height, 'document height against the window').toBe(size.innerHeight);
  expect(size.width, 'document width against the window').toBe(size.innerWidth);
  expect(size.scrolled).toEqual([0, 0]);
}

/** The rows the header's visible parts take: parts centred on one line count as one row. */
function headerRows(page: Page): Promise<number> {
  return banner(page).evaluate((header) => {
    const parts = [
      ...header.querySelectorAll<HTMLElement>(
        '.toolbar__title, [role="radiogroup"], button, summary, select',
      ),
    ].filter((part) => !part.closest('.header-menu__items') && part.getClientRects().length > 0);
    const boxes = parts.map((part) => part.getBoundingClientRect()).sort((a, b) => a.top - b.top);
    let rows = 0;
    let bottom = Number.NEGATIVE_INFINITY;
    for (const box of boxes) {
      if (box.top >= bottom - 1) {
        rows += 1;
        bottom = box.bottom;
      } else bottom = Math.max(bottom, box.bottom);
    }
    return rows;
  });
}

/**
 * For each element shown of `locator`, what the page draws over it at its centre and near
 * each corner (empty when nothing is), named by its text; all in one look at the page.
 */
function coveredAt(locator: Locator): Promise<Record<string, string[]>> {
  return locator.evaluateAll((elements) => {
    const found: Record<string, string[]> = {};
    for (const element of elements) {
      if (!element.checkVisibility()) continue;
      const box = element.getBoundingClientRect();
      const inset = Math.min(4, box.width / 4, box.height / 4);
      const points = [
        [box.left + box.width / 2, box.top + box.height / 2],
        [box.left + inset, box.top + inset],
        [box.right - inset, box.top + inset],
        [box.left + inset, box.bottom - inset],
        [box.right - inset, box.bottom - inset],
      ] as const;
      const covers: string[] = [];
      for (const [x, y] of points) {
        if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) {
          covers.push(`off the window at ${Math.round(x)},${Math.round(y)}`);
          continue;
        }
        const top = document.elementFromPoint(x, y);
        if (top && !element.contains(top))
          covers.push(
            `${top.tagName.toLowerCase()}.${top.className} at ${Math.round(x)},${Math.round(y)}`,
          );
      }
      const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
      found[`${element.tagName.toLowerCase()} "${name}"`] = covers;
    }
    return found;
  });
}

/** `coveredAt`, only the elements something covers. */
async function coveredParts(locator: Locator): Promise<Record<string, string[]>> {
  const found = await coveredAt(locator);
  return Object.fromEntries(Object.entries(found).filter(([, covers]) => covers.length > 0));
}

/**
 * Cells of the Variables table that overlap a neighbour of their row, and cells whose
 * content sticks out of them (cut off or drawn over the next one).
 */
function variableCellProblems(page: Page): Promise<string[]> {
  return panelSection(page, 'Variables')
    .getByRole('table')
    .first()
    .evaluate((table) => {
      const problems: string[] = [];
      const overlap = (a: DOMRect, b: DOMRect) =>
        a.left < b.right - 0.5 &&
        b.left < a.right - 0.5 &&
        a.top < b.bottom - 0.5 &&
        b.top < a.bottom - 0.5;
      for (const row of table.querySelectorAll('tbody tr')) {
        const name = row.querySelector('td')?.textContent ?? '?';
        const cells = [...row.querySelectorAll<HTMLElement>('td')];
        const boxes = cells.map((cell) => cell.getBoundingClientRect());
        boxes.forEach((a, i) => {
          boxes.forEach((b, j) => {
            if (i < j && a.width > 0 && b.width > 0 && overlap(a, b))
              problems.push(`${name}: cells ${i + 1} and ${j + 1} overlap`);
          });
        });
        cells.forEach((cell, i) => {
          const box = boxes[i];
          if (!box) return;
          if (cell.scrollWidth > cell.clientWidth + 1)
            problems.push(`${name}: cell ${i + 1} is cut off`);
          for (const part of cell.querySelectorAll<HTMLElement>('*')) {
            if (part.closest('.visually-hidden')) continue;
            const inner = part.getBoundingClientRect();
            if (inner.width === 0 || inner.height === 0) continue;
            if (inner.left < box.left - 0.5 || inner.right > box.right + 0.5)
              problems.push(`${name}: "${part.textContent}" sticks out of cell ${i + 1}`);
          }
        });
      }
      return problems;
    });
}

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });
    // Each test opens every plan in turn.
    test.slow();

    test('the document never scrolls, on every plan, even with the panel scrolled to its end', async ({
      page,
    }) => {
      for (const plan of PLANS) {
        await openApp(page, `?plan=${plan.id}&env=staging`);
        await expect(panelTitle(page)).toHaveText(/^Staging/);
        await expectNoDocumentScroll(page);
        // To the end of the panel, with the wheel and with the keyboard.
        await detailsPanel(page).hover();
        await page.mouse.wheel(0, 20_000);
        await detailsPanel(page).evaluate((panel) => {
          panel.scrollTop = panel.scrollHeight;
        });
        await node(page, 'staging').focus();
        await page.keyboard.press('End');
        await expect
          .poll(() => detailsPanel(page).evaluate((panel) => panel.scrollTop))
          .toBeGreaterThan(0);
        await expectNoDocumentScroll(page);
      }
    });

    test('the header keeps to its rows, every control reachable by its name', async ({ page }) => {
      for (const plan of PLANS) {
        await openApp(page, `?plan=${plan.id}`);
        expect(await headerRows(page), `${plan.label}: rows of the header`).toBeLessThanOrEqual(
          size.width < 600 ? 3 : 2,
        );
        // Each control is in the header, or in its "More" menu.
        const control = ([role, name]: (typeof HEADER_CONTROLS)[number]) =>
          banner(page).getByRole(role, { name, exact: true });
        const folded = [];
        for (const part of HEADER_CONTROLS)
          if (!(await control(part).isVisible())) folded.push(part);
        if (folded.length === 0) continue;
        await moreButton(page).click();
        await expect(moreButton(page)).toHaveAttribute('aria-expanded', 'true');
        for (const part of folded)
          await expect(control(part), `${plan.label}: ${part[1]} in More`).toBeVisible();
        await page.keyboard.press('Escape');
        await expect(moreButton(page)).toHaveAttribute('aria-expanded', 'false');
        await expect(moreButton(page)).toBeFocused();
      }
      // Wide enough, nothing is folded away.
      if (size.width >= 1280) await expect(moreButton(page)).toHaveCount(0);
    });

    test('nothing covers the header or the top node', async ({ page }) => {
      for (const plan of PLANS) {
        // The first view of the plan, with nothing selected, shows its root uncovered.
        await openApp(page, `?plan=${plan.id}`);
        await expect
          .poll(() => coveredParts(node(page, 'master')), `${plan.label}: master`)
          .toEqual({});
        // With an environment's details open, the header's parts are all in view.
        await node(page, 'feature-checkout').click();
        await expect(panelTitle(page)).toBeVisible();
        const parts = banner(page).locator('h1, [role="radiogroup"], button, select');
        expect(Object.keys(await coveredAt(parts)).length, 'header parts shown').toBeGreaterThan(3);
        expect(await coveredParts(parts), `${plan.label}: the header`).toEqual({});
      }
    });

    // One component draws the table on every plan: Pro's two environments stand for all.
    test('the Variables table has no overlapping cells', async ({ page }) => {
      for (const plan of PLANS.filter((p) => p.id === 'pro')) {
        for (const env of ['feature-checkout', 'master']) {
          await openApp(page, `?plan=${plan.id}&env=${env}`);
          const variables = panelSection(page, 'Variables');
          await variables.scrollIntoViewIfNeeded();
          await expect(variables.getByRole('row').nth(2)).toBeVisible();
          expect(await variableCellProblems(page), `${plan.label}, ${env}`).toEqual([]);
        }
      }
    });

    test('dark mode follows the system setting', async ({ page }) => {
      const background = (selector: string) =>
        page.evaluate(
          (css) => getComputedStyle(document.querySelector(css) as Element).backgroundColor,
          selector,
        );
      await page.emulateMedia({ colorScheme: 'dark' });
      await openApp(page, '?env=staging');
      for (const part of ['.toolbar', '.canvas', '.details'])
        expect(await background(part), part).toMatch(
          /^rgb\((\d|[1-3]\d), (\d|[1-3]\d), (\d|[1-3]\d)\)$/,
        );
      await page.emulateMedia({ colorScheme: 'light' });
      for (const part of ['.toolbar', '.canvas', '.details'])
        expect(await background(part), part).toMatch(/^rgb\(2[2-5]\d, 2[2-5]\d, 2[2-5]\d\)$/);
    });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the exports are under "Diagram options", and the corner is left to the tree', async ({
    page,
  }) => {
    await openApp(page, '?plan=pro');
    const exportPng = page.getByRole('button', { name: 'Export PNG', exact: true });
    await expect(exportPng).toBeHidden();
    // The lowest row of the first view, which the corner's buttons used to cover.
    await expect.poll(() => coveredParts(node(page, 'feature-checkout'))).toEqual({});

    await page.getByRole('button', { name: 'Diagram options', exact: true }).click();
    const options = page.getByRole('group', { name: 'Diagram options' });
    await expect(options.getByRole('button', { name: 'Export SVG', exact: true })).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      options.getByRole('button', { name: 'Export PNG', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('magento-cloud-pro.png');
  });

  test('the details panel is a sheet that leaves the diagram in view and closes from the keyboard', async ({
    page,
  }) => {
    await openApp(page, '?plan=pro&env=staging');
    const bar = page.getByRole('button', { name: 'Details: Staging' });
    await expect(bar).toHaveAttribute('aria-expanded', 'true');
    // The bar is there from the start; the panel's own chunk may still be on its way.
    await expect(panelTitle(page)).toHaveText('Staging');
    const sheet = await detailsPanel(page).boundingBox();
    const diagram = await page.getByRole('region', { name: 'Diagram' }).boundingBox();
    if (!sheet || !diagram) throw new Error('the panel or the diagram is not drawn');
    expect(sheet.y, 'the sheet starts below the top of the diagram').toBeGreaterThan(
      diagram.y + diagram.height / 3,
    );
    expect(sheet.width).toBeLessThanOrEqual(390);

    await bar.focus();
    await page.keyboard.press('Enter');
    await expect(bar).toHaveAttribute('aria-expanded', 'false');
    await expect(detailsPanel(page)).toBeHidden();
    // Closed, it covers nothing: the panels below the diagram end above its bar.
    const activity = await page.getByRole('region', { name: 'Activity' }).boundingBox();
    const closedBar = await bar.boundingBox();
    if (!activity || !closedBar) throw new Error('the Activity region or the bar is not drawn');
    expect(activity.y + activity.height).toBeLessThanOrEqual(closedBar.y + 0.5);

    await page.keyboard.press('Space');
    await expect(bar).toHaveAttribute('aria-expanded', 'true');
    await expect(panelTitle(page)).toHaveText('Staging');
    await expectNoDocumentScroll(page);

    // Closed, a new selection opens it again.
    await bar.click();
    await expect(detailsPanel(page)).toBeHidden();
    await node(page, 'integration').click();
    await expect(panelTitle(page)).toHaveText('Integration');
  });
});

test('the outcome of an operation covers no node and no export button, on a large project', async ({
  page,
}) => {
  await openApp(page, '?synthetic=1000&env=master');
  await detailsPanel(page).getByRole('button', { name: 'Redeploy', exact: true }).click();
  const status = page.getByRole('status').filter({ hasText: /\S/ });
  await expect(status).toBeVisible();
  const box = await status.boundingBox();
  const diagram = await page.getByRole('region', { name: 'Diagram' }).boundingBox();
  if (!box || !diagram) throw new Error('the outcome or the diagram is not drawn');
  // Below the diagram altogether, where no node, control or export button can be.
  expect(box.y).toBeGreaterThanOrEqual(diagram.y + diagram.height - 0.5);
  for (const name of ['Export PNG', 'Export SVG']) {
    const button = await page.getByRole('button', { name, exact: true }).boundingBox();
    if (!button) throw new Error(`${name} is not drawn`);
    expect(button.y + button.height, name).toBeLessThanOrEqual(box.y);
  }
  expect(await coveredParts(status)).toEqual({});
});
