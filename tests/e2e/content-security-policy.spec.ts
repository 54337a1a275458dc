import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { diagram, dialogNamed, liveRegion, node, openApp, selectEnvironment } from './helpers';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

type Violation = Readonly<{ directive: string; blocked: string; sample: string }>;
type Watched = Window & { cspViolations?: Violation[] };

/**
 * Collects every `securitypolicyviolation` the page raises (from before its first script) and
 * every console error that names the policy, as Chromium logs a refused load or eval.
 */
async function watchPolicy(page: Page): Promise<{
  violations: () => Promise<Violation[]>;
  consoleErrors: string[];
}> {
  await page.addInitScript(() => {
    const watched = window as Watched;
    watched.cspViolations = [];
    window.addEventListener(
      'securitypolicyviolation',
      (event) =>
        watched.cspViolations?.push({
          directive: event.effectiveDirective,
          blocked: event.blockedURI,
          sample: event.sample,
        }),
      true,
    );
  });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /content.security.policy/i.test(message.text()))
      consoleErrors.push(message.text());
  });
  return {
    violations: () => page.evaluate(() => (window as Watched).cspViolations ?? []),
    consoleErrors,
  };
}

/** Clicks an export button and returns the file's bytes; fails at once if the app says it could not. */
async function exportImage(page: Page, button: 'Export PNG' | 'Export SVG'): Promise<Buffer> {
  const downloaded = page.waitForEvent('download');
  await diagram(page).getByRole('button', { name: button, exact: true }).click();
  const refused = liveRegion(page)
    .getByText(/^Could not export/)
    .waitFor()
    .then(
      async () => {
        throw new Error(`${button}: ${await liveRegion(page).textContent()}`);
      },
      () => undefined,
    );
  const download = await Promise.race([downloaded, refused]);
  if (!download) throw new Error(`${button}: no download`);
  return readFile(await download.path());
}

/** The served page's policy, directive by directive. */
function parsePolicy(html: string): Map<string, string[]> {
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i);
  expect(meta, 'index.html has a Content-Security-Policy meta').not.toBeNull();
  const policy = new Map<string, string[]>();
  for (const directive of (meta?.[1] ?? '').split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

test.describe('the Content-Security-Policy', () => {
  test('the index.html served at / carries the policy before any script or stylesheet', async ({
    request,
  }) => {
    const html = await (await request.get('/')).text();
    const policy = parsePolicy(html);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    const scripts = policy.get('script-src');
    expect(scripts, 'script-src').toContain("'self'");
    for (const loose of ["'unsafe-inline'", "'unsafe-eval'", 'data:', 'blob:', '*'])
      expect(scripts, `script-src allows ${loose}`).not.toContain(loose);
    // A meta policy only governs what the parser meets after it.
    const at = html.search(/<meta http-equiv="Content-Security-Policy"/i);
    expect(at).toBeLessThan(html.search(/<script\b/i));
    expect(at).toBeLessThan(html.search(/<link rel="stylesheet"/i));
  });

  test('an injected inline script does not run, code from a string is refused, both reported', async ({
    page,
  }) => {
    const watch = await watchPolicy(page);
    await openApp(page);
    const outcome = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedRan = true;';
      document.body.append(script);
      // From a task of the page's own: code the test runner evaluates may eval regardless.
      const evalRan = await new Promise<boolean>((resolve) =>
        setTimeout(() => {
          try {
            resolve(new Function('return true')());
          } catch {
            resolve(false);
          }
        }),
      );
      return { injectedRan: 'injectedRan' in window, evalRan };
    });
    expect(outcome).toEqual({ injectedRan: false, evalRan: false });
    await expect
      .poll(async () => (await watch.violations()).map((v) => v.directive).sort())
      .toEqual(['script-src', 'script-src-elem']);
  });

  test.describe('the whole app works under it', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

    test('lazy parts, the share link and both image exports raise no violation', async ({
      page,
    }) => {
      test.slow(); // a dozen lazy loads and two exports, each awaited
      const watch = await watchPolicy(page);
      await openApp(page);

      // Lazy chunks: the details panel, the context menu, the palette, the dialogs, the CLI.
      await selectEnvironment(page, 'staging', 'Staging');
      await node(page, 'staging').click({ button: 'right' });
      await expect(page.getByRole('menu', { name: 'Commands for staging' })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('menu', { name: 'Commands for staging' })).toHaveCount(0);

      await page.keyboard.press('Control+k');
      await expect(dialogNamed(page, 'Commands')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dialogNamed(page, 'Commands')).toHaveCount(0);

      await page.getByRole('button', { name: 'Scenarios', exact: true }).click();
      await expect(dialogNamed(page, 'Scenarios').getByRole('listitem').first()).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dialogNamed(page, 'Scenarios')).toHaveCount(0);

      await page.getByRole('banner').getByRole('button', { name: 'Legend', exact: true }).click();
      await expect(dialogNamed(page, 'Legend')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dialogNamed(page, 'Legend')).toHaveCount(0);

      const commandLine = page.getByRole('region', { name: 'Command line' });
      const prompt = commandLine.getByRole('textbox', { name: 'Command' });
      await prompt.fill('magento-cloud environment:redeploy -e staging');
      await prompt.press('Enter');
      await expect(commandLine.getByRole('list', { name: 'Session commands' })).toContainText(
        'magento-cloud environment:redeploy -e staging',
      );

      // The PNG goes through an SVG data: URL drawn into an <img> and onto a canvas.
      const png = await exportImage(page, 'Export PNG');
      expect(png.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE), 'PNG signature').toBe(
        true,
      );
      expect(png.length).toBeGreaterThan(5 * 1024);
      await expect(liveRegion(page)).toHaveText('Exported the Starter diagram as PNG.');

      await page.getByRole('radio', { name: 'Pro', exact: true }).check();
      await expect(node(page, 'production')).toBeVisible();

      await page.locator('summary', { hasText: 'Project' }).click();
      await page.getByRole('button', { name: 'Copy share link', exact: true }).click();
      await expect(liveRegion(page)).toContainText('Share link copied');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('#share=');

      const svg = (await exportImage(page, 'Export SVG')).toString('utf8');
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).toContain('feature-checkout');
      await expect(liveRegion(page)).toHaveText('Exported the Pro diagram as SVG.');

      expect(await watch.violations()).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    });
  });
});
