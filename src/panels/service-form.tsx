import { type FormEvent, useId, useState } from 'react';
import { FormActions } from '../components/form-actions';
import { addOrChangeService } from '../domain/config/edit-config';
import { SERVICE_VERSIONS } from '../domain/deploy/config-checks';
import { commit } from '../domain/operations/commit-config-change';
import type { ConfigFiles } from '../domain/types';
import { useAppStore } from '../store/app-store';

type Props = { env: string; files: ConfigFiles; onDone: () => void };

/** Every `name:version` the platform deploys, newest last within each service. */
const SERVICE_TYPES = Object.entries(SERVICE_VERSIONS).flatMap(([name, versions]) =>
  versions.map((version) => `${name}:${version}`),
);

/** Adds a service (with its relationship) or changes a service's version, as one commit. */
export function ServiceForm({ env, files, onDone }: Props) {
  const [id, setId] = useState('');
  const [type, setType] = useState('');
  const [disk, setDisk] = useState('');
  const [relationship, setRelationship] = useState('');
  const [error, setError] = useState<string | null>(null);
  const run = useAppStore((s) => s.run);
  const fieldId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const diskMb = disk.trim() === '' ? null : Number(disk);
    if (diskMb !== null && !(Number.isInteger(diskMb) && diskMb > 0)) {
      setError('Disk must be a whole number of MB, or empty.');
      return;
    }
    const edit = addOrChangeService(files, {
      id: id.trim(),
      type: type.trim(),
      disk: diskMb,
      relationship: relationship.trim() || null,
    });
    if ('error' in edit) {
      setError(edit.error);
      return;
    }
    if (run(commit, { env, files: edit.files, message: edit.message })) onDone();
  };

  return (
    <form className="inline-form" aria-label="Add or change a service" onSubmit={submit}>
      <label htmlFor={`${fieldId}-id`}>Service id</label>
      <input
        id={`${fieldId}-id`}
        value={id}
        placeholder="rabbitmq"
        onChange={(e) => setId(e.target.value)}
      />
      <label htmlFor={`${fieldId}-type`}>Type (name:version)</label>
      <input
        id={`${fieldId}-type`}
        value={type}
        placeholder="rabbitmq:3.5"
        list={`${fieldId}-types`}
        aria-describedby={`${fieldId}-types-note`}
        onChange={(e) => setType(e.target.value)}
      />
      <datalist id={`${fieldId}-types`}>
        {SERVICE_TYPES.map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
      <p id={`${fieldId}-types-note`} className="muted small">
        The platform offers {Object.keys(SERVICE_VERSIONS).join(', ')}; type or pick one from the
        list.
      </p>
      <label htmlFor={`${fieldId}-disk`}>Disk in MB (optional)</label>
      <input
        id={`${fieldId}-disk`}
        inputMode="numeric"
        value={disk}
        onChange={(e) => setDisk(e.target.value)}
      />
      <label htmlFor={`${fieldId}-rel`}>Relationship name (optional)</label>
      <input
        id={`${fieldId}-rel`}
        value={relationship}
        placeholder="rabbitmq"
        onChange={(e) => setRelationship(e.target.value)}
      />
      {error && (
        <p role="alert" className="warning">
          {error}
        </p>
      )}
      <FormActions submit="Commit service" onCancel={onDone} />
    </form>
  );
}
