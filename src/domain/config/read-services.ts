import { isRecord, parseYaml, type YamlProblem } from './parse-yaml';

export type ServiceDefinition = Readonly<{
  id: string;
  /** As written, e.g. `mysql:10.0`. */
  type: string;
  name: string;
  /** Null when the type names no version, e.g. `rabbitmq`. */
  version: string | null;
  /** Persistent disk in MB, when the service has one. */
  disk: number | null;
}>;

export type ServicesRead = Readonly<{
  services: readonly ServiceDefinition[];
  problems: readonly YamlProblem[];
}>;

export const SERVICES_FILE = '.magento/services.yaml';

/** Reads `.magento/services.yaml`: a map of service id to type and disk (DOMAIN.md §4). */
export function readServices(text: string): ServicesRead {
  const parsed = parseYaml(SERVICES_FILE, text);
  if (!parsed.ok) return { services: [], problems: [parsed.problem] };
  if (parsed.value === null || parsed.value === undefined) return { services: [], problems: [] };
  if (!isRecord(parsed.value)) {
    return {
      services: [],
      problems: [{ file: SERVICES_FILE, line: null, message: 'expected a map of service ids' }],
    };
  }
  const services: ServiceDefinition[] = [];
  const problems: YamlProblem[] = [];
  for (const [id, body] of Object.entries(parsed.value)) {
    const type = isRecord(body) ? body.type : undefined;
    if (typeof type !== 'string' || type === '') {
      problems.push({ file: SERVICES_FILE, line: null, message: `${id}: missing "type"` });
      continue;
    }
    const [name = type, version = null] = type.split(':');
    const disk = isRecord(body) && typeof body.disk === 'number' ? body.disk : null;
    services.push({ id, type, name, version, disk });
  }
  return { services, problems };
}
