import { expect, test } from '@playwright/test';
import {
  detailsPanel,
  node,
  openApp,
  panelTitle,
  planRadio,
  selectEnvironment,
  switchPlan,
  urlParam,
} from './helpers';

test.describe('deep link', () => {
  test('?plan=pro&env=staging opens Pro with Staging selected', async ({ page }) => {
    await openApp(page, '?plan=pro&env=staging');
    await expect(planRadio(page, 'Pro')).toBeChecked();
    await expect(planRadio(page, 'Starter')).not.toBeChecked();
    await expect(node(page, 'production')).toBeVisible();
    await expect(panelTitle(page)).toHaveText('Staging');
    // Pro staging, not Starter's: it runs on dedicated hardware.
    await expect(detailsPanel(page)).toContainText('No branching');
  });

  test('an unknown environment opens the plan with nothing selected', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openApp(page, '?plan=pro&env=nope');
    await expect(planRadio(page, 'Pro')).toBeChecked();
    await expect(node(page, 'integration')).toBeVisible();
    await expect(panelTitle(page)).toHaveCount(0);
    await expect(detailsPanel(page)).toContainText('Pro plan.');
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(errors).toEqual([]);

    // The app still works.
    await selectEnvironment(page, 'integration', 'Integration');
  });
});

test.describe('URL and history', () => {
  test('the URL follows the selection and back/forward walk through it', async ({ page }) => {
    await openApp(page);
    await selectEnvironment(page, 'staging', 'Staging');
    await expect.poll(() => urlParam(page, 'env')).toBe('staging');
    await selectEnvironment(page, 'feature-checkout', 'Checkout with RabbitMQ');
    await expect.poll(() => urlParam(page, 'env')).toBe('feature-checkout');
    expect(urlParam(page, 'plan')).toBe('starter');

    await page.goBack();
    await expect(panelTitle(page)).toHaveText('Staging');
    await expect.poll(() => urlParam(page, 'env')).toBe('staging');

    await page.goForward();
    await expect(panelTitle(page)).toHaveText('Checkout with RabbitMQ');
    await expect.poll(() => urlParam(page, 'env')).toBe('feature-checkout');
  });

  test('plan switches are history entries too', async ({ page }) => {
    await openApp(page);
    await selectEnvironment(page, 'staging', 'Staging');
    await switchPlan(page, 'Pro');
    await expect.poll(() => urlParam(page, 'plan')).toBe('pro');
    await expect(panelTitle(page)).toHaveCount(0);

    await page.goBack();
    await expect(planRadio(page, 'Starter')).toBeChecked();
    await expect(node(page, 'production')).toHaveCount(0);
    await expect(panelTitle(page)).toHaveText('Staging');
    await expect.poll(() => urlParam(page, 'plan')).toBe('starter');
    expect(urlParam(page, 'env')).toBe('staging');

    await page.goForward();
    await expect(planRadio(page, 'Pro')).toBeChecked();
    await expect(node(page, 'production')).toBeVisible();
    await expect(panelTitle(page)).toHaveCount(0);
    await expect.poll(() => urlParam(page, 'plan')).toBe('pro');
  });

  test('a reload keeps the selected environment', async ({ page }) => {
    await openApp(page, '?plan=pro');
    await selectEnvironment(page, 'feature-checkout', 'Checkout with RabbitMQ');
    await page.reload();
    await expect(planRadio(page, 'Pro')).toBeChecked();
    await expect(panelTitle(page)).toHaveText('Checkout with RabbitMQ');
  });
});
