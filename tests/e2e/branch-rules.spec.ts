import { expect, test } from '@playwright/test';
import {
  activityEntries,
  allNodes,
  liveRegion,
  openApp,
  operationButton,
  selectEnvironment,
} from './helpers';

test.describe('Pro: no branching from staging', () => {
  test('Branch on staging is aria-disabled and says to branch from integration', async ({
    page,
  }) => {
    await openApp(page, '?plan=pro');
    // Where it is allowed, Branch is enabled.
    await selectEnvironment(page, 'integration', 'Integration');
    await expect(operationButton(page, 'Branch')).toHaveAttribute('aria-disabled', 'false');

    await selectEnvironment(page, 'staging', 'Staging');
    const branch = operationButton(page, 'Branch');
    await expect(branch).toHaveAttribute('aria-disabled', 'true');
    await expect(branch).toHaveAccessibleDescription(
      /You cannot create branches from Pro Staging and Production environments. Branch from integration instead/,
    );
    await expect(branch).toHaveAttribute(
      'title',
      /You cannot create branches from Pro Staging and Production environments. Branch from integration instead/,
    );
  });

  test('clicking the disabled Branch announces and logs why, and adds nothing', async ({
    page,
  }) => {
    await openApp(page, '?plan=pro');
    await expect(allNodes(page)).toHaveCount(6);
    await selectEnvironment(page, 'staging', 'Staging');

    // aria-disabled buttons still take a click; Playwright would wait for them to be enabled.
    await operationButton(page, 'Branch').click({ force: true });

    await expect(liveRegion(page)).toContainText(
      'You cannot create branches from Pro Staging and Production environments.',
    );
    await expect(activityEntries(page)).toHaveCount(1);
    const newest = activityEntries(page).first();
    await expect(newest).toContainText(/branch/i);
    await expect(newest).toContainText('staging');
    await expect(newest).toContainText('refused');
    await expect(allNodes(page)).toHaveCount(6);
  });
});
