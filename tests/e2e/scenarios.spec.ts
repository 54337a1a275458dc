import { readFileSync, writeFileSync } from 'node:fs';
import { expect, type Locator, type Page, test } from '@playwright/test';
import {
  activityEntries,
  detailsPanel,
  dialogNamed,
  dragOnto,
  liveRegion,
  node,
  openApp,
  operationButton,
  panelSection,
  selectEnvironment,
} from './helpers';

const SERVICES_FILE = 'Contents of .magento/services.yaml';

function goals(page: Page): Locator {
  return page.getByRole('region', { name: 'Goals' });
}

function goal(page: Page, text: string): Locator {
  return goals(page).getByRole('listitem').filter({ hasText: text });
}

async function openScenarios(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Scenarios', exact: true }).click();
  return dialogNamed(page, 'Scenarios');
}

test.describe('scenarios', () => {
  test('a user ships a feature on Starter by panel and drag, and sees it marked done', async ({
    page,
  }) => {
    await openApp(page);
    const list = await openScenarios(page);
    const item = list.getByRole('listitem').filter({ hasText: 'Ship a feature on Starter' });
    await expect(item).toContainText('not done');
    await item.getByRole('button', { name: 'Start Ship a feature on Starter' }).click();
    await expect(goals(page).getByRole('listitem')).toHaveCount(4);
    await expect(goal(page, 'staging runs redis:3.2')).toContainText('to do');

    await selectEnvironment(page, 'staging', 'Staging');
    await operationButton(page, 'Branch').click();
    await detailsPanel(page).getByLabel('New branch name').fill('feature-redis');
    await detailsPanel(page).getByRole('button', { name: 'Create branch' }).click();
    await expect(node(page, 'feature-redis')).toBeVisible();

    await selectEnvironment(page, 'feature-redis', 'feature-redis');
    await panelSection(page, 'Services').getByRole('button', { name: 'Edit YAML' }).click();
    const text = detailsPanel(page).getByRole('textbox', { name: SERVICES_FILE });
    await text.fill((await text.inputValue()).replace('type: redis:3.0', 'type: redis:3.2'));
    await detailsPanel(page).getByRole('button', { name: 'Commit change' }).click();
    await expect(goal(page, 'feature-redis succeeded')).toContainText('done');

    // A new branch can be drawn off screen: fit the view first, as a user would.
    await page.getByRole('button', { name: /fit view/i }).click();
    await dragOnto(page, 'feature-redis', 'staging');
    await expect(goal(page, 'staging runs redis:3.2')).toContainText('done');
    await expect(goal(page, 'master runs redis:3.2')).toContainText('to do');

    // The view now centres feature-redis; staging is found by the search box.
    await page.getByRole('searchbox').fill('staging');
    await page.getByRole('searchbox').press('Enter');
    await expect(detailsPanel(page).getByRole('heading', { level: 2 })).toHaveText('Staging');
    await operationButton(page, 'Merge').click();
    await expect(goals(page).getByRole('heading')).toContainText('done');
    await expect(goals(page)).toContainText('Steps: 4 (fewest: 4)');
    await expect(liveRegion(page)).toContainText('Scenario done');

    const again = await openScenarios(page);
    await expect(
      again.getByRole('listitem').filter({ hasText: 'Ship a feature on Starter' }),
    ).toContainText('done');
    await expect(
      again.getByRole('listitem').filter({ hasText: 'Ship a feature on Starter' }),
    ).not.toContainText('not done');
  });

  test('Show me plays a Pro scenario to its end', async ({ page }) => {
    await openApp(page, '?scenario=promote-pro');
    await expect(page.getByRole('radio', { name: 'Pro', exact: true })).toBeChecked();
    await expect(goals(page).getByRole('listitem')).toHaveCount(4);
    await page.getByRole('button', { name: 'Show me' }).click();
    await expect(goals(page).getByRole('heading')).toContainText('done', { timeout: 20_000 });
    for (const item of await goals(page).getByRole('listitem').all()) {
      await expect(item).toContainText('done');
    }
    await expect(activityEntries(page).first()).toContainText('ticket');
    await expect(activityEntries(page).filter({ hasText: 'merge' })).toHaveCount(3);
  });

  test('a scenario link opens it, and leaving it brings the user’s project back', async ({
    page,
  }) => {
    await openApp(page);
    await selectEnvironment(page, 'feature-old-theme', 'Old theme experiment');
    await operationButton(page, 'Delete').click();
    await expect(node(page, 'feature-old-theme')).toHaveCount(0);

    await page.goto('/?scenario=keep-secret');
    await expect(page.getByRole('complementary', { name: 'Scenario' })).toContainText(
      'Production secret',
    );
    await expect(node(page, 'feature-old-theme')).toHaveCount(1);
    // A reload in the middle keeps the user's own project aside, too.
    await page.reload();
    await expect(goals(page)).toBeVisible();
    await page.getByRole('button', { name: 'Leave scenario' }).click();
    await expect(goals(page)).toHaveCount(0);
    await expect(node(page, 'feature-old-theme')).toHaveCount(0);
    await expect(node(page, 'feature-checkout')).toHaveCount(1);
  });

  test('a scenario made in the builder and exported opens in a fresh browser with its goals', async ({
    page,
    browser,
  }, testInfo) => {
    await openApp(page);
    const list = await openScenarios(page);
    await list.getByRole('button', { name: 'Make a scenario' }).click();
    await expect(page.getByRole('complementary', { name: 'Recording a scenario' })).toBeVisible();
    await selectEnvironment(page, 'feature-old-theme', 'Old theme experiment');
    await operationButton(page, 'Activate').click();
    await expect(node(page, 'feature-old-theme')).toContainText('active');
    await page.getByRole('button', { name: 'Finish' }).click();

    const builder = dialogNamed(page, 'Make a scenario');
    await builder.getByLabel('Title').fill('Bring back the old theme');
    await builder.getByLabel('Story').fill('The old theme is wanted again: activate it.');
    await builder
      .getByLabel('Hints, one per line')
      .fill('Select feature-old-theme.\nPress Activate.');
    await builder.getByLabel('Fact').selectOption({ label: 'Environment is active / inactive' });
    await builder.getByLabel('Environment').selectOption('feature-old-theme');
    await builder.getByLabel('Status').selectOption('active');
    await builder.getByRole('button', { name: 'Add goal' }).click();
    await expect(builder.getByRole('region', { name: 'Chosen goals' })).toContainText(
      'feature-old-theme is active',
    );
    const download = page.waitForEvent('download');
    await builder.getByRole('button', { name: 'Export scenario' }).click();
    const file = testInfo.outputPath('scenario.json');
    await (await download).saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      title: 'Bring back the old theme',
      solution: [{ op: 'activate', args: { env: 'feature-old-theme' } }],
    });

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.addInitScript(() =>
      localStorage.setItem('magento-cloud-explorer:tour-dismissed', 'yes'),
    );
    await openApp(other);
    const otherList = await openScenarios(other);
    await otherList.getByLabel('Open a scenario file').setInputFiles(file);
    await expect(goal(other, 'feature-old-theme is active')).toContainText('to do');
    await expect(node(other, 'feature-old-theme')).toContainText('inactive');
    await other.getByRole('button', { name: 'Hint' }).click();
    await expect(other.getByRole('list', { name: 'Hints' })).toContainText(
      'Select feature-old-theme.',
    );
    await fresh.close();
  });

  test('a broken scenario file is refused with the path of each problem', async ({
    page,
  }, testInfo) => {
    await openApp(page);
    const file = testInfo.outputPath('broken.scenario.json');
    const broken = { schema: 1, id: 'x', title: 'X', plan: 'gold', goals: [{ kind: 'nope' }] };
    writeFileSync(file, JSON.stringify(broken));
    const list = await openScenarios(page);
    await list.getByLabel('Open a scenario file').setInputFiles(file);
    const alert = list.getByRole('alert');
    await expect(alert).toContainText('broken.scenario.json was not opened');
    await expect(alert).toContainText('plan');
    await expect(alert).toContainText('goals[0].kind');
    await expect(page.getByRole('region', { name: 'Goals' })).toHaveCount(0);
  });
});
