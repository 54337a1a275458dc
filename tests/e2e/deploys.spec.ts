import { expect, type Page, test } from '@playwright/test';
import {
  activityEntries,
  activityRegion,
  detailsPanel,
  dialogNamed,
  importThroughChooser,
  liveRegion,
  node,
  openApp,
  operationButton,
  panelSection,
  selectEnvironment,
  serviceItem,
  switchPlan,
  variableRows,
} from './helpers';

/** The Deploy speed select of the Activity region. */
function speedSelect(page: Page) {
  return page.getByRole('combobox', { name: 'Deploy speed' });
}

/**
 * Records every text the node's deploy badge shows from now on, in order, so a test can
 * check the states a deploy went through without racing the clock.
 */
async function recordDeployStates(page: Page, id: string): Promise<() => Promise<string[]>> {
  await page.evaluate((nodeId) => {
    const seen: string[] = [];
    (window as unknown as { deployStates: string[] }).deployStates = seen;
    const note = () => {
      const text = document.querySelector(`[data-id="${nodeId}"] .env-node__deploy`)?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    };
    new MutationObserver(note).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  }, id);
  return () => page.evaluate(() => (window as unknown as { deployStates: string[] }).deployStates);
}

function failureSelect(page: Page) {
  return detailsPanel(page).getByRole('combobox', { name: 'Make the next deploy fail' });
}

/** Chooses the failure of the next deploy of an environment, then redeploys it. */
async function redeployFailing(page: Page, id: string, title: string, failure: string) {
  await selectEnvironment(page, id, title);
  await failureSelect(page).selectOption({ label: failure });
  await operationButton(page, 'Redeploy').click();
}

test.describe('deploys', () => {
  test('a merge plays out on the node at Watch speed: building, maintenance mode, deployed', async ({
    page,
  }) => {
    await openApp(page);
    await speedSelect(page).selectOption('watch');
    const states = await recordDeployStates(page, 'staging');

    await selectEnvironment(page, 'feature-checkout', 'Checkout with RabbitMQ');
    await operationButton(page, 'Merge').click();
    const entry = activityEntries(page).first();
    await expect(entry).toContainText('in progress');
    await expect(node(page, 'staging')).toContainText('deployed: merged feature-checkout', {
      timeout: 30_000,
    });
    await expect(entry).toContainText('complete · success');
    await expect(liveRegion(page)).toHaveText('staging deployed (merge).');

    const seen = await states();
    const first = (word: string) => seen.findIndex((s) => s.startsWith(word));
    expect(first('building')).toBeGreaterThanOrEqual(0);
    expect(first('deploying (maintenance mode)')).toBeGreaterThan(first('building'));
    expect(first('deployed')).toBeGreaterThan(first('deploying (maintenance mode)'));
    expect(first('deployed')).toBe(seen.length - 1);
  });

  test('at Instant the merge has deployed by the time it is announced', async ({ page }) => {
    await openApp(page);
    await expect(speedSelect(page)).toHaveValue('instant');
    await selectEnvironment(page, 'feature-checkout', 'Checkout with RabbitMQ');
    await operationButton(page, 'Merge').click();
    await expect(liveRegion(page)).toContainText('Merged feature-checkout into staging');
    await expect(node(page, 'staging')).toContainText('deployed: merged feature-checkout');
    await expect(activityEntries(page).first()).toContainText('complete · success');
  });

  test('a failed deploy hook leaves the site in maintenance mode until a deploy succeeds', async ({
    page,
  }) => {
    await openApp(page);
    await redeployFailing(page, 'staging', 'Staging', 'Deploy hook');

    await expect(node(page, 'staging')).toContainText('failed deploy: maintenance mode');
    // Said out loud too: the deploy ended before the announcement.
    await expect(liveRegion(page)).toContainText(
      'The deploy hook of staging failed: the site is in maintenance mode until a deploy succeeds.',
    );
    const deploys = panelSection(page, 'Deploys');
    await expect(deploys).toContainText('In maintenance mode: the last deploy hook failed');
    await expect(activityEntries(page).first()).toContainText('complete · failure');
    // The failure was used up: the next deploy runs as it should.
    await expect(failureSelect(page)).toHaveValue('none');

    await operationButton(page, 'Redeploy').click();
    await expect(node(page, 'staging')).toContainText('deployed: redeploy');
    await expect(deploys).not.toContainText('In maintenance mode');
    await expect(activityEntries(page).first()).toContainText('complete · success');
  });

  test('the Activity region filters by type, environment and result, and opens a log', async ({
    page,
  }) => {
    await openApp(page);
    await redeployFailing(page, 'staging', 'Staging', 'Deploy hook');
    // Choosing the failure is an activity of its own, as a variable change is.
    await expect(activityEntries(page)).toHaveCount(2);
    await selectEnvironment(page, 'feature-checkout', 'Checkout with RabbitMQ');
    await operationButton(page, 'Redeploy').click();
    await operationButton(page, 'Merge').click();
    await expect(activityEntries(page)).toHaveCount(4);

    const activity = activityRegion(page);
    await activity.getByRole('combobox', { name: 'Environment' }).selectOption('staging');
    // The merge runs on staging, the environment it deploys.
    await expect(activityEntries(page)).toHaveCount(3);
    await activity.getByRole('combobox', { name: 'Result' }).selectOption('failure');
    await expect(activityEntries(page)).toHaveCount(1);
    await expect(activityEntries(page)).toContainText('redeploy');
    await activity.getByRole('combobox', { name: 'Result' }).selectOption('all');
    await activity.getByRole('combobox', { name: 'Type' }).selectOption('merge');
    await expect(activityEntries(page)).toHaveCount(1);

    await activityEntries(page).getByRole('button').first().click();
    const log = page.getByRole('region', { name: 'Log' });
    await expect(log).toContainText(
      "Building application 'mymagento' (runtime type: php:7.0, tree: ",
    );
    // feature-checkout ran this tree already: the merge reuses its build.
    await expect(log).toContainText('Slug already built for this tree id, skipping');
    await expect(log).toContainText('Opening environment');

    // The failed redeploy's log says where it stopped.
    await activity.getByRole('combobox', { name: 'Type' }).selectOption('redeploy');
    await activityEntries(page).getByRole('button').first().click();
    await expect(log).toContainText('Enabling Maintenance mode');
    await expect(log).toContainText('E: Failed to run deploy hook');
  });

  test('Pro staging: "Complete support ticket" deploys the service that waits', async ({
    page,
  }) => {
    await openApp(page);
    await switchPlan(page, 'Pro');
    await selectEnvironment(page, 'feature-checkout', 'Checkout with RabbitMQ');
    await operationButton(page, 'Merge').click();
    await selectEnvironment(page, 'integration', 'Integration');
    await operationButton(page, 'Merge').click();
    await expect(node(page, 'staging')).toContainText('deployed, a support ticket waits');

    await selectEnvironment(page, 'staging', 'Staging');
    const waiting = detailsPanel(page).getByRole('list', {
      name: 'Changes waiting for a support ticket',
    });
    await expect(waiting).toContainText('.magento/services.yaml');
    const rabbitmq = serviceItem(page, 'rabbitmq', 'rabbitmq:3.5');
    await expect(rabbitmq).toContainText('pending: needs a support ticket');

    await detailsPanel(page).getByRole('button', { name: 'Complete support ticket' }).click();
    await expect(node(page, 'staging')).toContainText('deployed: support ticket');
    await expect(waiting).toHaveCount(0);
    await expect(rabbitmq).not.toContainText('pending');
    await expect(activityEntries(page).first()).toContainText('ticket');
    await expect(activityEntries(page).first()).toContainText('complete · success');
  });

  test('a relationship to a missing service is refused with file and line; Import anyway shows it failed', async ({
    page,
  }) => {
    await openApp(page);
    const app =
      'name: mymagento\ntype: php:8.3\nrelationships:\n    database: "mysql:mysql"\n    queue: "rabbitmq:rabbitmq"\n';
    await importThroughChooser(page, [
      { name: '.magento.app.yaml', mimeType: 'application/yaml', buffer: Buffer.from(app) },
      {
        name: 'services.yaml',
        mimeType: 'application/yaml',
        buffer: Buffer.from('mysql:\n    type: mysql:10.0\n'),
      },
    ]);
    const report = dialogNamed(page, /refused/);
    await expect(report.getByRole('list', { name: 'Errors' })).toContainText(
      '.magento.app.yaml, line 5 (relationships.queue)',
    );
    await report.getByRole('button', { name: 'Import anyway' }).click();
    await expect(report).toHaveCount(0);

    await expect(node(page, 'staging')).toContainText('failed build');
    await expect(node(page, 'master')).toContainText('failed build');
    await expect(activityEntries(page).first()).toContainText('complete · failure');
    await activityEntries(page).first().getByRole('button').first().click();
    const log = page.getByRole('region', { name: 'Log' });
    await expect(log).toContainText('E: Error parsing configuration files:');
    await expect(log).toContainText('.magento.app.yaml, line 5 (relationships.queue)');
    // The architecture is there to look at and fix: the service list has what was imported.
    await selectEnvironment(page, 'staging', 'Staging');
    await expect(serviceItem(page, 'mysql', 'mysql:10.0')).toHaveCount(1);
  });
});

test('a child keeps the variable value it was deployed with, pending a redeploy', async ({
  page,
}) => {
  await openApp(page);
  await selectEnvironment(page, 'staging', 'Staging');
  await detailsPanel(page).getByRole('button', { name: 'Edit ADMIN_URL' }).click();
  await detailsPanel(page).getByLabel('Value', { exact: true }).fill('admin_new');
  await detailsPanel(page).getByRole('button', { name: 'Save variable' }).click();
  await expect(variableRows(page, 'ADMIN_URL')).not.toContainText('pending redeploy');

  await selectEnvironment(page, 'feature-checkout', 'Checkout with RabbitMQ');
  const row = variableRows(page, 'ADMIN_URL');
  await expect(row).toContainText('admin_new');
  await expect(row).toContainText('pending redeploy: the running value is admin_staging');
  await operationButton(page, 'Redeploy').click();
  await expect(row).toContainText('admin_new');
  await expect(row).not.toContainText('pending redeploy');
});
