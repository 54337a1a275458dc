import { expect, type Page, test } from '@playwright/test';
import {
  activityEntries,
  definitionOf,
  diagram,
  dragOnto,
  dragOver,
  liveRegion,
  lookOf,
  node,
  openApp,
  selectEnvironment,
  serviceItem,
  servicesNamed,
  settledBox,
} from './helpers';

/** Selects Starter's staging and checks it has no RabbitMQ yet. */
async function expectStagingWithoutRabbitmq(page: Page): Promise<void> {
  await selectEnvironment(page, 'staging', 'Staging');
  await expect(serviceItem(page, 'mysql', 'mysql:10.0')).toHaveCount(1);
  await expect(servicesNamed(page, 'rabbitmq')).toHaveCount(0);
}

test.describe('drag to merge (Starter)', () => {
  test('dropping feature-checkout on staging merges it; Undo and Redo take it back and forth', async ({
    page,
  }) => {
    await openApp(page);
    await expectStagingWithoutRabbitmq(page);
    await expect(node(page, 'staging')).not.toContainText('deployed:');
    await expect(activityEntries(page)).toHaveCount(0);

    await dragOnto(page, 'feature-checkout', 'staging');

    await expect(liveRegion(page)).toContainText('Merged feature-checkout into staging');
    await expect(node(page, 'staging')).toContainText('deployed: merged feature-checkout');
    await expect(activityEntries(page)).toHaveCount(1);
    const newest = activityEntries(page).first();
    await expect(newest).toContainText(/merge/i);
    await expect(newest).toContainText('feature-checkout');
    await expect(newest).toContainText('merged into staging');

    await selectEnvironment(page, 'staging', 'Staging');
    await expect(serviceItem(page, 'rabbitmq', 'rabbitmq:3.5')).toHaveCount(1);
    await expect(serviceItem(page, 'rabbitmq', 'rabbitmq:3.5')).not.toContainText('pending');

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(servicesNamed(page, 'rabbitmq')).toHaveCount(0);
    await expect(node(page, 'staging')).not.toContainText('deployed:');
    await expect(activityEntries(page)).toHaveCount(0);

    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect(serviceItem(page, 'rabbitmq', 'rabbitmq:3.5')).toHaveCount(1);
    await expect(node(page, 'staging')).toContainText('deployed: merged feature-checkout');
  });

  test('Ctrl+Z undoes the merge and Ctrl+Shift+Z redoes it', async ({ page }) => {
    await openApp(page);
    await dragOnto(page, 'feature-checkout', 'staging');
    await expect(liveRegion(page)).toContainText('Merged feature-checkout into staging');
    await selectEnvironment(page, 'staging', 'Staging');
    await expect(serviceItem(page, 'rabbitmq', 'rabbitmq:3.5')).toHaveCount(1);

    await page.keyboard.press('Control+z');
    await expect(liveRegion(page)).toHaveText(/^Undone\b/);
    await expect(servicesNamed(page, 'rabbitmq')).toHaveCount(0);
    await expect(node(page, 'staging')).not.toContainText('deployed:');

    await page.keyboard.press('Control+Shift+z');
    await expect(liveRegion(page)).toHaveText(/^Redone\b/);
    await expect(serviceItem(page, 'rabbitmq', 'rabbitmq:3.5')).toHaveCount(1);
    await expect(node(page, 'staging')).toContainText('deployed: merged feature-checkout');
  });

  test('while dragging, the parent is the highlighted target and the other nodes are dimmed', async ({
    page,
  }) => {
    await openApp(page);
    const tree = diagram(page);
    await expect(tree).not.toHaveClass(/\bmerge-dragging\b/);
    await expect(node(page, 'staging')).not.toHaveClass(/\bmerge-target\b/);
    const before = {
      master: await lookOf(node(page, 'master')),
      oldTheme: await lookOf(node(page, 'feature-old-theme')),
      staging: await lookOf(node(page, 'staging')),
    };

    await dragOver(page, 'feature-checkout', 'staging');

    await expect(tree).toHaveClass(/\bmerge-dragging\b/);
    await expect(node(page, 'staging')).toHaveClass(/\bmerge-target\b/);
    await expect(node(page, 'master')).not.toHaveClass(/\bmerge-target\b/);
    await expect(node(page, 'feature-old-theme')).not.toHaveClass(/\bmerge-target\b/);
    await expect.poll(() => lookOf(node(page, 'master'))).not.toBe(before.master);
    await expect.poll(() => lookOf(node(page, 'feature-old-theme'))).not.toBe(before.oldTheme);
    expect(await lookOf(node(page, 'staging'))).toBe(before.staging);
    await expect(liveRegion(page)).toContainText('drop it onto staging');
    await page.screenshot({ path: '/tmp/shots/mid-drag.png' });

    await page.mouse.up();
    await expect(tree).not.toHaveClass(/\bmerge-dragging\b/);
    await expect(node(page, 'staging')).not.toHaveClass(/\bmerge-target\b/);
    await expect.poll(() => lookOf(node(page, 'master'))).toBe(before.master);
  });

  test('dropping feature-checkout on master is refused, changes nothing, and springs back', async ({
    page,
  }) => {
    await openApp(page);
    const home = await settledBox(node(page, 'feature-checkout'));
    const masterBox = await settledBox(node(page, 'master'));

    await dragOver(page, 'feature-checkout', 'master');
    // The node follows the pointer while dragging...
    await expect
      .poll(async () => {
        const box = await node(page, 'feature-checkout').boundingBox();
        return box ? Math.abs(box.y - masterBox.y) : Number.POSITIVE_INFINITY;
      })
      .toBeLessThan(masterBox.height);
    await page.mouse.up();

    await expect(liveRegion(page)).toContainText(
      'feature-checkout can only merge into its parent staging, not master',
    );
    await expect(activityEntries(page)).toHaveCount(1);
    const newest = activityEntries(page).first();
    await expect(newest).toContainText(/merge/i);
    await expect(newest).toContainText('feature-checkout');
    await expect(newest).toContainText('refused');
    await expect(newest).toContainText('only merge into its parent staging');

    // ...and springs back to its place after the refusal.
    await expect
      .poll(async () => {
        const box = await node(page, 'feature-checkout').boundingBox();
        return box ? Math.hypot(box.x - home.x, box.y - home.y) : Number.POSITIVE_INFINITY;
      })
      .toBeLessThan(2);

    // Nothing changed: no deploy, no RabbitMQ on staging or master, nothing to undo.
    await expect(node(page, 'staging')).not.toContainText('deployed:');
    await expect(node(page, 'master')).not.toContainText('deployed:');
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await expectStagingWithoutRabbitmq(page);
    await selectEnvironment(page, 'master', 'Production');
    await expect(serviceItem(page, 'mysql', 'mysql:10.0')).toHaveCount(1);
    await expect(servicesNamed(page, 'rabbitmq')).toHaveCount(0);
  });

  test('the inactive feature-old-theme cannot merge into staging', async ({ page }) => {
    await openApp(page);
    await selectEnvironment(page, 'staging', 'Staging');
    const stagingHead = (await definitionOf(page, 'Head commit').textContent()) ?? '';

    await dragOver(page, 'feature-old-theme', 'staging');
    // No valid target: staging is not highlighted, and the reason is given at once.
    await expect(diagram(page)).toHaveClass(/\bmerge-dragging\b/);
    await expect(node(page, 'staging')).not.toHaveClass(/\bmerge-target\b/);
    await expect(liveRegion(page)).toContainText('feature-old-theme is inactive');
    await page.mouse.up();

    await expect(activityEntries(page)).toHaveCount(1);
    const newest = activityEntries(page).first();
    await expect(newest).toContainText('feature-old-theme');
    await expect(newest).toContainText('refused');
    await expect(newest).toContainText('inactive: activate it first');
    await expect(liveRegion(page)).toContainText('inactive: activate it first');

    await expect(node(page, 'staging')).not.toContainText('deployed:');
    await selectEnvironment(page, 'staging', 'Staging');
    await expect(definitionOf(page, 'Head commit')).toHaveText(stagingHead);
    await expect(servicesNamed(page, 'rabbitmq')).toHaveCount(0);
  });
});

test.describe('drag to merge (Pro)', () => {
  test('a change travels feature-checkout → integration → staging, where it waits for a ticket', async ({
    page,
  }) => {
    await openApp(page, '?plan=pro');

    await dragOnto(page, 'feature-checkout', 'integration');
    await expect(liveRegion(page)).toContainText('Merged feature-checkout into integration');
    await expect(node(page, 'integration')).toContainText('deployed: merged feature-checkout');
    await selectEnvironment(page, 'integration', 'Integration');
    await expect(serviceItem(page, 'rabbitmq', 'rabbitmq:3.5')).toHaveCount(1);
    await expect(serviceItem(page, 'rabbitmq', 'rabbitmq:3.5')).not.toContainText('pending');

    await selectEnvironment(page, 'staging', 'Staging');
    await expect(servicesNamed(page, 'rabbitmq')).toHaveCount(0);

    await dragOnto(page, 'integration', 'staging');
    await expect(liveRegion(page)).toContainText('Merged integration into staging');
    await expect(liveRegion(page)).toContainText('support ticket');
    await expect(node(page, 'staging')).toContainText('deployed, a support ticket waits');

    await selectEnvironment(page, 'staging', 'Staging');
    const rabbitmq = serviceItem(page, 'rabbitmq', 'rabbitmq:3.5');
    await expect(rabbitmq).toHaveCount(1);
    await expect(rabbitmq).toContainText('pending: needs a support ticket');
    // The services already running are not pending.
    await expect(serviceItem(page, 'mysql', 'mysql:10.0')).not.toContainText('pending');

    // Newest first: the second merge above the first.
    await expect(activityEntries(page)).toHaveCount(2);
    await expect(activityEntries(page).nth(0)).toContainText('integration');
    await expect(activityEntries(page).nth(0)).toContainText('integration merged into staging');
    await expect(activityEntries(page).nth(1)).toContainText('feature-checkout');
    await expect(activityEntries(page).nth(1)).toContainText(
      'feature-checkout merged into integration',
    );
  });
});
