import { expect, test } from '@playwright/test';
import { detailsPanel, openApp, PROJECT_ID, selectEnvironment, switchPlan } from './helpers';

const project = PROJECT_ID.pro;

test.describe('Pro dedicated environments', () => {
  test('production shows its three-node cluster behind a load balancer', async ({ page }) => {
    await openApp(page, '?plan=pro');
    await selectEnvironment(page, 'production', 'Production');
    const panel = detailsPanel(page);

    await expect(panel).toContainText(`production.c.${project}.ent.magento.cloud`);
    const clusterNodes = panel.getByRole('listitem').filter({ hasText: /^\s*Node \d/ });
    await expect(clusterNodes).toHaveCount(3);
    for (const index of [1, 2, 3]) {
      const item = panel
        .getByRole('listitem')
        .filter({ has: page.getByText(`Node ${index}`, { exact: true }) });
      await expect(item).toHaveCount(1);
      await expect(item).toContainText(`production.${index}.${project}.ent.magento.cloud`);
      await expect(item.getByRole('listitem').filter({ hasText: /MariaDB.*Galera/ })).toHaveCount(
        1,
      );
      await expect(item.getByRole('listitem').filter({ hasText: /^\s*Redis\b/ })).toHaveCount(1);
      await expect(
        item.getByRole('listitem').filter({ hasText: /^\s*Elasticsearch\b/ }),
      ).toHaveCount(1);
    }
  });

  test('staging states its dedicated-hardware rules', async ({ page }) => {
    await openApp(page, '?plan=pro');
    await selectEnvironment(page, 'staging', 'Staging');
    const panel = detailsPanel(page);
    await expect(panel.getByRole('listitem').filter({ hasText: 'No branching' })).toBeVisible();
    await expect(panel.getByRole('listitem').filter({ hasText: 'support ticket' })).toBeVisible();
    // Pro staging is not the production cluster.
    await expect(panel.getByText('Node 1', { exact: true })).toHaveCount(0);

    // Starter staging has no such rules: it is an ordinary environment you branch from.
    await switchPlan(page, 'Starter');
    await selectEnvironment(page, 'staging', 'Staging');
    await expect(panel.getByRole('listitem').filter({ hasText: 'No branching' })).toHaveCount(0);
  });
});
