import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { lzStringBomb } from '../support/hostile-input';
import {
  activityEntries,
  dragOnto,
  expectNoSecrets,
  liveRegion,
  node,
  openApp,
  panelTitle,
  planRadio,
  selectEnvironment,
  serviceItem,
  switchPlan,
  variableRows,
} from './helpers';

async function addVariable(page: Page, name: string, value: string): Promise<void> {
  await page.getByRole('button', { name: 'Add variable' }).click();
  await page.getByLabel('Variable name').fill(name);
  await page.getByLabel('Value', { exact: true }).fill(value);
  await page.getByRole('button', { name: 'Save variable' }).click();
  await expect(variableRows(page, name)).toHaveCount(1);
}

async function projectMenu(page: Page, item: string) {
  await page.locator('summary', { hasText: 'Project' }).click();
  return page.getByRole('button', { name: item, exact: true });
}

test.describe('the project survives', () => {
  test('a reload after a merge, a variable change and a plan switch', async ({ page }) => {
    await openApp(page);
    await dragOnto(page, 'feature-checkout', 'staging');
    await expect(liveRegion(page)).toContainText('Merged feature-checkout into staging');
    await selectEnvironment(page, 'feature-checkout', 'Checkout with RabbitMQ');
    await addVariable(page, 'SEARCH_ENGINE', 'opensearch');
    await switchPlan(page, 'Pro');

    // Back to the bare address: the saved state, not the URL, says what was there.
    await page.goto('/');
    await expect(planRadio(page, 'Pro')).toBeChecked();
    await switchPlan(page, 'Starter');
    await selectEnvironment(page, 'staging', 'Staging');
    await expect(serviceItem(page, 'rabbitmq', 'rabbitmq:3.5')).toBeVisible();
    await expect(node(page, 'staging')).toContainText('deployed: merged feature-checkout');
    await selectEnvironment(page, 'feature-checkout', 'Checkout with RabbitMQ');
    await expect(variableRows(page, 'SEARCH_ENGINE')).toContainText('opensearch');
    await expect(activityEntries(page).first()).toContainText('variable SEARCH_ENGINE added');
  });

  test('export to JSON, then import it into a fresh browser, gives the same project', async ({
    page,
    browser,
  }, testInfo) => {
    await openApp(page);
    await dragOnto(page, 'feature-checkout', 'staging');
    await expect(liveRegion(page)).toContainText('Merged');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      (await projectMenu(page, 'Export JSON')).click(),
    ]);
    const file = testInfo.outputPath('project.json');
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.project.plan).toBe('starter');

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await openApp(other);
    await selectEnvironment(other, 'staging', 'Staging');
    await expect(serviceItem(other, 'rabbitmq', 'rabbitmq:3.5')).toHaveCount(0);
    const [chooser] = await Promise.all([
      other.waitForEvent('filechooser'),
      (await projectMenu(other, 'Open project JSON')).click(),
    ]);
    await chooser.setFiles(file);
    await expect(liveRegion(other)).toContainText('Imported project.json');
    await selectEnvironment(other, 'staging', 'Staging');
    await expect(serviceItem(other, 'rabbitmq', 'rabbitmq:3.5')).toBeVisible();

    // Export again from the second browser: the same project, field for field.
    const [again] = await Promise.all([
      other.waitForEvent('download'),
      (await projectMenu(other, 'Export JSON')).click(),
    ]);
    const second = testInfo.outputPath('again.json');
    await again.saveAs(second);
    expect(JSON.parse(readFileSync(second, 'utf8')).project).toEqual(exported.project);
    await fresh.close();
  });

  test('a share link opened in a fresh browser shows the same project, without sensitive values', async ({
    page,
    browser,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openApp(page, '?plan=pro');
    await dragOnto(page, 'feature-checkout', 'integration');
    await expect(liveRegion(page)).toContainText('Merged');
    await (await projectMenu(page, 'Copy share link')).click();
    await expect(liveRegion(page)).toContainText('Sensitive values are not included in the link');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('#share=');

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link.replace(/^https?:\/\/[^/]+/, ''));
    await expect(liveRegion(other)).toContainText('Opened a shared project');
    await expect(planRadio(other, 'Pro')).toBeChecked();
    await selectEnvironment(other, 'integration', 'Integration');
    await expect(serviceItem(other, 'rabbitmq', 'rabbitmq:3.5')).toBeVisible();
    await expectNoSecrets(other);
    // What the fresh browser saves of the shared (Pro) project holds no secret either.
    await expect
      .poll(() =>
        other.evaluate(() => {
          const saved = JSON.parse(localStorage.getItem('magento-cloud-explorer') ?? '{}');
          return JSON.stringify(saved.state?.projects?.['2.1']?.pro ?? null);
        }),
      )
      .toContain('feature-checkout');
    const savedPro = await other.evaluate(() =>
      JSON.stringify(
        JSON.parse(localStorage.getItem('magento-cloud-explorer') ?? '{}').state.projects['2.1']
          .pro,
      ),
    );
    for (const secret of ['Live-Adm1n-Secret!', '9f8e7d6c']) expect(savedPro).not.toContain(secret);
    await fresh.close();
  });

  test('a share link opened over saved work keeps that work one click away, after a reload too', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openApp(page);
    await (await projectMenu(page, 'Copy share link')).click();
    await expect(liveRegion(page)).toContainText('Sensitive values are not included in the link');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    // Work of the user's own after the link was made: the link does not hold it.
    await selectEnvironment(page, 'feature-old-theme', 'Old theme experiment');
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(node(page, 'feature-old-theme')).toHaveCount(0);

    await page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
    await expect(liveRegion(page)).toContainText('Opened a shared project');
    await expect(node(page, 'feature-old-theme')).toHaveCount(1);
    await page.reload();
    const notice = page
      .getByRole('alert')
      .filter({ hasText: 'You are looking at a shared project' });
    await notice.getByRole('button', { name: 'Back to my project' }).click();
    await expect(node(page, 'feature-old-theme')).toHaveCount(0);
    await expect(notice).toHaveCount(0);
    await page.reload();
    await expect(node(page, 'feature-checkout')).toHaveCount(1);
    await expect(node(page, 'feature-old-theme')).toHaveCount(0);
  });

  test('a broken share link explains and keeps the current project', async ({ page }) => {
    await openApp(page);
    await dragOnto(page, 'feature-checkout', 'staging');
    await expect(liveRegion(page)).toContainText('Merged');
    await page.goto('/?plan=starter#share=N4Ig-this-is-not-a-project');
    await expect(liveRegion(page)).toContainText('kept');
    await selectEnvironment(page, 'staging', 'Staging');
    await expect(serviceItem(page, 'rabbitmq', 'rabbitmq:3.5')).toBeVisible();
    await expect(panelTitle(page)).toHaveText('Staging');
  });

  test('a crafted 261 KB link is refused with its limit named, and the tab lives on', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('crash', () => errors.push('the page crashed'));
    await openApp(page);
    await page.goto(`/?plan=starter#share=${lzStringBomb(261_000)}`);
    // Before the bounds, this link decompressed without end until the tab ran out of memory.
    await expect(liveRegion(page)).toContainText('longer than the 16 KB', { timeout: 2000 });
    await selectEnvironment(page, 'staging', 'Staging');
    expect(errors).toEqual([]);
  });
});

test('a browser whose storage throws on every read still shows the project and works', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    Storage.prototype.getItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
  await openApp(page);
  await expect(liveRegion(page)).toContainText('nothing you do is saved when you leave');
  await dragOnto(page, 'feature-checkout', 'staging');
  await expect(activityEntries(page).first()).toContainText('merge');
  expect(errors).toEqual([]);
});
