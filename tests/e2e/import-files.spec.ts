import { expect, test } from '@playwright/test';
import {
  allNodes,
  chooseImport,
  dataTransferOf,
  expectDefaultServices,
  importPreview,
  importThroughChooser,
  liveRegion,
  node,
  openApp,
  realProjectFiles,
  realProjectTexts,
  selectEnvironment,
  serviceItem,
  servicesList,
} from './helpers';

const PRO_FIXED = ['master', 'production', 'staging', 'integration'];

test.describe('import real project files', () => {
  test('chubin1999__datn through the file chooser on Pro; Undo brings the default back', async ({
    page,
  }) => {
    await openApp(page, '?plan=pro');
    await expect(node(page, 'feature-checkout')).toBeVisible();

    // The chooser gives bare names: services.yaml and routes.yaml arrive without `.magento/`.
    const files = realProjectFiles('chubin1999__datn');
    expect(files).toHaveLength(4);
    await importThroughChooser(page, files);

    // All four files are there and valid; they ask for more disk than the plan's 5 GB, so the
    // project gets the storage they need, which the report says.
    const warnings = importPreview(page).getByRole('list', { name: 'Warnings' });
    await expect(warnings.getByRole('listitem')).toHaveCount(1);
    await expect(warnings.getByRole('listitem')).toContainText(
      'the project gets 20480 MB of storage',
    );
    await chooseImport(page, 'New project');
    await expect(liveRegion(page)).toHaveText(
      'Imported 4 files into a new Pro project with 1 warning. Undo brings back the previous project.',
    );

    // Only the plan's fixed branches, all drawn.
    await expect(allNodes(page)).toHaveCount(PRO_FIXED.length);
    for (const id of PRO_FIXED) await expect(node(page, id)).toBeVisible();
    await expect(node(page, 'feature-checkout')).toHaveCount(0);
    await expect(node(page, 'feature-old-theme')).toHaveCount(0);

    await selectEnvironment(page, 'staging', 'Staging');
    const expected = [
      ['mysql', 'mysql:10.3', 'database'],
      ['redis', 'redis:5.0', 'redis'],
      ['elasticsearch', 'elasticsearch:7.7', 'elasticsearch'],
      ['rabbitmq', 'rabbitmq:3.8', 'rabbitmq'],
    ] as const;
    for (const [id, type, relationship] of expected) {
      const item = serviceItem(page, id, type);
      await expect(item).toHaveCount(1);
      await expect(item).toContainText(`relationship "${relationship}"`);
    }
    await expect(servicesList(page).getByRole('listitem')).toHaveCount(expected.length);

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(node(page, 'feature-checkout')).toBeVisible();
    await expect(node(page, 'feature-old-theme')).toBeVisible();
    await expect(allNodes(page)).toHaveCount(6);
    await selectEnvironment(page, 'staging', 'Staging');
    await expectDefaultServices(page);
  });

  test('magento__magento-cloud@2016 dropped on the page on Starter', async ({ page }) => {
    await openApp(page);
    const overlay = page.getByText('Drop .magento files or a project folder to import them');
    await expect(overlay).toHaveCount(0);

    const files = realProjectTexts('magento__magento-cloud@2016');
    expect(files.map((f) => f.name).sort()).toEqual([
      '.magento.app.yaml',
      'routes.yaml',
      'services.yaml',
    ]);
    const dataTransfer = await dataTransferOf(page, files);
    await page.dispatchEvent('body', 'dragenter', { dataTransfer });
    await expect(overlay).toBeVisible();
    await page.dispatchEvent('body', 'dragover', { dataTransfer });
    await page.dispatchEvent('body', 'drop', { dataTransfer });

    await expect(overlay).toHaveCount(0);
    // The repository has no .magento.env.yaml: the preview warns of it.
    await expect(importPreview(page).getByRole('list', { name: 'Warnings' })).toContainText(
      'no .magento.env.yaml',
    );
    await chooseImport(page, 'New project');
    await expect(liveRegion(page)).toHaveText(
      'Imported 3 files into a new Starter project with 1 warning. Undo brings back the previous project.',
    );

    await expect(allNodes(page)).toHaveCount(2);
    await expect(node(page, 'feature-checkout')).toHaveCount(0);
    await selectEnvironment(page, 'staging', 'Staging');
    await expect(serviceItem(page, 'solr', 'solr:4.10')).toHaveCount(1);
    await expect(serviceItem(page, 'solr', 'solr:4.10')).toContainText('relationship "solr"');
    await expect(serviceItem(page, 'mysql', 'mysql:10.0')).toHaveCount(1);
    await expect(serviceItem(page, 'redis', 'redis:3.0')).toHaveCount(1);
    await expect(servicesList(page).getByRole('listitem')).toHaveCount(3);
  });

  test('files dragged over the page and away again import nothing', async ({ page }) => {
    await openApp(page);
    const overlay = page.getByText('Drop .magento files or a project folder to import them');
    const dataTransfer = await dataTransferOf(
      page,
      realProjectTexts('magento__magento-cloud@2016'),
    );
    await page.dispatchEvent('body', 'dragenter', { dataTransfer });
    await expect(overlay).toBeVisible();
    await page.dispatchEvent('body', 'dragleave', { dataTransfer });
    await expect(overlay).toHaveCount(0);
    await expect(node(page, 'feature-checkout')).toBeVisible();
    await expect(allNodes(page)).toHaveCount(4);
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });
});
