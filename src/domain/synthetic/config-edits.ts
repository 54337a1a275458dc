import type { ConfigFiles } from '../types';

/** A change a synthetic branch commits: what it says and the files afterwards. */
export type ConfigEdit = Readonly<{
  /** `service:<id>`, `build-threads` or `php-memory`. */
  key: string;
  summary: string;
  files: ConfigFiles;
}>;

type ExtraService = Readonly<{ id: string; type: string; endpoint: string; disk?: number }>;

// Services a branch can add on top of the default stack (DOMAIN.md §4, 2.1-era versions).
const EXTRA_SERVICES: readonly ExtraService[] = [
  { id: 'rabbitmq', type: 'rabbitmq:3.5', endpoint: 'rabbitmq', disk: 512 },
  { id: 'redis-session', type: 'redis:3.0', endpoint: 'redis' },
  { id: 'solr', type: 'solr:4.10', endpoint: 'solr', disk: 512 },
];

// Every relationship is added after this line of the default `.magento.app.yaml`.
const RELATIONSHIP_ANCHOR = '    elasticsearch: "elasticsearch:elasticsearch"\n';

function addService(files: ConfigFiles, service: ExtraService): ConfigEdit | null {
  const services = files['.magento/services.yaml'];
  const app = files['.magento.app.yaml'];
  if (services.includes(`\n${service.id}:\n`) || !app.includes(RELATIONSHIP_ANCHOR)) return null;
  const disk = service.disk === undefined ? '' : `    disk: ${service.disk}\n`;
  const relationship = `    ${service.id}: "${service.id}:${service.endpoint}"\n`;
  return {
    key: `service:${service.id}`,
    summary: `Add ${service.id} (${service.type})`,
    files: {
      ...files,
      '.magento/services.yaml': `${services}\n${service.id}:\n    type: ${service.type}\n${disk}`,
      '.magento.app.yaml': app.replace(RELATIONSHIP_ANCHOR, RELATIONSHIP_ANCHOR + relationship),
    },
  };
}

type SettingChange = Readonly<{
  key: string;
  file: keyof ConfigFiles;
  /** Finds the setting; its first group is the value that changes. */
  pattern: RegExp;
  next: (current: string) => string;
  summary: (value: string) => string;
}>;

function changeSetting(files: ConfigFiles, change: SettingChange): ConfigEdit | null {
  const text = files[change.file];
  const match = change.pattern.exec(text);
  const current = match?.[1];
  if (!match || current === undefined) return null;
  const value = change.next(current);
  const line = match[0].replace(current, value);
  return {
    key: change.key,
    summary: change.summary(value),
    files: { ...files, [change.file]: text.replace(match[0], line) },
  };
}

/**
 * The config changes a synthetic branch can commit on top of `files`: add a service (with its
 * relationship), raise the build threads, or raise PHP's memory limit. Each one changes at
 * least one setting, so the branch has something its parent lacks.
 */
export function configEdits(files: ConfigFiles): ConfigEdit[] {
  const edits = [
    ...EXTRA_SERVICES.map((service) => addService(files, service)),
    changeSetting(files, {
      key: 'build-threads',
      file: '.magento.env.yaml',
      pattern: /SCD_THREADS: (\d+)/,
      next: (threads) => String(Number(threads) + 1),
      summary: (threads) => `Build with ${threads} static-content threads`,
    }),
    changeSetting(files, {
      key: 'php-memory',
      file: '.magento.app.yaml',
      pattern: /memory_limit: (\d+)G/,
      next: (gigabytes) => String(Number(gigabytes) + 1),
      summary: (gigabytes) => `Raise the PHP memory limit to ${gigabytes}G`,
    }),
  ];
  return edits.filter((edit) => edit !== null);
}
