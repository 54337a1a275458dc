import { isMap } from 'yaml';
import { APP_FILE, type ConfigFiles, SERVICES_FILE } from '../types';
import { SERVICE_ID } from './read-config';
import { editYamlText } from './yaml';

export type ServiceEdit = Readonly<{
  id: string;
  /** `name:version`, e.g. `rabbitmq:3.5`. */
  type: string;
  disk: number | null;
  /** Relationship to add in `.magento.app.yaml` as `name: "id:endpoint"`, if any. */
  relationship: string | null;
}>;

export type ConfigEdit = { files: Partial<ConfigFiles>; message: string } | { error: string };

const SERVICE_TYPE = /^[a-z][a-z0-9-]*(:[0-9][0-9a-z.-]*)?$/;

/**
 * Adds a service to services.yaml, or changes its type and disk, and adds its relationship,
 * keeping the files' comments and layout.
 */
export function addOrChangeService(files: ConfigFiles, edit: ServiceEdit): ConfigEdit {
  if (!SERVICE_ID.test(edit.id)) {
    return { error: `"${edit.id}" is not a valid service id: use lowercase letters and digits.` };
  }
  if (!SERVICE_TYPE.test(edit.type)) {
    return {
      error: `"${edit.type}" is not a service type: write it as name:version, e.g. redis:3.0.`,
    };
  }
  const services = editYamlText(files[SERVICES_FILE], (doc) => {
    doc.setIn([edit.id, 'type'], edit.type);
    if (edit.disk === null) doc.deleteIn([edit.id, 'disk']);
    else doc.setIn([edit.id, 'disk'], edit.disk);
  });
  if (services === null)
    return { error: `${SERVICES_FILE} does not parse: fix it in the editor first.` };
  const changed: { -readonly [F in keyof ConfigFiles]?: string } = { [SERVICES_FILE]: services };
  if (edit.relationship) {
    const endpoint = edit.type.split(':')[0] ?? edit.id;
    const app = editYamlText(files[APP_FILE], (doc) =>
      doc.setIn(['relationships', edit.relationship], `${edit.id}:${endpoint}`),
    );
    if (app === null) return { error: `${APP_FILE} does not parse: fix it in the editor first.` };
    changed[APP_FILE] = app;
  }
  return { files: changed, message: `Set service ${edit.id} to ${edit.type}` };
}

/** Removes a service and every relationship that reaches it. */
export function removeService(files: ConfigFiles, id: string): ConfigEdit {
  const services = editYamlText(files[SERVICES_FILE], (doc) => doc.deleteIn([id]));
  if (services === null)
    return { error: `${SERVICES_FILE} does not parse: fix it in the editor first.` };
  const app = editYamlText(files[APP_FILE], (doc) => {
    const relationships = doc.get('relationships');
    if (!isMap(relationships)) return;
    for (const pair of [...relationships.items]) {
      const target = String((pair.value as { value?: unknown })?.value ?? pair.value ?? '');
      if (target.split(':')[0] === id) relationships.delete(pair.key);
    }
  });
  if (app === null) return { error: `${APP_FILE} does not parse: fix it in the editor first.` };
  return { files: { [SERVICES_FILE]: services, [APP_FILE]: app }, message: `Remove service ${id}` };
}
