import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type FileChooser, type JSHandle, type Locator, type Page } from '@playwright/test';

/**
 * Shared lookups for the e2e tests. Everything is found the way the user-visible contract in
 * DESIGN.md says: roles and names, and React Flow's `data-id` for nodes and edges.
 */

export type PlanName = 'Starter' | 'Pro';

/** Project ids of the embedded defaults (src/domain/defaults/default-project.ts). */
export const PROJECT_ID = { starter: 'abcdef7starter', pro: 'uvwxyz3pro' } as const;

/** Values that must never reach the page (sensitive variables of the embedded defaults). */
export const SECRETS = ['Live-Adm1n-Secret!', '9f8e7d6c'] as const;

/** An environment on the canvas: the React Flow node whose id is the branch name. */
export function node(page: Page, id: string): Locator {
  return page.locator(`[data-id="${id}"]`);
}

/** A merge path on the canvas: the React Flow edge whose id is `<child>-><parent>`. */
export function edge(page: Page, child: string, parent: string): Locator {
  return page.locator(`[data-id="${child}->${parent}"]`);
}

/** Every environment node and every merge edge drawn on the canvas. */
export function allNodes(page: Page): Locator {
  return page.locator('.react-flow__node');
}

export function allEdges(page: Page): Locator {
  return page.locator('.react-flow__edge');
}

/** The details panel: the `aside` landmark named "Environment details". */
export function detailsPanel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Environment details' });
}

/** The panel's title (its h2): the selected environment's title. */
export function panelTitle(page: Page): Locator {
  return detailsPanel(page).getByRole('heading', { level: 2 });
}

/** A plan radio. The radios are found by role and name; the group itself is checked in plan-switch.spec.ts. */
export function planRadio(page: Page, plan: PlanName): Locator {
  return page.getByRole('radio', { name: plan, exact: true });
}

/** Opens the app (optionally with a query string) and waits until the diagram is drawn. */
export async function openApp(page: Page, search = ''): Promise<void> {
  await page.goto(`/${search}`);
  await expect(node(page, 'master')).toBeVisible();
}

/** Switches plans the way a person does: by checking the plan's radio. */
export async function switchPlan(page: Page, plan: PlanName): Promise<void> {
  await planRadio(page, plan).check();
  await expect(planRadio(page, plan)).toBeChecked();
}

/**
 * Waits until the diagram's view holds still for two frames: a new branch or a search moves
 * it into view over 300 ms, and a click aimed while it moves lands beside its target.
 */
export async function viewHoldsStill(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
        const before = viewport?.style.transform;
        requestAnimationFrame(() =>
          requestAnimationFrame(() => resolve(viewport?.style.transform === before)),
        );
      }),
  );
}

/** Clicks an environment on the canvas and waits for the panel to show the given title. */
export async function selectEnvironment(page: Page, id: string, title: string): Promise<void> {
  await viewHoldsStill(page);
  await node(page, id).click();
  await expect(panelTitle(page)).toHaveText(title);
}

/** A section of the details panel, found by its heading ("Services", "Variables", ...). */
export function panelSection(page: Page, heading: string): Locator {
  return detailsPanel(page).getByRole('region', { name: heading, exact: true });
}

/**
 * A service list item of the Services section: its id followed by its `type:version` (and no
 * longer version, so `redis:3.0` does not match `redis:3.05`).
 */
export function serviceItem(page: Page, id: string, type: string): Locator {
  return panelSection(page, 'Services')
    .getByRole('listitem')
    .filter({ hasText: new RegExp(`^\\s*${id}\\s+${type.replaceAll('.', '\\.')}(?![\\d.])`) });
}

/** Every list item of the Services section whose text mentions `id` (any version). */
export function servicesNamed(page: Page, id: string): Locator {
  return panelSection(page, 'Services')
    .getByRole('listitem')
    .filter({ hasText: new RegExp(`^\\s*${id}\\b`) });
}

/** The variable rows whose first cell is exactly `name` (there can be one per level). */
export function variableRows(page: Page, name: string): Locator {
  return panelSection(page, 'Variables')
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name, exact: true }) });
}

/** A badge ("Inherited", "Overridden", "Inactive") inside a variable row. */
export function badge(row: Locator, text: 'Inherited' | 'Overridden' | 'Inactive'): Locator {
  return row.getByText(text, { exact: true });
}

/** The value (`dd`) that follows a term (`dt`) in a description list of the panel. */
export function definitionOf(page: Page, term: string | RegExp): Locator {
  return detailsPanel(page)
    .getByRole('term')
    .filter({ hasText: typeof term === 'string' ? new RegExp(`^\\s*${term}\\s*$`) : term })
    .locator('xpath=following-sibling::dd[1]');
}

/** Current query parameter of the page's URL. */
export function urlParam(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name);
}

/**
 * Asserts that no sensitive value is anywhere in the page: not in the HTML and not inside any
 * base64 text the page shows (MAGENTO_CLOUD_* values are base64 JSON).
 */
export async function expectNoSecrets(page: Page): Promise<void> {
  const html = await page.content();
  for (const secret of SECRETS)
    expect(html, `page HTML contains "${secret}"`).not.toContain(secret);

  const decoded = await page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (const token of n.textContent?.match(/[A-Za-z0-9+/]{16,}={0,2}/g) ?? []) {
        try {
          texts.push(atob(token));
        } catch {
          // not base64
        }
      }
    }
    return texts.join('\n');
  });
  for (const secret of SECRETS) {
    expect(decoded, `a base64 value on the page decodes to "${secret}"`).not.toContain(secret);
  }
}

/** An operation button of the details panel ("Branch", "Merge", "Activate", ...). */
export function operationButton(page: Page, name: string): Locator {
  return detailsPanel(page).getByRole('button', { name, exact: true });
}

/** The live region that reads out the outcome of the latest operation. */
export function liveRegion(page: Page): Locator {
  return page.getByRole('status');
}

/** The "Activity" region: the project's history. */
export function activityRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'Activity' });
}

/** The entries of the Activity region, newest first. */
export function activityEntries(page: Page): Locator {
  return activityRegion(page).getByRole('listitem');
}

/** The header's count against the active limit: "active: N of 4", "Integration: N of 5 active". */
export function activeCountText(page: Page): Locator {
  return page.getByRole('banner').getByText(/active: \d+ of \d+|Integration: \d+ of \d+ active/);
}

/** The diagram itself: React Flow's wrapper, named "Environment tree". */
export function diagram(page: Page): Locator {
  return page.getByRole('application', { name: 'Environment tree' });
}

export type Box = Readonly<{ x: number; y: number; width: number; height: number }>;

/** The bounding box of a node once it has stopped moving (fit view, spring back). */
export async function settledBox(locator: Locator): Promise<Box> {
  let previous: Box | null = null;
  let settled: Box | null = null;
  await expect
    .poll(
      async () => {
        const box = await locator.boundingBox();
        const same =
          box !== null &&
          previous !== null &&
          Math.abs(box.x - previous.x) < 0.5 &&
          Math.abs(box.y - previous.y) < 0.5;
        previous = box;
        if (same) settled = box;
        return same;
      },
      { message: 'the node never stopped moving', intervals: [50] },
    )
    .toBe(true);
  if (settled === null) throw new Error('no bounding box');
  return settled;
}

function centre(box: Box): { x: number; y: number } {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Drags the node `from` with a real pointer onto the centre of the node `to` and keeps the
 * button pressed: the drag is still in progress when this returns.
 */
export async function dragOver(page: Page, from: string, to: string): Promise<void> {
  const start = centre(await settledBox(node(page, from)));
  const end = centre(await settledBox(node(page, to)));
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  // A few pixels first, so React Flow starts the drag before the long move.
  await page.mouse.move(start.x + 6, start.y - 6, { steps: 3 });
  await page.mouse.move(end.x, end.y, { steps: 15 });
}

/** Drags the node `from` with a real pointer and drops it on the centre of the node `to`. */
export async function dragOnto(page: Page, from: string, to: string): Promise<void> {
  await dragOver(page, from, to);
  await page.mouse.up();
}

/** How an environment node looks: its face, text and role-stripe colours, computed. */
export function lookOf(locator: Locator): Promise<string> {
  return locator.locator('.env-node').evaluate((el) => {
    const style = getComputedStyle(el);
    return [style.backgroundColor, style.color, style.borderLeftColor].join(' / ');
  });
}

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails after `max` presses. */
export async function tabTo(
  page: Page,
  target: Locator,
  { backwards = false, max = 40 }: { backwards?: boolean; max?: number } = {},
): Promise<void> {
  let focused = false;
  for (let presses = 0; presses < max && !focused; presses++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    focused = await target.evaluate((el) => el === document.activeElement);
  }
  expect(focused, `${backwards ? 'Shift+Tab' : 'Tab'} never reached ${target}`).toBe(true);
}

/** The real project fixtures (tests/fixtures/real-projects/, a copy of the shared ones). */
export const REAL_PROJECTS = fileURLToPath(new URL('../fixtures/real-projects/', import.meta.url));

/** The config files of a real project, as absolute paths (the order a folder lists them). */
export function realProjectFiles(project: string): string[] {
  const root = join(REAL_PROJECTS, project);
  const candidates = [
    '.magento.app.yaml',
    '.magento/services.yaml',
    '.magento/routes.yaml',
    '.magento.env.yaml',
  ];
  return candidates.map((file) => join(root, file)).filter((file) => existsSync(file));
}

/** A file as the browser hands it over: a bare name (no folder) and its text. */
export type DroppedFile = Readonly<{ name: string; text: string }>;

/** A real project's config files as bare names with their text, as a drop or chooser gives them. */
export function realProjectTexts(project: string): DroppedFile[] {
  return realProjectFiles(project).map((file) => ({
    name: basename(file),
    text: readFileSync(file, 'utf8'),
  }));
}

/** The toolbar button that opens the file chooser. */
export function importButton(page: Page): Locator {
  return page.getByRole('banner').getByRole('button', { name: 'Import files', exact: true });
}

type ChosenFiles = Parameters<FileChooser['setFiles']>[0];

/** Imports files the way a person does: "Import files", then picks them in the file chooser. */
export async function importThroughChooser(page: Page, files: ChosenFiles): Promise<void> {
  const chooserShown = page.waitForEvent('filechooser');
  await importButton(page).click();
  const chooser = await chooserShown;
  expect(chooser.isMultiple(), 'the chooser takes several files at once').toBe(true);
  await chooser.setFiles(files);
}

/** Pastes `text` into "Paste CLI output", reads it and applies what the preview shows. */
export async function applyCliPaste(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Paste CLI output' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste CLI output' });
  await dialog.getByRole('textbox', { name: 'CLI output' }).fill(text);
  await dialog.getByRole('button', { name: 'Read' }).click();
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog).toHaveCount(0);
}

/** The import preview that a good import opens before it changes anything. */
export function importPreview(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Import preview' });
}

/** Takes the files one of the preview's two ways: into the current branches, or as a new project. */
export async function chooseImport(
  page: Page,
  choice: 'Keep my branches' | 'New project',
): Promise<void> {
  const preview = importPreview(page);
  await preview.getByRole('button', { name: choice, exact: true }).click();
  await expect(preview).toHaveCount(0);
}

/** A DataTransfer in the page holding the given files, for synthetic drag events. */
export function dataTransferOf(page: Page, files: readonly DroppedFile[]): Promise<JSHandle> {
  return page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const { name, text } of list) data.items.add(new File([text], name));
    return data;
  }, files);
}

/** A modal dialog, found by its title. */
export function dialogNamed(page: Page, name: string | RegExp): Locator {
  return page.getByRole('dialog', { name });
}

/** The default project's services of `master`/`staging` (DESIGN.md, the embedded default). */
export const DEFAULT_SERVICES = [
  ['mysql', 'mysql:10.0'],
  ['redis', 'redis:3.0'],
  ['elasticsearch', 'elasticsearch:2.4'],
] as const;

/** Asserts that the panel lists exactly the default services (for a fixed branch). */
export async function expectDefaultServices(page: Page): Promise<void> {
  for (const [id, type] of DEFAULT_SERVICES)
    await expect(serviceItem(page, id, type)).toHaveCount(1);
  await expect(servicesList(page).getByRole('listitem')).toHaveCount(DEFAULT_SERVICES.length);
}

/** The list of services read from services.yaml (not the platform's or third parties'). */
export function servicesList(page: Page): Locator {
  return panelSection(page, 'Services').getByRole('list', { name: 'Services from services.yaml' });
}
