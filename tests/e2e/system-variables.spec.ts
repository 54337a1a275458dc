import { expect, test } from '@playwright/test';
import {
  definitionOf,
  detailsPanel,
  openApp,
  panelSection,
  selectEnvironment,
  switchPlan,
} from './helpers';

const SYSTEM_HEADING = 'MAGENTO_CLOUD_* (set by the platform)';

test.describe('system variables', () => {
  test('an active environment lists MAGENTO_CLOUD_* with decoded relationships', async ({
    page,
  }) => {
    await openApp(page);
    await selectEnvironment(page, 'staging', 'Staging');

    await expect(panelSection(page, SYSTEM_HEADING)).toBeVisible();
    await expect(definitionOf(page, 'MAGENTO_CLOUD_ENVIRONMENT')).toContainText('staging');
    await expect(definitionOf(page, 'MAGENTO_CLOUD_TREE_ID')).toHaveText(/\S/);

    const relationships = definitionOf(page, 'MAGENTO_CLOUD_RELATIONSHIPS');
    await expect(relationships).toHaveCount(1);
    const database = relationships
      .getByRole('listitem')
      .filter({ hasText: /^\s*database\s*→\s*mysql\b/ });
    // The decoded view is folded away until the user opens it.
    await expect(database).toBeHidden();
    await relationships.getByText('base64 JSON').click();
    await expect(database).toBeVisible();
    await expect(database).toContainText('database.internal');
    await expect(database).toContainText(':3306');
  });

  test('the branch name follows the selected environment', async ({ page }) => {
    await openApp(page);
    await selectEnvironment(page, 'feature-checkout', 'Checkout with RabbitMQ');
    await expect(definitionOf(page, 'MAGENTO_CLOUD_ENVIRONMENT')).toContainText('feature-checkout');
    const relationships = definitionOf(page, 'MAGENTO_CLOUD_RELATIONSHIPS');
    await relationships.getByText('base64 JSON').click();
    await expect(
      relationships.getByRole('listitem').filter({ hasText: /^\s*rabbitmq\s*→\s*rabbitmq\b/ }),
    ).toBeVisible();

    // Pro staging too: its own branch name.
    await switchPlan(page, 'Pro');
    await selectEnvironment(page, 'staging', 'Staging');
    await expect(definitionOf(page, 'MAGENTO_CLOUD_ENVIRONMENT')).toContainText('staging');
  });

  test('an inactive environment has no system variables and says it is inactive', async ({
    page,
  }) => {
    await openApp(page);
    await selectEnvironment(page, 'feature-old-theme', 'Old theme experiment');
    await expect(definitionOf(page, 'Status')).toContainText(/inactive/i);
    await expect(panelSection(page, SYSTEM_HEADING)).toBeVisible();
    await expect(
      detailsPanel(page)
        .getByRole('term')
        .filter({ hasText: /^\s*MAGENTO_CLOUD_/ }),
    ).toHaveCount(0);
    await expect(panelSection(page, SYSTEM_HEADING)).toContainText(/active environment/i);

    // An active one, by contrast, is not called inactive.
    await selectEnvironment(page, 'feature-checkout', 'Checkout with RabbitMQ');
    await expect(definitionOf(page, 'Status')).not.toContainText(/inactive/i);
  });
});
