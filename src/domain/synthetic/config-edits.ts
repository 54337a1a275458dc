import type { ConfigFiles } from '../types';

/** A change a synthetic branch commits: what it says and the files afterwards. */
export type ConfigEdit = Readonly<{ summary: string; files: ConfigFiles }>;

type ExtraService = Readonly<{ id: string; type: string; endpoint: string; disk?: number }>;

// Services a branch can add on top of the default stack (DOMAIN.md §4, 2.1-era versions).
const EXTRA_SERVICES: readonly ExtraService[] = [
  { id: 'rabbitmq', type: 'rabbitmq:3.5', endpoint: 'rabbitmq', disk: 512 },
  { id: 'redis-session', type: 'redis:3.0', endpoint: 'redis' },
  { id: 'solr', type: 'solr:4.10', endpoint: 'solr', disk: 1024 },
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
    summary: `Add ${service.id} (${service.type})`,
    files: {
      ...files,
      '.magento/services.yaml': `${services}\n${service.id}:\n    type: ${service.type}\n${disk}`,
      '.magento.app.yaml': app.replace(RELATIONSHIP_ANCHOR, RELATIONSHIP_ANCHOR + relationship),
    },
  };
}

function replaceSetting(
  files: ConfigFiles,
  file: keyof ConfigFiles,
  pattern: RegExp,
  next: (current: string) => string,
  summary: (value: string) => string,
): ConfigEdit | null {
  const match = pattern.exec(files[file]);
  const current = match?.[1];
  if (!match || current === undefined) return null;
  const value = next(current);
  const line = match[0].replace(current, value);
  return {
    summary: summary(value),
    files: { ...files, [file]: files[file].replace(match[0], line) },
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
    replaceSetting(
      files,
      '.magento.env.yaml',
      /SCD_THREADS: (\d+)/,
      (threads) => String(Number(threads) + 1),
      (threads) => `Build with ${threads} static-content threads`,
    ),
    replaceSetting(
      files,
      '.magento.app.yaml',
      /memory_limit: (\d+)G/,
      (gigabytes) => String(Number(gigabytes) + 1),
      (gigabytes) => `Raise the PHP memory limit to ${gigabytes}G`,
    ),
  ];
  return edits.filter((edit) => edit !== null);
}
