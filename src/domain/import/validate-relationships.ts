import { isRecord } from '../config/parse-yaml';
import { readApp } from '../config/read-app';
import type { ConfigSource } from './config-source';
import { createFindings } from './findings';
import type { ImportMessage } from './import-result';
import { RELATIONSHIP_TARGET } from './relationship-target';

export type ServicesSide = Readonly<{ source: ConfigSource; ids: readonly string[] }>;

export type OtherApps = Readonly<{
  /** Names of the project's other applications: a relationship may reach one of them. */
  names: readonly string[];
  /** Service ids the other deployed applications reach, so those are not unused. */
  services: readonly string[];
}>;

function typeOf(services: ConfigSource, id: string): string {
  const body = isRecord(services.value) ? services.value[id] : undefined;
  return isRecord(body) && typeof body.type === 'string' ? ` (${body.type})` : '';
}

/**
 * Checks that the application's relationships reach services of `.magento/services.yaml`
 * (an error where one names a service that is not there, unless it names another
 * application) and warns about services no relationship reaches: deployed but unused.
 */
export function validateRelationships(
  app: ConfigSource,
  services: ServicesSide,
  others: OtherApps,
): { errors: ImportMessage[]; warnings: ImportMessage[] } {
  const appFindings = createFindings(app);
  const serviceFindings = createFindings(services.source);
  const raw =
    isRecord(app.value) && isRecord(app.value.relationships) ? app.value.relationships : {};
  const relationships = readApp(app.text).app.relationships.filter((r) => {
    const target = raw[r.name];
    return typeof target === 'string' && RELATIONSHIP_TARGET.test(target);
  });
  const defined =
    services.ids.length > 0 ? `it defines: ${services.ids.join(', ')}` : 'it defines none';
  for (const { name, service } of relationships) {
    if (services.ids.includes(service) || others.names.includes(service)) continue;
    appFindings.error(
      ['relationships', name],
      `relationship "${name}" names service "${service}", which ${services.source.file} does not define (${defined})`,
    );
  }
  const reached = new Set([...relationships.map((r) => r.service), ...others.services]);
  for (const id of services.ids) {
    if (reached.has(id)) continue;
    serviceFindings.warn(
      [id],
      `service "${id}"${typeOf(services.source, id)} is deployed but unused: no relationship in ${app.file} reaches it`,
    );
  }
  return { errors: appFindings.errors, warnings: serviceFindings.warnings };
}
