import { expect, test } from '@playwright/test';
import {
  activityEntries,
  definitionOf,
  detailsPanel,
  liveRegion,
  openApp,
  panelSection,
  selectEnvironment,
  serviceItem,
  variableRows,
} from './helpers';

const SERVICES_FILE = 'Contents of .magento/services.yaml';

test.describe('editing an environment', () => {
  test('a variable added on feature-checkout shows in its Variables table, not its parent’s', async ({
    page,
  }) => {
    await openApp(page);
    await selectEnvironment(page, 'feature-checkout', 'Checkout with RabbitMQ');
    await expect(variableRows(page, 'CHECKOUT_QUEUE')).toHaveCount(0);

    await panelSection(page, 'Variables').getByRole('button', { name: 'Add variable' }).click();
    await detailsPanel(page).getByRole('textbox', { name: 'Variable name' }).fill('CHECKOUT_QUEUE');
    await detailsPanel(page).getByRole('textbox', { name: 'Value', exact: true }).fill('orders');
    await detailsPanel(page).getByRole('button', { name: 'Save variable' }).click();

    const row = variableRows(page, 'CHECKOUT_QUEUE');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('orders');
    await expect(row).toContainText('set here');
    await expect(activityEntries(page).first()).toContainText('feature-checkout');
    await expect(activityEntries(page).first()).toContainText(/variable/i);

    // Environment variables never move up the tree.
    await selectEnvironment(page, 'staging', 'Staging');
    await expect(variableRows(page, 'CHECKOUT_QUEUE')).toHaveCount(0);
  });

  test('a valid services.yaml edit is committed and deployed', async ({ page }) => {
    await openApp(page);
    await selectEnvironment(page, 'feature-checkout', 'Checkout with RabbitMQ');
    await panelSection(page, 'Services').getByRole('button', { name: 'Edit YAML' }).click();
    const text = detailsPanel(page).getByRole('textbox', { name: SERVICES_FILE });
    const original = await text.inputValue();
    expect(original).toContain('type: redis:3.0');
    await text.fill(original.replace('type: redis:3.0', 'type: redis:3.2'));
    await detailsPanel(page).getByRole('button', { name: 'Commit change' }).click();

    await expect(serviceItem(page, 'redis', 'redis:3.2')).toHaveCount(1);
    await expect(serviceItem(page, 'redis', 'redis:3.0')).toHaveCount(0);
    await expect(activityEntries(page).first()).toContainText(/commit/i);
  });

  test('broken YAML shows its line, cannot be committed, and Reset project restores the default', async ({
    page,
  }) => {
    await openApp(page);
    await selectEnvironment(page, 'feature-checkout', 'Checkout with RabbitMQ');

    // One real change first, so that Reset has something to undo.
    await panelSection(page, 'Variables').getByRole('button', { name: 'Add variable' }).click();
    await detailsPanel(page).getByRole('textbox', { name: 'Variable name' }).fill('CHECKOUT_QUEUE');
    await detailsPanel(page).getByRole('textbox', { name: 'Value', exact: true }).fill('orders');
    await detailsPanel(page).getByRole('button', { name: 'Save variable' }).click();
    await expect(variableRows(page, 'CHECKOUT_QUEUE')).toHaveCount(1);

    const services = panelSection(page, 'Services').getByRole('list', {
      name: 'Services from services.yaml',
    });
    const servicesBefore = (await services.textContent()) ?? '';
    const headBefore = (await definitionOf(page, 'Head commit').textContent()) ?? '';

    await panelSection(page, 'Services').getByRole('button', { name: 'Edit YAML' }).click();
    const text = detailsPanel(page).getByRole('textbox', { name: SERVICES_FILE });
    await text.fill('mysql:\n    type: mysql:10.0\nredis:\n    type: [redis:3.0\n');
    await expect(text).toHaveAttribute('aria-invalid', 'true');
    const problem = detailsPanel(page)
      .getByRole('alert')
      .filter({ hasText: /line \d+/ });
    await expect(problem).toHaveCount(1);
    await expect(problem).toContainText('.magento/services.yaml');

    await detailsPanel(page).getByRole('button', { name: 'Commit change' }).click();
    await expect(liveRegion(page)).toContainText('Fix the file, then commit again');
    await expect(activityEntries(page).first()).toContainText('refused');
    await expect(activityEntries(page).first()).toContainText(/commit/i);
    await expect(services).toHaveText(servicesBefore);
    await expect(definitionOf(page, 'Head commit')).toHaveText(headBefore);
    await expect(serviceItem(page, 'rabbitmq', 'rabbitmq:3.5')).toHaveCount(1);

    await page.getByRole('button', { name: 'Reset project' }).click();
    await expect(liveRegion(page)).toContainText('Reset the Starter project');
    await expect(variableRows(page, 'CHECKOUT_QUEUE')).toHaveCount(0);
    await expect(activityEntries(page)).toHaveCount(0);
    await expect(definitionOf(page, 'Head commit')).toHaveText(headBefore);
    await expect(serviceItem(page, 'rabbitmq', 'rabbitmq:3.5')).toHaveCount(1);
  });
});
