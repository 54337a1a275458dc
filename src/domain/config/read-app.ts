import { isRecord, parseYaml, type YamlProblem } from './parse-yaml';

export type Relationship = Readonly<{ name: string; service: string; endpoint: string }>;

export type AppVariable = Readonly<{ name: string; value: string }>;

export type AppDefinition = Readonly<{
  name: string;
  type: string;
  relationships: readonly Relationship[];
  disk: number | null;
  /** `variables:` flattened to `prefix:NAME`, e.g. `env:ADMIN_LOCALE`, `php:memory_limit`. */
  variables: readonly AppVariable[];
  documentRoot: string;
  mounts: readonly string[];
  hooks: Readonly<Record<string, string>>;
  crons: readonly string[];
  /** The whole file as data, for MAGENTO_CLOUD_APPLICATION. */
  raw: Readonly<Record<string, unknown>>;
}>;

export type AppRead = Readonly<{ app: AppDefinition; problems: readonly YamlProblem[] }>;

export const APP_FILE = '.magento.app.yaml';

const EMPTY_APP: AppDefinition = {
  name: 'mymagento',
  type: 'php',
  relationships: [],
  disk: null,
  variables: [],
  documentRoot: '',
  mounts: [],
  hooks: {},
  crons: [],
  raw: {},
};

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? '';
}

function readRelationships(value: unknown, problems: YamlProblem[]): Relationship[] {
  if (!isRecord(value)) return [];
  return Object.entries(value).flatMap(([name, target]) => {
    if (typeof target !== 'string') {
      problems.push({
        file: APP_FILE,
        line: null,
        message: `relationships.${name}: expected "service:endpoint"`,
      });
      return [];
    }
    const [service = target, endpoint = service] = target.split(':');
    return [{ name, service, endpoint }];
  });
}

function readVariables(value: unknown): AppVariable[] {
  if (!isRecord(value)) return [];
  return Object.entries(value).flatMap(([prefix, group]) =>
    isRecord(group)
      ? Object.entries(group).map(([name, v]) => ({ name: `${prefix}:${name}`, value: text(v) }))
      : [{ name: prefix, value: text(group) }],
  );
}

function documentRootOf(web: unknown): string {
  const locations = isRecord(web) && isRecord(web.locations) ? web.locations : {};
  const root = locations['/'];
  return isRecord(root) && typeof root.root === 'string' ? root.root : '';
}

/** Reads `.magento.app.yaml`: name, type, relationships, variables and the rest (DOMAIN.md §4). */
export function readApp(source: string): AppRead {
  const parsed = parseYaml(APP_FILE, source);
  if (!parsed.ok) return { app: EMPTY_APP, problems: [parsed.problem] };
  if (!isRecord(parsed.value)) return { app: EMPTY_APP, problems: [] };
  const raw = parsed.value;
  const problems: YamlProblem[] = [];
  return {
    app: {
      name: typeof raw.name === 'string' ? raw.name : EMPTY_APP.name,
      type: typeof raw.type === 'string' ? raw.type : EMPTY_APP.type,
      relationships: readRelationships(raw.relationships, problems),
      disk: typeof raw.disk === 'number' ? raw.disk : null,
      variables: readVariables(raw.variables),
      documentRoot: documentRootOf(raw.web),
      mounts: isRecord(raw.mounts) ? Object.keys(raw.mounts) : [],
      hooks: isRecord(raw.hooks)
        ? Object.fromEntries(Object.entries(raw.hooks).map(([k, v]) => [k, text(v)]))
        : {},
      crons: isRecord(raw.crons) ? Object.keys(raw.crons) : [],
      raw,
    },
    problems,
  };
}
