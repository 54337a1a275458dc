import { expect, type Page, test } from '@playwright/test';
import {
  activeCountText,
  activityEntries,
  chooseImport,
  detailsPanel,
  edge,
  importThroughChooser,
  liveRegion,
  node,
  openApp,
  operationButton,
  panelTitle,
  realProjectFiles,
  selectEnvironment,
  switchPlan,
  urlParam,
} from './helpers';

function rulesRadio(page: Page, name: '2.1 docs' | 'Today') {
  return page.getByRole('radiogroup', { name: 'Rules' }).getByRole('radio', { name, exact: true });
}

/** Branches `name` from the selected environment through the panel's form. */
async function branchNamed(page: Page, name: string) {
  await operationButton(page, 'Branch').click();
  await detailsPanel(page).getByLabel('New branch name').fill(name);
  await detailsPanel(page).getByRole('button', { name: 'Create branch' }).click();
}

test.describe('the platform’s rules', () => {
  test('Pro legacy draws its own tree and refuses a branch from Staging', async ({ page }) => {
    await openApp(page);
    await page.getByRole('radio', { name: 'Pro legacy', exact: true }).check();
    await expect(activeCountText(page)).toHaveText('Integration: 2 of 6 active');
    for (const id of ['production', 'staging', 'master', 'feature-checkout', 'feature-old-theme']) {
      await expect(node(page, id)).toBeVisible();
    }
    await expect(edge(page, 'staging', 'production')).toHaveCount(1);
    await expect(edge(page, 'master', 'staging')).toHaveCount(1);
    await expect(edge(page, 'feature-checkout', 'master')).toHaveCount(1);
    await expect(urlParam(page, 'plan')).toBe('pro-legacy');

    await selectEnvironment(page, 'staging', 'Staging (master)');
    await expect(detailsPanel(page)).toContainText('in a Git repository of its own');
    await expect(operationButton(page, 'Branch')).toHaveAttribute('aria-disabled', 'true');
    // aria-disabled buttons still take a click, which says why.
    await operationButton(page, 'Branch').click({ force: true });
    await expect(liveRegion(page)).toHaveText(
      'You cannot create branches from Pro Staging and Production environments. Branch from master instead (Magento Commerce Cloud 2.1: Pro architecture (legacy, before 23 October 2017)).',
    );
    await expect(activityEntries(page).first()).toContainText('refused');
  });

  test('switching the rules changes the limits shown and refused', async ({ page }) => {
    await openApp(page);
    await expect(activeCountText(page)).toHaveText('active: 3 of 4');
    await rulesRadio(page, 'Today').check();
    await expect(activeCountText(page)).toHaveText('Integration: 1 of 2 active');
    await expect(urlParam(page, 'rules')).toBe('today');

    await selectEnvironment(page, 'staging', 'Staging');
    await branchNamed(page, 'two');
    await expect(activeCountText(page)).toHaveText('Integration: 2 of 2 active');
    await selectEnvironment(page, 'staging', 'Staging');
    await expect(operationButton(page, 'Branch')).toHaveAttribute('aria-disabled', 'true');
    await operationButton(page, 'Branch').click({ force: true });
    await expect(liveRegion(page)).toContainText(
      'would make 3 active Integration environments (master and staging apart); Starter allows 2',
    );

    await switchPlan(page, 'Pro');
    await expect(activeCountText(page)).toHaveText('Integration: 2 of 2 active');
    await rulesRadio(page, '2.1 docs').check();
    await expect(activeCountText(page)).toHaveText('Integration: 2 of 5 active');
    await switchPlan(page, 'Starter');
    // The 2.1 project was left as it was.
    await expect(activeCountText(page)).toHaveText('active: 3 of 4');
    await expect(node(page, 'two')).toHaveCount(0);
    await expect(urlParam(page, 'rules')).toBeNull();
  });

  test('a branch pushed at the active limit is created inactive', async ({ page }) => {
    await openApp(page);
    await selectEnvironment(page, 'staging', 'Staging');
    await branchNamed(page, 'fourth');
    await expect(activeCountText(page)).toHaveText('active: 4 of 4');
    await selectEnvironment(page, 'staging', 'Staging');
    await operationButton(page, 'Push new branch').click();
    await detailsPanel(page).getByLabel('New branch name').fill('pushed');
    await detailsPanel(page).getByRole('button', { name: 'Push branch' }).click();
    await expect(node(page, 'pushed')).toContainText('inactive');
    await expect(activeCountText(page)).toHaveText('active: 4 of 4');
    await expect(liveRegion(page)).toContainText('the environment exists but is inactive');
  });

  test('the panel changes a parent', async ({ page }) => {
    await openApp(page);
    await selectEnvironment(page, 'staging', 'Staging');
    await branchNamed(page, 'next');
    await selectEnvironment(page, 'feature-checkout', 'Checkout with RabbitMQ');
    await operationButton(page, 'Change parent').click();
    await detailsPanel(page).getByLabel('New parent').selectOption('next');
    await detailsPanel(page).getByRole('button', { name: 'Change parent' }).last().click();
    await expect(edge(page, 'feature-checkout', 'next')).toHaveCount(1);
    await expect(edge(page, 'feature-checkout', 'staging')).toHaveCount(0);
    await expect(liveRegion(page)).toContainText(
      'feature-checkout now merges into and syncs from next',
    );
  });

  test('a snapshot is listed and restored', async ({ page }) => {
    await openApp(page);
    await selectEnvironment(page, 'staging', 'Staging');
    await operationButton(page, 'Snapshot').click();
    await expect(liveRegion(page)).toContainText('Took snapshot');
    await operationButton(page, 'Restore snapshot').click();
    const form = detailsPanel(page).getByRole('form', { name: 'Restore a snapshot of staging' });
    await expect(form.getByRole('radio')).toHaveCount(1);
    await expect(form.getByRole('radio')).toBeChecked();
    await form.getByRole('button', { name: 'Restore' }).click();
    await expect(liveRegion(page)).toContainText(
      'its data and mounted files are back as they were',
    );
    await expect(activityEntries(page).first()).toContainText('restore');
    await expect(activityEntries(page).first()).toContainText('complete · success');
  });

  test('a snapshot ages past 7 days as days pass, and then cannot be restored', async ({
    page,
  }) => {
    await openApp(page);
    await selectEnvironment(page, 'staging', 'Staging');
    await operationButton(page, 'Snapshot').click();
    const passDay = detailsPanel(page).getByRole('button', { name: 'Let a day pass' });
    const facts = detailsPanel(page).getByRole('definition').filter({ hasText: 'restorable' });
    await expect(facts).toContainText('1 of 1 restorable; the newest for 7 d more');
    for (let day = 1; day <= 7; day++) await passDay.click();
    await expect(liveRegion(page)).toContainText('A day passed in the Starter project.');
    await expect(operationButton(page, 'Restore snapshot')).toBeEnabled();
    await passDay.click();
    await expect(facts).toContainText('0 of 1 restorable: all older than 7 days');
    await expect(operationButton(page, 'Restore snapshot')).toBeDisabled();
  });

  test('the Pro cluster of an imported project runs its own services on each node', async ({
    page,
  }) => {
    await openApp(page, '?plan=pro');
    await importThroughChooser(page, realProjectFiles('magento__magento-cloud@2026-appserver'));
    await chooseImport(page, 'New project');
    await selectEnvironment(page, 'production', 'Production');
    const nodes = detailsPanel(page)
      .getByRole('list', { name: 'Cluster nodes' })
      .getByRole('listitem')
      .filter({ hasText: /^Node/ });
    await expect(nodes).toHaveCount(3);
    for (const index of [1, 2, 3]) {
      const item = nodes.nth(index - 1);
      await expect(item).toContainText(
        `MariaDB 11.4 (Galera node: auto_increment_increment 3, auto_increment_offset ${index})`,
      );
      await expect(item).toContainText(`Valkey 8.0 (${index === 1 ? 'primary' : 'replica'})`);
      await expect(item).toContainText('OpenSearch 3');
      await expect(item).not.toContainText('Elasticsearch');
    }
    await expect(panelTitle(page)).toHaveText('Production');
  });
});
