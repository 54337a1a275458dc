import { expect, type Page, test } from '@playwright/test';
import { ENVIRONMENT_LIST_SAMPLE } from '../support/cli-samples';
import {
  allNodes,
  dragOnto,
  edge,
  liveRegion,
  node,
  openApp,
  panelTitle,
  planRadio,
} from './helpers';

const SAMPLE = ENVIRONMENT_LIST_SAMPLE;

const CSV = `ID,Title,Status,Type
master,Master,Active,production
staging,Staging,Active,staging
checkout-rework,Checkout rework,Active,development
`;

async function pasteAndRead(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Paste CLI output' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste CLI output' });
  await dialog.getByRole('textbox', { name: 'CLI output' }).fill(text);
  await dialog.getByRole('button', { name: 'Read' }).click();
}

function pasteDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Paste CLI output' });
}

test('the sample environment:list becomes the tree, the current one selected, and its merge works', async ({
  page,
}) => {
  await openApp(page);
  await pasteAndRead(page, SAMPLE);
  const preview = pasteDialog(page).getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText('5 environments, 1 inactive in the paste');
  await expect(preview.getByRole('combobox', { name: 'Plan of the pasted project' })).toHaveValue(
    'starter',
  );
  // Nothing has changed before Apply.
  await expect(node(page, 'feature-checkout')).toBeVisible();
  await preview.getByRole('button', { name: 'Apply' }).click();

  await expect(pasteDialog(page)).toHaveCount(0);
  await expect(liveRegion(page)).toContainText('Read 5 environments from environment:list');
  await expect(edge(page, 'checkout-rework', 'staging')).toHaveCount(1);
  await expect(edge(page, 'staging', 'master')).toHaveCount(1);
  await expect(node(page, 'feature-checkout')).toHaveCount(0);
  await expect(allNodes(page)).toHaveCount(5);
  await expect(node(page, 'old-theme').getByText('inactive', { exact: true })).toBeVisible();
  await expect(panelTitle(page)).toHaveText('Checkout rework');
  await expect(planRadio(page, 'Starter')).toBeChecked();

  await dragOnto(page, 'checkout-rework', 'staging');
  await expect(liveRegion(page)).toContainText('Merged checkout-rework into staging');
});

test('a CSV paste says it carries no tree, and places each environment under its default parent', async ({
  page,
}) => {
  await openApp(page);
  await pasteAndRead(page, CSV);
  const preview = pasteDialog(page).getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('list', { name: 'How it was read' })).toContainText(
    'The table format',
  );
  await preview.getByRole('button', { name: 'Apply' }).click();
  await expect(edge(page, 'checkout-rework', 'staging')).toHaveCount(1);
  await expect(edge(page, 'staging', 'master')).toHaveCount(1);
});

test('garbage is refused with its line named, and the project is unchanged; Cancel changes nothing', async ({
  page,
}) => {
  await openApp(page);
  await pasteAndRead(page, 'hello\nthis is not what the CLI prints\n');
  await expect(pasteDialog(page).getByRole('alert')).toContainText('Line 1');
  await expect(pasteDialog(page).getByRole('alert')).toContainText('Nothing was changed.');
  await expect(pasteDialog(page).getByRole('button', { name: 'Apply' })).toHaveCount(0);
  await pasteDialog(page).getByRole('textbox', { name: 'CLI output' }).fill(SAMPLE);
  await pasteDialog(page).getByRole('button', { name: 'Read' }).click();
  await pasteDialog(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(pasteDialog(page)).toHaveCount(0);
  await expect(node(page, 'feature-checkout')).toBeVisible();
  await expect(node(page, 'checkout-rework')).toHaveCount(0);
});

test('a Pro-shaped paste is read as Pro, and the plan can be changed before Apply', async ({
  page,
}) => {
  const pro = `Your environments are: 
+-----------------+-------------+--------+-------------+
| ID              | Title       | Status | Type        |
+-----------------+-------------+--------+-------------+
| master          | Master      | Active | production  |
|   integration*  | Integration | Active | development |
|     feature-a   | Feature A   | Active | development |
|   production    | Production  | Active | production  |
|   staging       | Staging     | Active | staging     |
+-----------------+-------------+--------+-------------+
`;
  await openApp(page);
  await pasteAndRead(page, pro);
  const plan = pasteDialog(page).getByRole('combobox', { name: 'Plan of the pasted project' });
  await expect(plan).toHaveValue('pro');
  await pasteDialog(page).getByRole('button', { name: 'Apply' }).click();
  await expect(planRadio(page, 'Pro')).toBeChecked();
  await expect(edge(page, 'feature-a', 'integration')).toHaveCount(1);
  await expect(panelTitle(page)).toHaveText('Integration');
});

test('variable:list output on its own adds the variables, sensitive values kept hidden', async ({
  page,
}) => {
  const variables = `Variables on the project Demo Store (abcdefg123456), environment staging:
+----------------+-------------+---------------------------+---------+
| Name           | Level       | Value                     | Enabled |
+----------------+-------------+---------------------------+---------+
| PASTED_FLAG    | project     | on                        |         |
| PASTED_SECRET  | environment | [Hidden: sensitive value] | true    |
+----------------+-------------+---------------------------+---------+
`;
  await openApp(page);
  await pasteAndRead(page, variables);
  const preview = pasteDialog(page).getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText('1 project variable, 1 environment variable on staging');
  await preview.getByRole('button', { name: 'Apply' }).click();
  await node(page, 'staging').click();
  const rows = page
    .getByRole('complementary', { name: 'Environment details' })
    .getByRole('region', { name: 'Variables', exact: true })
    .getByRole('row');
  await expect(rows.filter({ hasText: 'PASTED_FLAG' })).toContainText('on');
  await expect(rows.filter({ hasText: 'PASTED_SECRET' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'PASTED_SECRET' })).not.toContainText('Hidden');
});
