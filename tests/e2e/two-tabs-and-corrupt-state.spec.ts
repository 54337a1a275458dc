import { expect, test } from '@playwright/test';
import { dragOnto, liveRegion, node, openApp, selectEnvironment, serviceItem } from './helpers';

test.describe('saved state', () => {
  test('a change in one tab is noticed by the other, which overwrites nothing until asked', async ({
    context,
  }) => {
    const first = await context.newPage();
    const second = await context.newPage();
    await openApp(first);
    await openApp(second);

    // A person drags in the tab in front; a tab behind gets no frames to drag in.
    await first.bringToFront();
    await dragOnto(first, 'feature-checkout', 'staging');
    await expect(liveRegion(first)).toContainText('Merged');

    await second.bringToFront();
    const notice = second.getByRole('alert', { name: 'This project was changed in another tab' });
    await expect(notice).toBeVisible();
    // The second tab still shows its own (older) project until the user chooses.
    await selectEnvironment(second, 'staging', 'Staging');
    await expect(serviceItem(second, 'rabbitmq', 'rabbitmq:3.5')).toHaveCount(0);

    await notice.getByRole('button', { name: 'Load their version' }).click();
    await expect(notice).toBeHidden();
    await selectEnvironment(second, 'staging', 'Staging');
    await expect(serviceItem(second, 'rabbitmq', 'rabbitmq:3.5')).toBeVisible();
  });

  test('corrupt saved state starts from the default, says so, and keeps the copy downloadable', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('magento-cloud-explorer', '{"schema": 2, "state": {"projects": ');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await openApp(page);
    const notice = page.getByRole('alert', { name: 'The saved project could not be read' });
    await expect(notice).toBeVisible();
    await expect(node(page, 'feature-checkout')).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      notice.getByRole('button', { name: 'Download unreadable copy' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    const text = await (await download.createReadStream()).toArray();
    expect(Buffer.concat(text).toString('utf8')).toBe('{"schema": 2, "state": {"projects": ');
  });
});
