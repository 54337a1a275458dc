import { expect, type Page, test } from '@playwright/test';
import {
  badge,
  detailsPanel,
  expectNoSecrets,
  openApp,
  panelSection,
  panelTitle,
  selectEnvironment,
  serviceItem,
  variableRows,
} from './helpers';

async function expectBaseServices(page: Page) {
  await expect(serviceItem(page, 'mysql', 'mysql:10.0')).toHaveCount(1);
  await expect(serviceItem(page, 'redis', 'redis:3.0')).toHaveCount(1);
  await expect(serviceItem(page, 'elasticsearch', 'elasticsearch:2.4')).toHaveCount(1);
}

test.describe('environment details', () => {
  test('the panel is empty of an environment until one is clicked', async ({ page }) => {
    await openApp(page);
    await expect(detailsPanel(page)).toBeVisible();
    await expect(panelTitle(page)).toHaveCount(0);
    await selectEnvironment(page, 'staging', 'Staging');
    await expect(panelSection(page, 'Services')).toBeVisible();
    await expect(panelSection(page, 'Variables')).toBeVisible();
  });

  test('Starter staging lists its services, without feature-checkout’s RabbitMQ', async ({
    page,
  }) => {
    await openApp(page);
    await selectEnvironment(page, 'staging', 'Staging');
    await expectBaseServices(page);
    await expect(panelSection(page, 'Services').getByRole('listitem')).not.toHaveCount(0);
    await expect(
      panelSection(page, 'Services').getByRole('listitem').filter({ hasText: 'rabbitmq:3.5' }),
    ).toHaveCount(0);
  });

  test('feature-checkout also runs rabbitmq:3.5', async ({ page }) => {
    await openApp(page);
    await selectEnvironment(page, 'feature-checkout', 'Checkout with RabbitMQ');
    await expectBaseServices(page);
    await expect(serviceItem(page, 'rabbitmq', 'rabbitmq:3.5')).toHaveCount(1);
  });

  test('Starter staging variables carry the right badges and hide sensitive values', async ({
    page,
  }) => {
    await openApp(page);
    await selectEnvironment(page, 'staging', 'Staging');

    const adminUrl = variableRows(page, 'ADMIN_URL');
    await expect(adminUrl).toHaveCount(1);
    await expect(adminUrl.getByRole('cell').first()).toHaveText('ADMIN_URL');
    await expect(badge(adminUrl, 'Overridden')).toBeVisible();
    await expect(adminUrl).toContainText('admin_staging');
    await expect(badge(adminUrl, 'Inherited')).toHaveCount(0);

    const adminPassword = variableRows(page, 'ADMIN_PASSWORD');
    await expect(adminPassword).toHaveCount(1);
    await expect(badge(adminPassword, 'Inherited')).toBeVisible();
    await expect(adminPassword).toContainText('master');

    // ADMIN_EMAIL is set on staging and as a project variable: the project one is shadowed.
    const adminEmail = variableRows(page, 'ADMIN_EMAIL');
    await expect(adminEmail).toHaveCount(2);
    const projectEmail = adminEmail.filter({ hasText: 'admin@example.com' });
    await expect(badge(projectEmail, 'Inactive')).toBeVisible();
    const stagingEmail = adminEmail.filter({ hasText: 'qa@example.com' });
    await expect(stagingEmail).toHaveCount(1);
    await expect(badge(stagingEmail, 'Inactive')).toHaveCount(0);

    // Non-inheritable: stops at master.
    await expect(
      variableRows(page, 'CONFIG__DEFAULT__PAYMENT__BRAINTREE__ENVIRONMENT'),
    ).toHaveCount(0);

    await expectNoSecrets(page);
  });

  test('master shows its own non-inheritable variable and still no secret', async ({ page }) => {
    await openApp(page);
    await selectEnvironment(page, 'master', 'Production');
    const braintree = variableRows(page, 'CONFIG__DEFAULT__PAYMENT__BRAINTREE__ENVIRONMENT');
    await expect(braintree).toHaveCount(1);
    await expect(braintree.getByRole('cell').first()).toHaveText(
      'CONFIG__DEFAULT__PAYMENT__BRAINTREE__ENVIRONMENT',
    );
    // ADMIN_PASSWORD is master's own sensitive variable: listed, value hidden.
    const adminPassword = variableRows(page, 'ADMIN_PASSWORD');
    await expect(adminPassword).toHaveCount(1);
    await expect(badge(adminPassword, 'Inherited')).toHaveCount(0);
    await expectNoSecrets(page);

    // And nowhere else either (feature-checkout sees every inherited variable).
    await selectEnvironment(page, 'feature-checkout', 'Checkout with RabbitMQ');
    await expect(badge(variableRows(page, 'ADMIN_PASSWORD'), 'Inherited')).toBeVisible();
    await expectNoSecrets(page);
  });
});
