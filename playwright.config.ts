import { existsSync } from 'node:fs';
import { chromium, defineConfig } from '@playwright/test';

/**
 * The Chromium the browser tests drive: CHROMIUM_PATH, else the system one
 * (/usr/bin/chromium, Debian's package), else Playwright's own (`npx playwright install
 * chromium`, where a network allows it). With none, the run stops here and says how to get one.
 */
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  if (existsSync(chromium.executablePath())) return undefined;
  console.error(
    'No Chromium for the browser tests: install one (apt-get install chromium, or npx playwright install chromium) or set CHROMIUM_PATH.',
  );
  process.exit(1);
}

const executablePath = chromiumPath();
// Another port lets a second run (e.g. a clean-clone CI check) sit beside a dev preview.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Deploys end at once in the tests (the app's own default lets them play out); a test
    // that watches one chooses a speed itself.
    storageState: {
      cookies: [],
      origins: [
        {
          origin: `http://127.0.0.1:${port}`,
          localStorage: [
            { name: 'magento-cloud-explorer:deploy-speed', value: 'instant' },
            // The first-visit tour is seen off; help.spec.ts meets it in a browser of its own.
            { name: 'magento-cloud-explorer:tour-dismissed', value: 'yes' },
          ],
        },
      ],
    },
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
