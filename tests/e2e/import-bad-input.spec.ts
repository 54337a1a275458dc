import { expect, test } from '@playwright/test';
import {
  allNodes,
  dialogNamed,
  expectDefaultServices,
  importThroughChooser,
  liveRegion,
  node,
  openApp,
  panelTitle,
  selectEnvironment,
} from './helpers';

type Payload = Readonly<{ name: string; mimeType: string; buffer: Buffer }>;

function yamlFile(name: string, text: string): Payload {
  return { name, mimeType: 'application/yaml', buffer: Buffer.from(text, 'utf8') };
}

const APP_YAML = `name: mymagento
type: php:8.3
relationships:
    database: "mysql:mysql"
    queue: "rabbitmq:rabbitmq"
`;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

type BadInput = Readonly<{ title: string; files: () => Payload[]; message: string | RegExp }>;

const CASES: readonly BadInput[] = [
  {
    title: 'broken YAML in services.yaml, with the line of the error',
    files: () => [
      // Line 3 is indented less than the line above it.
      yamlFile(
        'services.yaml',
        'mysql:\n    type: mysql:10.0\n  disk: 2048\nredis:\n    type: redis:3.0\n',
      ),
    ],
    message: /^services\.yaml, line 3: YAML syntax error: /,
  },
  {
    title: 'a service without a type, named by its key path',
    files: () => [
      yamlFile('services.yaml', 'mysql:\n    type: mysql:10.0\ncache:\n    disk: 512\n'),
    ],
    message: /^services\.yaml, line \d+ \(cache\.type\): service "cache" has no type/,
  },
  {
    title: 'a relationship naming a service services.yaml does not define',
    files: () => [
      yamlFile('.magento.app.yaml', APP_YAML),
      yamlFile('services.yaml', 'mysql:\n    type: mysql:10.0\n'),
    ],
    message:
      /^\.magento\.app\.yaml, line 5 \(relationships\.queue\): relationship "queue" names service "rabbitmq", which services\.yaml does not define \(it defines: mysql\)/,
  },
  {
    title: 'an image named services.yaml',
    files: () => [
      {
        name: 'services.yaml',
        mimeType: 'image/png',
        buffer: Buffer.concat([Buffer.from(PNG_SIGNATURE), Buffer.alloc(256, 0x17)]),
      },
    ],
    message: /^services\.yaml, line 1: not a YAML text file: it holds binary data/,
  },
  {
    title: 'an empty .magento.app.yaml',
    files: () => [yamlFile('.magento.app.yaml', '')],
    message: /^\.magento\.app\.yaml(, line 1)?: is empty: it must at least name the application/,
  },
  {
    title: 'a 5 MB services.yaml',
    files: () => [
      // 81,920 comment lines of 64 bytes: exactly 5 MB of valid YAML.
      yamlFile('services.yaml', `# ${'x'.repeat(61)}\n`.repeat(81_920)),
    ],
    message: /^services\.yaml: too large \(5 MB; the limit is 1 MB\)/,
  },
  {
    title: 'a file with an unrelated name',
    files: () => [
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('mysql: yes\n') },
    ],
    message: /^notes\.txt: not a Magento Cloud config file \(expected \.magento\.app\.yaml, /,
  },
];

test.describe('bad import input is refused and changes nothing', () => {
  for (const { title, files, message } of CASES) {
    test(title, async ({ page }) => {
      await openApp(page);
      await selectEnvironment(page, 'staging', 'Staging');

      await importThroughChooser(page, files());

      const report = dialogNamed(page, 'Import refused: nothing changed');
      const errors = report.getByRole('list', { name: 'Errors' }).getByRole('listitem');
      await expect(errors).toHaveCount(1);
      await expect(errors).toHaveText(message);
      await expect(liveRegion(page)).toHaveText(
        'Import refused: 1 problem in the files; your Starter project is unchanged.',
      );
      await report.getByRole('button', { name: 'Close' }).click();
      await expect(report).toHaveCount(0);

      // The default project is still there, exactly.
      await expect(node(page, 'feature-checkout')).toBeVisible();
      await expect(node(page, 'feature-old-theme')).toBeVisible();
      await expect(allNodes(page)).toHaveCount(4);
      await expect(panelTitle(page)).toHaveText('Staging');
      await expectDefaultServices(page);
      await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute(
        'aria-disabled',
        'true',
      );
    });
  }
});
