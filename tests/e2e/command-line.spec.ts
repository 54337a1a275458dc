import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { activityEntries, openApp, selectEnvironment, serviceItem } from './helpers';

function commandLine(page: Page): Locator {
  return page.getByRole('region', { name: 'Command line' });
}

function prompt(page: Page): Locator {
  return commandLine(page).getByRole('textbox', { name: 'Command' });
}

const MERGE = 'magento-cloud environment:merge -e feature-checkout';

test.describe('the command line', () => {
  test('a typed merge changes the diagram, and the activity shows the same command', async ({
    page,
  }) => {
    await openApp(page);
    await prompt(page).fill(MERGE);
    await prompt(page).press('Enter');
    await expect(activityEntries(page).first()).toContainText('merge');
    await expect(activityEntries(page).first()).toContainText('complete · success');
    await expect(commandLine(page).getByRole('list', { name: 'Session commands' })).toContainText(
      MERGE,
    );
    await selectEnvironment(page, 'staging', 'Staging');
    await expect(serviceItem(page, 'rabbitmq', 'rabbitmq:3.5')).toHaveCount(1);
  });

  test('a button’s action is listed as its command, and the session downloads as a script', async ({
    page,
  }, testInfo) => {
    await openApp(page);
    await selectEnvironment(page, 'staging', 'Staging');
    await page.getByRole('button', { name: 'Redeploy', exact: true }).click();
    const session = commandLine(page).getByRole('list', { name: 'Session commands' });
    await expect(session).toContainText('magento-cloud environment:redeploy -e staging');
    const download = page.waitForEvent('download');
    await commandLine(page).getByRole('button', { name: 'Download script' }).click();
    const file = testInfo.outputPath('session.sh');
    await (await download).saveAs(file);
    const script = readFileSync(file, 'utf8');
    expect(script.startsWith('#!/bin/sh')).toBe(true);
    expect(script).toContain('\nmagento-cloud environment:redeploy -e staging\n');
  });

  test('Tab completes, Up walks the history, and a typo gets the nearest command', async ({
    page,
  }) => {
    await openApp(page);
    await prompt(page).fill('magento-cloud environment:mer');
    await prompt(page).press('Tab');
    await expect(prompt(page)).toHaveValue('magento-cloud environment:merge ');
    await prompt(page).fill('magento-cloud environment:merge -e feature-ch');
    await prompt(page).press('Tab');
    await expect(prompt(page)).toHaveValue('magento-cloud environment:merge -e feature-checkout ');

    await prompt(page).fill('magento-cloud environment:mrege -e feature-checkout');
    await prompt(page).press('Enter');
    const output = commandLine(page).getByRole('log', { name: 'Command output' });
    await expect(output).toContainText('Command "environment:mrege" is not defined.');
    await expect(output).toContainText('environment:merge');
    await expect(activityEntries(page)).toHaveCount(0);

    await prompt(page).fill('magento-cloud environment:list');
    await prompt(page).press('Enter');
    await expect(output).toContainText('feature-checkout');
    await prompt(page).press('ArrowUp');
    await expect(prompt(page)).toHaveValue('magento-cloud environment:list');
    await prompt(page).press('ArrowUp');
    await expect(prompt(page)).toHaveValue('magento-cloud environment:mrege -e feature-checkout');
    await prompt(page).press('ArrowDown');
    await expect(prompt(page)).toHaveValue('magento-cloud environment:list');
  });
});
