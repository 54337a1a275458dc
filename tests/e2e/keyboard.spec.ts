import { expect, test } from '@playwright/test';
import { openApp, panelTitle, urlParam } from './helpers';

/** The data-id of the focused element, if it is a React Flow node. */
function focusedNodeId(): string | null {
  const active = document.activeElement;
  return active?.classList.contains('react-flow__node') ? active.getAttribute('data-id') : null;
}

test('an environment can be selected with the keyboard alone', async ({ page }) => {
  await openApp(page);
  await expect(panelTitle(page)).toHaveCount(0);

  // Tab from the start of the page until the staging node has focus.
  let focused: string | null = null;
  for (let presses = 0; presses < 30 && focused !== 'staging'; presses++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(focusedNodeId);
  }
  expect(focused, 'Tab never reached the staging node').toBe('staging');

  await page.keyboard.press('Enter');
  await expect(panelTitle(page)).toHaveText('Staging');
  expect(urlParam(page, 'env')).toBe('staging');

  // Keep going to the next environment and choose it too.
  for (let presses = 0; presses < 10 && focused !== 'feature-checkout'; presses++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(focusedNodeId);
  }
  expect(focused, 'Tab never reached the feature-checkout node').toBe('feature-checkout');
  await page.keyboard.press('Enter');
  await expect(panelTitle(page)).toHaveText('Checkout with RabbitMQ');
});

test('shortcuts still work after a plan radio was clicked', async ({ page }) => {
  await openApp(page);
  await page.getByRole('radio', { name: 'Pro', exact: true }).check();
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog', { name: 'Commands' })).toBeVisible();
});
