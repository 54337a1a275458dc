import { expect, type Locator, type Page, test } from '@playwright/test';
import {
  activityEntries,
  detailsPanel,
  dialogNamed,
  expectNoSecrets,
  liveRegion,
  openApp,
  operationButton,
  selectEnvironment,
  serviceItem,
  servicesNamed,
} from './helpers';

/** A row of a compare table, by the name in its row header. */
function comparedRow(table: Locator, name: string): Locator {
  return table
    .getByRole('row')
    .filter({ has: table.page().getByRole('rowheader', { name: new RegExp(`^${name}\\b`) }) });
}

/** A change of a merge preview: its kind ("added", ...), file and setting. */
function change(list: Locator, kind: string, file: string, setting: string): Locator {
  const page = list.page();
  return list
    .getByRole('listitem')
    .filter({ hasText: new RegExp(`^${kind}\\s`) })
    .filter({ has: page.getByText(file, { exact: true }) })
    .filter({ has: page.getByText(setting, { exact: true }) });
}

function viewButton(page: Page, name: 'Preview merge' | 'Compare with…'): Locator {
  return detailsPanel(page).getByRole('button', { name, exact: true });
}

test.describe('compare two environments', () => {
  test('feature-checkout against staging, then master; Escape and Close close it', async ({
    page,
  }) => {
    await openApp(page);
    await selectEnvironment(page, 'feature-checkout', 'Checkout with RabbitMQ');
    await viewButton(page, 'Compare with…').click();

    const dialog = dialogNamed(page, 'Compare environments');
    await expect(dialog).toBeVisible();
    const left = dialog.getByRole('combobox', { name: 'Left' });
    const right = dialog.getByRole('combobox', { name: 'Right' });
    await expect(left).toHaveValue('feature-checkout');
    await expect(right).toHaveValue('staging');

    const services = dialog.getByRole('table', { name: 'Services compared' });
    const variables = dialog.getByRole('table', { name: 'Variables compared' });
    await expect(services.getByRole('columnheader')).toHaveText([
      'Name',
      'feature-checkout',
      'staging',
    ]);
    const rabbitmq = comparedRow(services, 'rabbitmq');
    await expect(rabbitmq).toHaveCount(1);
    await expect(rabbitmq.getByRole('rowheader')).toContainText('differs');
    await expect(rabbitmq.getByRole('cell')).toHaveText([/^rabbitmq:3\.5/, 'none']);
    await expect(comparedRow(services, 'mysql').getByRole('rowheader')).not.toContainText(
      'differs',
    );
    // feature-checkout inherits staging's ADMIN_URL: the same value on both sides.
    const adminUrl = comparedRow(variables, 'ADMIN_URL');
    await expect(adminUrl.getByRole('rowheader')).not.toContainText('differs');
    await expectNoSecrets(page);

    await right.selectOption('master');
    await expect(right).toHaveValue('master');
    await expect(services.getByRole('columnheader')).toHaveText([
      'Name',
      'feature-checkout',
      'master',
    ]);
    await expect(rabbitmq.getByRole('rowheader')).toContainText('differs');
    // master has its own ADMIN_URL (admin_live), staging's admin_staging reaches feature-checkout.
    await expect(adminUrl.getByRole('rowheader')).toContainText('differs');
    await expect(adminUrl.getByRole('cell')).toHaveText([/^admin_staging/, /^admin_live/]);
    await expectNoSecrets(page);

    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);

    await viewButton(page, 'Compare with…').click();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('combobox', { name: 'Right' })).toHaveValue('staging');
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expectNoSecrets(page);
  });
});

test.describe('merge preview', () => {
  test('Starter: previews feature-checkout into staging, changes nothing until "Merge now"', async ({
    page,
  }) => {
    await openApp(page);
    await selectEnvironment(page, 'feature-checkout', 'Checkout with RabbitMQ');
    await viewButton(page, 'Preview merge').click();

    const preview = dialogNamed(page, 'Merge preview: feature-checkout into staging');
    const changes = preview.getByRole('list', { name: 'Changes to staging' });
    await expect(changes.getByRole('listitem')).toHaveCount(2);
    const service = change(changes, 'added', '.magento/services.yaml', 'rabbitmq');
    await expect(service).toHaveCount(1);
    await expect(service).toContainText('rabbitmq:3.5');
    const relationship = change(changes, 'added', '.magento.app.yaml', 'relationships.rabbitmq');
    await expect(relationship).toHaveCount(1);
    await expect(relationship).toContainText('rabbitmq:rabbitmq');

    // Looking changes nothing.
    await preview.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(preview).toHaveCount(0);
    await expect(activityEntries(page)).toHaveCount(0);
    await selectEnvironment(page, 'staging', 'Staging');
    await expect(servicesNamed(page, 'rabbitmq')).toHaveCount(0);

    await selectEnvironment(page, 'feature-checkout', 'Checkout with RabbitMQ');
    await viewButton(page, 'Preview merge').click();
    await preview.getByRole('button', { name: 'Merge now', exact: true }).click();
    await expect(preview).toHaveCount(0);
    await expect(liveRegion(page)).toContainText('Merged feature-checkout into staging');
    await selectEnvironment(page, 'staging', 'Staging');
    await expect(serviceItem(page, 'rabbitmq', 'rabbitmq:3.5')).toHaveCount(1);
  });

  test('Pro: after merging into integration, its preview says staging needs a support ticket', async ({
    page,
  }) => {
    await openApp(page, '?plan=pro');
    await selectEnvironment(page, 'feature-checkout', 'Checkout with RabbitMQ');
    await operationButton(page, 'Merge').click();
    await expect(liveRegion(page)).toContainText('Merged feature-checkout into integration');

    await selectEnvironment(page, 'integration', 'Integration');
    await viewButton(page, 'Preview merge').click();
    const preview = dialogNamed(page, 'Merge preview: integration into staging');
    await expect(preview).toContainText('pending: needs a support ticket');
    await expect(
      preview.getByRole('list', { name: 'Changes to staging' }).getByRole('listitem'),
    ).toContainText([/rabbitmq/]);
  });

  test('the inactive feature-old-theme: the preview says the merge would be refused and why', async ({
    page,
  }) => {
    await openApp(page);
    await selectEnvironment(page, 'feature-old-theme', 'Old theme experiment');
    await viewButton(page, 'Preview merge').click();
    const preview = dialogNamed(page, 'Merge preview: feature-old-theme into staging');
    await expect(preview.getByRole('alert')).toHaveText(
      'The merge would be refused: feature-old-theme is inactive: activate it first. The CLI answers: "Operation not available: The environment feature-old-theme can\'t be merged."',
    );
    await expect(preview.getByRole('button', { name: 'Merge now' })).toHaveCount(0);
  });
});
