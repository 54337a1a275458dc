import { expect, test } from '@playwright/test';
import { ENVIRONMENT_LIST_SAMPLE } from '../support/cli-samples';
import { environmentListTable, sixtyEnvironmentRows } from '../support/large-cli-sample';
import {
  allNodes,
  applyCliPaste,
  chooseImport,
  expectDefaultServices,
  importPreview,
  importThroughChooser,
  liveRegion,
  node,
  openApp,
  realProjectFiles,
  selectEnvironment,
  serviceItem,
  variableRows,
} from './helpers';

const MAGENTO_2016 = 'magento__magento-cloud@2016';
const MAGENTO_2026 = 'magento__magento-cloud@2026-appserver';

test.describe('the import preview', () => {
  test('Keep my branches: the files go on master and down the tree; branches and variables stay', async ({
    page,
  }) => {
    await openApp(page);
    await importThroughChooser(page, realProjectFiles(MAGENTO_2026));

    // Before anything changes: what was read, and what each choice will do.
    const preview = importPreview(page);
    await expect(preview).toContainText('Nothing has changed yet');
    await expect(liveRegion(page)).toContainText('nothing has changed yet');
    const after = preview.getByRole('list', { name: 'Environments after the import' });
    await expect(after.getByRole('listitem')).toHaveCount(4);
    await expect(after.getByRole('listitem').filter({ hasText: /^master:/ })).toContainText(
      'the files committed and pushed here',
    );
    await expect(after.getByRole('listitem').filter({ hasText: /^staging:/ })).toContainText(
      'synced from its parent (code only)',
    );
    await expect(
      after.getByRole('listitem').filter({ hasText: /^feature-checkout:/ }),
    ).toContainText('its parent merged into its own work');
    await expect(
      after.getByRole('listitem').filter({ hasText: /^feature-old-theme:/ }),
    ).toContainText('inactive');
    await expect(preview.getByRole('region', { name: 'New project' })).toContainText(
      'give way to the plan',
    );
    await chooseImport(page, 'Keep my branches');
    await expect(liveRegion(page)).toContainText(
      'Imported 3 files into your Starter project, keeping its 4 environments',
    );

    await expect(allNodes(page)).toHaveCount(4);
    await expect(node(page, 'feature-old-theme')).toBeVisible();
    await selectEnvironment(page, 'staging', 'Staging');
    await expect(serviceItem(page, 'mariadb', 'mariadb:11.4')).toHaveCount(1);
    await expect(serviceItem(page, 'elasticsearch', 'elasticsearch:2.4')).toHaveCount(0);
    await expect(variableRows(page, 'ADMIN_URL')).toHaveCount(1);
    // feature-checkout keeps its own RabbitMQ on top of the imported services.
    await selectEnvironment(page, 'feature-checkout', 'Checkout with RabbitMQ');
    await expect(serviceItem(page, 'mariadb', 'mariadb:11.4')).toHaveCount(1);
    await expect(serviceItem(page, 'rabbitmq', 'rabbitmq:3.5')).toHaveCount(1);

    // One undo step takes the whole import back.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await selectEnvironment(page, 'staging', 'Staging');
    await expectDefaultServices(page);
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });

  test('a branch whose merge the platform would reject keeps its files, and the preview says why', async ({
    page,
  }) => {
    await openApp(page);
    // Solr on top of feature-checkout's own RabbitMQ asks for more disk than Starter's 5 GB.
    await importThroughChooser(page, realProjectFiles(MAGENTO_2016));
    const after = importPreview(page).getByRole('list', { name: 'Environments after the import' });
    await expect(
      after.getByRole('listitem').filter({ hasText: /^feature-checkout:/ }),
    ).toContainText('keeps its files: the platform would reject the merge');
    await expect(
      after.getByRole('listitem').filter({ hasText: /^feature-checkout:/ }),
    ).toContainText('disk: 5632.00MB > 5120.00MB');
    await chooseImport(page, 'Keep my branches');
    await selectEnvironment(page, 'feature-checkout', 'Checkout with RabbitMQ');
    await expect(serviceItem(page, 'solr', 'solr:4.10')).toHaveCount(0);
    await expect(serviceItem(page, 'elasticsearch', 'elasticsearch:2.4')).toHaveCount(1);
    await selectEnvironment(page, 'staging', 'Staging');
    await expect(serviceItem(page, 'solr', 'solr:4.10')).toHaveCount(1);
  });

  test('New project: the plan’s fixed branches only', async ({ page }) => {
    await openApp(page, '?plan=pro');
    await importThroughChooser(page, realProjectFiles(MAGENTO_2016));
    await expect(importPreview(page).getByRole('region', { name: 'New project' })).toContainText(
      'master, production, staging, integration',
    );
    await chooseImport(page, 'New project');
    await expect(allNodes(page)).toHaveCount(4);
    await expect(node(page, 'feature-checkout')).toHaveCount(0);
    await selectEnvironment(page, 'integration', 'Integration');
    await expect(serviceItem(page, 'solr', 'solr:4.10')).toHaveCount(1);
  });

  test('Cancel and Escape change nothing', async ({ page }) => {
    await openApp(page);
    for (const close of ['Cancel', 'Escape'] as const) {
      await importThroughChooser(page, realProjectFiles(MAGENTO_2016));
      await expect(importPreview(page)).toBeVisible();
      if (close === 'Cancel')
        await importPreview(page).getByRole('button', { name: 'Cancel' }).click();
      else await page.keyboard.press('Escape');
      await expect(importPreview(page)).toHaveCount(0);
    }
    await expect(allNodes(page)).toHaveCount(4);
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await selectEnvironment(page, 'staging', 'Staging');
    await expectDefaultServices(page);
  });

  test('after a CLI paste, the files land on the pasted tree', async ({ page }) => {
    await openApp(page);
    await applyCliPaste(page, ENVIRONMENT_LIST_SAMPLE);
    await expect(node(page, 'checkout-rework')).toBeVisible();

    await importThroughChooser(page, realProjectFiles(MAGENTO_2016));
    await chooseImport(page, 'Keep my branches');
    await expect(allNodes(page)).toHaveCount(5);
    await selectEnvironment(page, 'checkout-rework', 'Checkout rework');
    await expect(serviceItem(page, 'solr', 'solr:4.10')).toHaveCount(1);
  });

  test('a 60-environment pasted project: its inactive branches share one line, the active ones take the files', async ({
    page,
  }) => {
    await openApp(page);
    await applyCliPaste(page, environmentListTable('Big Store', sixtyEnvironmentRows()));

    await importThroughChooser(page, realProjectFiles(MAGENTO_2026));
    const after = importPreview(page).getByRole('list', { name: 'Environments after the import' });
    await expect(
      after.getByRole('listitem').filter({ hasText: /^\d+ inactive environments \(/ }),
    ).toContainText('keep their files until activated and synced');
    await expect(after.getByRole('listitem').filter({ hasText: /^checkout-v2:/ })).toContainText(
      'its parent merged into its own work',
    );
    await chooseImport(page, 'Keep my branches');
    await selectEnvironment(page, 'checkout-v2', 'Checkout v2');
    await expect(serviceItem(page, 'mariadb', 'mariadb:11.4')).toHaveCount(1);
  });
});
