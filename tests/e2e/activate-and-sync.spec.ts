import { expect, test } from '@playwright/test';
import {
  activeCountText,
  detailsPanel,
  dragOnto,
  liveRegion,
  node,
  openApp,
  operationButton,
  selectEnvironment,
  serviceItem,
  servicesNamed,
} from './helpers';

test('Starter: activate feature-old-theme, merge it after feature-checkout, then sync its code', async ({
  page,
}) => {
  await openApp(page);
  await dragOnto(page, 'feature-checkout', 'staging');
  await expect(liveRegion(page)).toContainText('Merged feature-checkout into staging');

  const oldTheme = node(page, 'feature-old-theme');
  await expect(oldTheme.getByText('inactive', { exact: true })).toBeVisible();
  await expect(activeCountText(page)).toContainText('active: 3 of 4');
  await selectEnvironment(page, 'feature-old-theme', 'Old theme experiment');
  await operationButton(page, 'Activate').click();
  await expect(oldTheme.getByText('active', { exact: true })).toBeVisible();
  await expect(oldTheme.getByText('inactive', { exact: true })).toHaveCount(0);
  await expect(activeCountText(page)).toContainText('active: 4 of 4');

  // Its own commit is not in staging yet: code cannot come down.
  await operationButton(page, 'Sync').click();
  const form = detailsPanel(page).getByRole('form', {
    name: 'Sync feature-old-theme from staging',
  });
  await form.getByRole('checkbox', { name: /^Code/ }).check();
  await form.getByRole('checkbox', { name: /^Data/ }).uncheck();
  await form.getByRole('button', { name: 'Sync now' }).click();
  await expect(liveRegion(page)).toContainText('commits not yet merged into staging');
  await expect(servicesNamed(page, 'rabbitmq')).toHaveCount(0);

  // Merged up (a merge commit beside feature-checkout's), code sync brings RabbitMQ down.
  await dragOnto(page, 'feature-old-theme', 'staging');
  await expect(liveRegion(page)).toContainText('Merged feature-old-theme into staging');
  await expect(node(page, 'staging')).toContainText('deployed: merged feature-old-theme');
  await selectEnvironment(page, 'staging', 'Staging');
  await expect(serviceItem(page, 'rabbitmq', 'rabbitmq:3.5')).toHaveCount(1);

  await selectEnvironment(page, 'feature-old-theme', 'Old theme experiment');
  await operationButton(page, 'Sync').click();
  await expect(form.getByRole('checkbox', { name: /^Code/ })).toBeChecked();
  await form.getByRole('button', { name: 'Sync now' }).click();
  await expect(liveRegion(page)).toContainText('Synced code of feature-old-theme from staging');
  await expect(serviceItem(page, 'rabbitmq', 'rabbitmq:3.5')).toHaveCount(1);
});
