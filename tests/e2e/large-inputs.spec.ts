import { readFileSync, writeFileSync } from 'node:fs';
import { expect as baseExpect, type Page, test } from '@playwright/test';
import { manyServicesFiles } from '../support/many-services.mjs';
import {
  allNodes,
  chooseImport,
  detailsPanel,
  diagram,
  expectDefaultServices,
  importThroughChooser,
  liveRegion,
  node,
  openApp,
  panelTitle,
  selectEnvironment,
  servicesList,
} from './helpers';

// Large inputs take seconds to read and draw, more so under two workers; no figure here is
// a timing (the benchmark measures them), the waits only give the app room.
const expect = baseExpect.configure({ timeout: 30_000 });

async function projectMenu(page: Page, item: string) {
  await page.locator('summary', { hasText: 'Project' }).click();
  return page.getByRole('button', { name: item, exact: true });
}

type Environments = Record<string, Record<string, unknown>>;

/**
 * The app's own export of its default project, grown to `size` environments with inactive
 * branches (`bulk-0` … under `staging`, eight to a parent), as a project of a large agency
 * would be: few commits, many branches.
 */
async function largeProjectFile(page: Page, size: number, path: string): Promise<void> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    (await projectMenu(page, 'Export JSON')).click(),
  ]);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const environments: Environments = file.project.environments;
  const template = environments['feature-old-theme'] as Record<string, unknown>;
  const bulk = size - Object.keys(environments).length;
  for (let i = 0; i < bulk; i++) {
    environments[`bulk-${i}`] = {
      ...template,
      id: `bulk-${i}`,
      title: `Bulk branch ${i}`,
      parentId: i < 8 ? 'staging' : `bulk-${Math.floor(i / 8) - 1}`,
    };
  }
  writeFileSync(path, JSON.stringify(file));
}

/** Records every text the status region shows at an animation frame, that is, on screen. */
async function recordStatusFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { statusFrames: string[] }).statusFrames = seen;
    const frame = () => {
      const text = document.querySelector('[role="status"]')?.textContent ?? '';
      if (text !== '' && seen.at(-1) !== text) seen.push(text);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

const statusFrames = (page: Page) =>
  page.evaluate(() => (window as unknown as { statusFrames: string[] }).statusFrames);

test.describe('large inputs', () => {
  test.setTimeout(180_000);

  test('a 5,000-service services.yaml: the panel pages its lists, and Undo/Redo keep working', async ({
    page,
  }) => {
    await openApp(page);
    await importThroughChooser(page, manyServicesFiles(5000));
    await chooseImport(page, 'New project');
    await expect(liveRegion(page)).toContainText('Imported 2 files into a new Starter project');
    await selectEnvironment(page, 'staging', 'Staging');

    const list = servicesList(page);
    const items = list.locator(':scope > li');
    await expect(items).toHaveCount(100);
    await expect(items.first()).toContainText('svc0');
    await expect(items.first()).toContainText('relationship "rel0"');
    const panel = detailsPanel(page);
    await expect(panel.getByText('Showing 100 of 5,000 services')).toBeVisible();

    // From the keyboard: Enter on "Show 100 more", and the focus lands on service 101.
    await panel.getByRole('button', { name: 'Show 100 more services' }).focus();
    await page.keyboard.press('Enter');
    await expect(items).toHaveCount(200);
    await expect(items.nth(100)).toBeFocused();
    await expect(items.nth(100)).toContainText('svc100');
    await expect(panel.getByText('Showing 200 of 5,000 services')).toBeVisible();

    // The variables the platform sets are folded, and page once opened.
    const relationships = panel
      .getByRole('term')
      .filter({ hasText: 'MAGENTO_CLOUD_RELATIONSHIPS' })
      .locator('xpath=following-sibling::dd[1]');
    await relationships.getByText('base64 JSON').click();
    await expect(relationships.getByRole('list', { name: 'Relationships' })).toBeVisible();
    await expect(relationships.getByText('Showing 100 of 5,000 relationships')).toBeVisible();

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(panelTitle(page)).toHaveText('Staging');
    await expectDefaultServices(page);
    await expect(panel.getByText(/^Showing \d/)).toHaveCount(0);

    // Back again, as far down the list as the user had read.
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect(items).toHaveCount(200);
    await expect(panel.getByText('Showing 200 of 5,000 services')).toBeVisible();
    await panel.getByRole('button', { name: 'Show all 5,000 services' }).click();
    await expect(items).toHaveCount(5000);
    await expect(items.last()).toContainText('svc4999');
  });

  test('a 20,000-environment project file: a status says what is under way, then the diagram', async ({
    page,
  }, testInfo) => {
    await openApp(page);
    const path = testInfo.outputPath('project-20000.json');
    await largeProjectFile(page, 20_000, path);

    await recordStatusFrames(page);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      (await projectMenu(page, 'Open project JSON')).click(),
    ]);
    await chooser.setFiles(path);
    await expect(liveRegion(page)).toContainText('Imported project-20000.json.', {
      timeout: 120_000,
    });

    const shown = await statusFrames(page);
    const progress = shown.findIndex((text) =>
      text.startsWith('Opening a large project (20,000 environments)'),
    );
    const done = shown.findIndex((text) => text.startsWith('Imported project-20000.json.'));
    expect(progress, `statuses on screen: ${shown.join(' | ')}`).toBeGreaterThanOrEqual(0);
    expect(progress).toBeLessThan(done);

    // The diagram: the tree's root is drawn, and only what is on screen of 20 000 nodes.
    await expect(node(page, 'master')).toBeVisible();
    const drawn = await allNodes(page).count();
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(20_000);

    // A branch far off screen is one search away.
    const search = diagram(page).getByRole('searchbox');
    await search.fill('bulk-19990');
    await search.press('Enter');
    await expect(panelTitle(page)).toHaveText('Bulk branch 19990');
    await expect(node(page, 'bulk-19990')).toBeVisible();
  });
});
