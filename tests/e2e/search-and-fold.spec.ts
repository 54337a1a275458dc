import { expect, type Locator, type Page, test } from '@playwright/test';
import {
  activeCountText,
  allNodes,
  detailsPanel,
  diagram,
  liveRegion,
  node,
  openApp,
  operationButton,
  panelTitle,
  selectEnvironment,
  settledBox,
  urlParam,
} from './helpers';

function searchBox(page: Page): Locator {
  return page.getByRole('searchbox', { name: 'Find an environment' });
}

async function search(page: Page, query: string): Promise<void> {
  await searchBox(page).fill(query);
  await searchBox(page).press('Enter');
}

function foldButton(page: Page): Locator {
  return diagram(page).getByRole('button', { name: 'Fold inactive', exact: true });
}

/** The "N inactive" node that stands for folded inactive branches. */
function inactiveGroup(page: Page, count: number): Locator {
  return diagram(page).getByRole('button', { name: new RegExp(`^${count} inactive\\b`) });
}

/** Branches each name from staging with the Branch form, then deactivates it. */
async function addInactiveBranches(page: Page, names: readonly string[]): Promise<void> {
  for (const name of names) {
    await selectEnvironment(page, 'staging', 'Staging');
    await operationButton(page, 'Branch').click();
    const form = detailsPanel(page).getByRole('form', { name: 'Branch from staging' });
    await form.getByRole('textbox', { name: 'New branch name' }).fill(name);
    await form.getByRole('button', { name: 'Create branch' }).click();
    await expect(node(page, name)).toBeVisible();
    await expect(panelTitle(page)).toHaveText(name);
    await operationButton(page, 'Deactivate').click();
    await expect(liveRegion(page)).toContainText(`Deactivated ${name}`);
  }
}

test.describe('search', () => {
  test('"old" + Enter selects feature-old-theme, centres it and puts it in the URL', async ({
    page,
  }) => {
    await openApp(page);
    const pane = await settledBox(diagram(page));
    const paneCentre = { x: pane.x + pane.width / 2, y: pane.y + pane.height / 2 };
    const distanceToCentre = async () => {
      const box = await settledBox(node(page, 'feature-old-theme'));
      return Math.hypot(
        box.x + box.width / 2 - paneCentre.x,
        box.y + box.height / 2 - paneCentre.y,
      );
    };
    // Fit to view, a leaf is away from the centre: centring it is something to see.
    expect(await distanceToCentre()).toBeGreaterThan(40);

    await search(page, 'old');
    await expect(panelTitle(page)).toHaveText('Old theme experiment');
    await expect.poll(() => urlParam(page, 'env')).toBe('feature-old-theme');
    await expect(liveRegion(page)).toHaveText('Selected Old theme experiment (feature-old-theme).');
    await expect.poll(distanceToCentre).toBeLessThan(20);
  });

  test('an unknown query says no environment matches; a title finds its branch', async ({
    page,
  }) => {
    await openApp(page);
    await search(page, 'no-such-branch');
    await expect(liveRegion(page)).toHaveText('No environment matches "no-such-branch".');
    await expect(diagram(page).getByText('no match', { exact: true })).toBeVisible();
    await expect(panelTitle(page)).toHaveCount(0);
    expect(urlParam(page, 'env')).toBeNull();

    await search(page, 'RabbitMQ');
    await expect(panelTitle(page)).toHaveText('Checkout with RabbitMQ');
    await expect.poll(() => urlParam(page, 'env')).toBe('feature-checkout');
  });
});

test.describe('fold inactive branches and filter', () => {
  const LEAVES = ['a', 'b', 'feature-old-theme'];

  /** Makes staging's three inactive leaves (a, b, feature-old-theme) and folds them. */
  async function foldThreeLeaves(page: Page): Promise<void> {
    await openApp(page);
    await addInactiveBranches(page, ['a', 'b']);
    await expect(activeCountText(page)).toContainText('active: 3 of 4');
    await expect(allNodes(page)).toHaveCount(6);
    // The selection is never folded away (see below): select an active branch first.
    await selectEnvironment(page, 'feature-checkout', 'Checkout with RabbitMQ');

    await expect(foldButton(page)).toHaveAttribute('aria-pressed', 'false');
    await foldButton(page).click();
    await expect(foldButton(page)).toHaveAttribute('aria-pressed', 'true');
    await expect(inactiveGroup(page, 3)).toBeVisible();
    for (const id of LEAVES) await expect(node(page, id)).toHaveCount(0);
    await expect(node(page, 'feature-checkout')).toBeVisible();
    await expect(allNodes(page)).toHaveCount(4);
  }

  test('three inactive leaves of staging fold into "3 inactive"; a search for one opens them', async ({
    page,
  }) => {
    await foldThreeLeaves(page);

    // The group is a button: Enter on it shows the branches again.
    await inactiveGroup(page, 3).focus();
    await page.keyboard.press('Enter');
    await expect(inactiveGroup(page, 3)).toHaveCount(0);
    for (const id of LEAVES) await expect(node(page, id)).toBeVisible();

    // Folding again starts from folded groups; a search for a folded branch opens its group.
    await foldButton(page).click();
    await expect(foldButton(page)).toHaveAttribute('aria-pressed', 'false');
    await foldButton(page).click();
    await expect(inactiveGroup(page, 3)).toBeVisible();
    await expect(node(page, 'b')).toHaveCount(0);
    await search(page, 'b');
    await expect(node(page, 'b')).toBeVisible();
    await expect(inactiveGroup(page, 3)).toHaveCount(0);
    for (const id of LEAVES) await expect(node(page, id)).toBeVisible();
    await expect(panelTitle(page)).toHaveText('b');
    await expect.poll(() => urlParam(page, 'env')).toBe('b');
  });

  test('clicking the "3 inactive" node shows the three branches again', async ({ page }) => {
    await foldThreeLeaves(page);
    await inactiveGroup(page, 3).click();
    await expect(inactiveGroup(page, 3)).toHaveCount(0);
    for (const id of LEAVES) await expect(node(page, id)).toBeVisible();
    await expect(allNodes(page)).toHaveCount(6);
  });

  test('a selected inactive branch stays out of the fold, its siblings folded', async ({
    page,
  }) => {
    await openApp(page);
    await addInactiveBranches(page, ['a', 'b']);
    await expect(panelTitle(page)).toHaveText('b');
    await foldButton(page).click();
    await expect(inactiveGroup(page, 2)).toBeVisible();
    await expect(node(page, 'b')).toBeVisible();
    await expect(node(page, 'b')).toHaveClass(/\bselected\b/);
    for (const id of ['a', 'feature-old-theme']) await expect(node(page, id)).toHaveCount(0);
    // Selecting another keeps b where it is: nothing moves under the pointer.
    await selectEnvironment(page, 'feature-checkout', 'Checkout with RabbitMQ');
    await expect(node(page, 'b')).toBeVisible();
  });

  test('Status "Inactive" shows the inactive environments and their ancestors only', async ({
    page,
  }) => {
    await openApp(page, '?plan=pro');
    await expect(allNodes(page)).toHaveCount(6);
    const status = diagram(page).getByRole('combobox', { name: 'Status' });
    await status.selectOption({ label: 'Inactive' });
    // feature-old-theme and the line up to the root; the active leaf feature-checkout goes.
    for (const id of ['master', 'production', 'staging', 'integration', 'feature-old-theme'])
      await expect(node(page, id)).toBeVisible();
    await expect(node(page, 'feature-checkout')).toHaveCount(0);
    await expect(allNodes(page)).toHaveCount(5);

    await status.selectOption({ label: 'Active' });
    await expect(node(page, 'feature-old-theme')).toHaveCount(0);
    await expect(node(page, 'feature-checkout')).toBeVisible();
    await expect(allNodes(page)).toHaveCount(5);

    await status.selectOption({ label: 'All' });
    await expect(allNodes(page)).toHaveCount(6);
  });
});
