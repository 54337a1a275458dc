import { expect, type Page, test } from '@playwright/test';
import { node, openApp, switchPlan } from './helpers';

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

test('Starter loads without console errors, and so does switching to Pro', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  await expect(node(page, 'feature-old-theme')).toBeVisible();
  await switchPlan(page, 'Pro');
  await expect(node(page, 'production')).toBeVisible();
  expect(errors).toEqual([]);
});

test('Pro loads without console errors', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page, '?plan=pro');
  await expect(node(page, 'production')).toBeVisible();
  await expect(node(page, 'feature-old-theme')).toBeVisible();
  expect(errors).toEqual([]);
});
