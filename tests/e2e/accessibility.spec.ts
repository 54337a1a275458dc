import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import {
  detailsPanel,
  dialogNamed,
  importPreview,
  importThroughChooser,
  node,
  openApp,
  realProjectFiles,
  selectEnvironment,
  switchPlan,
} from './helpers';

/**
 * axe-core's WCAG 2.0/2.1 A and AA rules find nothing on the main screens, in both themes:
 * the system's own (prefers-color-scheme) and the one the header's "Theme" control picks
 * over it.
 */

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type ThemeCase = Readonly<{
  title: string;
  system: 'light' | 'dark';
  /** The Theme control's choice, or none to follow the system. */
  control?: 'Light' | 'Dark';
  /** The screens checked, by test title; all when not given. */
  only?: readonly string[];
}>;

// Each theme as the system asks for it, and dark as the Theme control picks it over a light
// system (theme.spec.ts checks the reverse, Light over a dark system, draws the light page).
// The control sets color-scheme, which picks the same light-dark() column of the palette as
// the dark system does (theme.css), so every screen's colours are those the dark system case
// checks; over a light system it is checked where it must reach: the diagram (React Flow's
// own colour mode), the panel and a dialog.
const THEMES: readonly ThemeCase[] = [
  { title: 'light system theme', system: 'light' },
  { title: 'dark system theme', system: 'dark' },
  {
    title: 'Theme: Dark over a light system',
    system: 'light',
    control: 'Dark',
    only: [
      'the default Starter diagram',
      'the details panel of a selected environment',
      'the command palette',
    ],
  },
];

/** Runs axe over the page (or one dialog) and lists each violation with the nodes it found. */
async function expectNoViolations(page: Page, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_AA);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const found = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n${v.nodes
        .map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replaceAll('\n', ' ')}`)
        .join('\n')}`,
  );
  expect(found, found.join('\n')).toEqual([]);
}

async function openInTheme(page: Page, theme: ThemeCase, search = ''): Promise<void> {
  await page.emulateMedia({ colorScheme: theme.system });
  await openApp(page, search);
  if (theme.control) {
    await page
      .getByRole('banner')
      .getByRole('combobox', { name: 'Theme', exact: true })
      .selectOption(theme.control);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme.control.toLowerCase());
  }
}

async function openDialogByButton(page: Page, name: string, dialog: string | RegExp) {
  await page.getByRole('banner').getByRole('button', { name, exact: true }).click();
  const shown = dialogNamed(page, dialog);
  await expect(shown).toBeVisible();
  return shown;
}

async function openFromHelp(page: Page, item: string, dialog: string | RegExp) {
  const banner = page.getByRole('banner');
  await banner.getByText('Help', { exact: true }).click();
  await banner.getByRole('button', { name: item, exact: true }).click();
  const shown = dialogNamed(page, dialog);
  await expect(shown).toBeVisible();
  return shown;
}

for (const theme of THEMES) {
  test.describe(`accessibility, ${theme.title}`, () => {
    // An axe scan of the whole page takes seconds of its own.
    test.slow();
    const screens = new Set<string>();
    const screen = (title: string, body: (args: { page: Page }) => Promise<void>) => {
      screens.add(title);
      if (!theme.only || theme.only.includes(title)) test(title, body);
    };

    screen('the default Starter diagram', async ({ page }) => {
      await openInTheme(page, theme);
      await expect(node(page, 'feature-old-theme')).toBeVisible();
      await expectNoViolations(page);
    });

    screen('the default Pro diagram', async ({ page }) => {
      await openInTheme(page, theme);
      await switchPlan(page, 'Pro');
      await expect(node(page, 'integration')).toBeVisible();
      await expectNoViolations(page);
    });

    screen('the details panel of a selected environment', async ({ page }) => {
      await openInTheme(page, theme);
      await selectEnvironment(page, 'feature-checkout', 'Checkout with RabbitMQ');
      await expect(detailsPanel(page).getByRole('heading', { name: 'Variables' })).toBeVisible();

      // Everything it folds away opened (the summaries stay): the reasons, each system
      // variable's decoded value.
      const folded = detailsPanel(page).locator('details:not([open]) > summary');
      const count = await folded.count();
      expect(count, 'the panel folds something away').toBeGreaterThan(0);
      for (let i = 0; i < count; i++) await folded.first().click();
      await expect(detailsPanel(page).locator('.json').first()).toBeVisible();
      await expectNoViolations(page);
    });

    screen('the details panel of an inactive environment', async ({ page }) => {
      await openInTheme(page, theme);
      await selectEnvironment(page, 'feature-old-theme', 'Old theme experiment');
      await expectNoViolations(page);
    });

    screen('a phone-sized screen with an environment selected', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await openInTheme(page, theme, '?env=staging');
      await expect(detailsPanel(page).getByRole('heading', { name: 'Staging' })).toBeVisible();
      await expectNoViolations(page);
    });

    screen('the list view', async ({ page }) => {
      await openInTheme(page, theme);
      await page
        .getByRole('radiogroup', { name: 'View' })
        .getByRole('radio', { name: 'List' })
        .check();
      await expect(page.getByRole('treegrid', { name: 'Environments' })).toBeVisible();
      await expectNoViolations(page);
    });

    screen('a scenario with its goals', async ({ page }) => {
      await openInTheme(page, theme, '?scenario=promote-pro');
      await expect(page.getByRole('region', { name: 'Goals' })).toBeVisible();
      await expectNoViolations(page);
    });

    screen('the command palette', async ({ page }) => {
      await openInTheme(page, theme);
      await page.keyboard.press('Control+k');
      await expect(dialogNamed(page, 'Commands')).toBeVisible();
      await expectNoViolations(page);
    });

    screen('the Scenarios dialog', async ({ page }) => {
      await openInTheme(page, theme);
      await openDialogByButton(page, 'Scenarios', /Scenarios/);
      await expectNoViolations(page);
    });

    screen('the Legend', async ({ page }) => {
      await openInTheme(page, theme);
      await openDialogByButton(page, 'Legend', 'Legend');
      await expectNoViolations(page);
    });

    screen('the Glossary', async ({ page }) => {
      await openInTheme(page, theme);
      await openFromHelp(page, 'Glossary', 'Glossary');
      await expectNoViolations(page);
    });

    screen('the tour', async ({ page }) => {
      await openInTheme(page, theme);
      await openFromHelp(page, 'Take the tour', 'A short tour');
      await expectNoViolations(page);
    });

    screen('Compare with…', async ({ page }) => {
      await openInTheme(page, theme);
      await selectEnvironment(page, 'feature-checkout', 'Checkout with RabbitMQ');
      await detailsPanel(page).getByRole('button', { name: 'Compare with…', exact: true }).click();
      await expect(dialogNamed(page, 'Compare environments')).toBeVisible();
      await expectNoViolations(page);
    });

    screen('Preview merge', async ({ page }) => {
      await openInTheme(page, theme);
      await selectEnvironment(page, 'feature-checkout', 'Checkout with RabbitMQ');
      await detailsPanel(page).getByRole('button', { name: 'Preview merge', exact: true }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoViolations(page);
    });

    screen('the import preview', async ({ page }) => {
      await openInTheme(page, theme);
      await importThroughChooser(page, realProjectFiles('magento__magento-cloud@2016'));
      await expect(importPreview(page)).toBeVisible();
      await expectNoViolations(page);
    });

    screen('the import refused dialog', async ({ page }) => {
      await openInTheme(page, theme);
      await importThroughChooser(page, [
        {
          name: 'services.yaml',
          mimeType: 'application/yaml',
          buffer: Buffer.from('mysql:\n    type: mysql:10.0\ncache:\n    disk: 512\n'),
        },
      ]);
      await expect(dialogNamed(page, /refused/)).toBeVisible();
      await expectNoViolations(page);
    });

    // A screen named in `only` that no test above has would go unchecked without a word.
    const unknown = theme.only?.filter((title) => !screens.has(title)) ?? [];
    if (unknown.length > 0)
      throw new Error(`${theme.title}: no screen named ${unknown.join(', ')}`);
  });
}
