import { type FormEvent, useId, useState } from 'react';
import { FormActions } from '../components/form-actions';
import { restore, snapshotsOf } from '../domain/operations/snapshot-environment';
import type { Project } from '../domain/types';
import { useAppStore } from '../store/app-store';
import { formatDuration } from './activity-panel';

/** Lists the environment's snapshots and restores the one chosen. */
export function RestoreForm({ project, env }: { project: Project; env: string }) {
  const snapshots = snapshotsOf(project, env);
  const [chosen, setChosen] = useState(snapshots.find((s) => s.restorable)?.snapshot.id ?? '');
  const run = useAppStore((s) => s.run);
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (run(restore, { env, snapshot: chosen })) useAppStore.getState().openForm(null);
  };

  return (
    <form className="inline-form" aria-label={`Restore a snapshot of ${env}`} onSubmit={submit}>
      <fieldset>
        <legend>Snapshots of {env}</legend>
        {snapshots.length === 0 && <p>None yet: take one with Snapshot.</p>}
        {snapshots.map(({ snapshot, restorable }) => (
          <label key={snapshot.id} className="check">
            <input
              type="radio"
              name={`${id}-snapshot`}
              value={snapshot.id}
              checked={chosen === snapshot.id}
              disabled={!restorable}
              onChange={() => setChosen(snapshot.id)}
            />
            <code>{snapshot.id.slice(0, 12)}</code>, taken{' '}
            {formatDuration(project.clock - snapshot.at)} ago
            {restorable ? '' : ' (older than 7 days: no longer restorable)'}
          </label>
        ))}
      </fieldset>
      <p className="muted small">
        Data and mounted files go back to the snapshot; the code stays as it is.
      </p>
      <FormActions
        submit="Restore"
        onCancel={() => useAppStore.getState().openForm(null)}
        disabled={chosen === ''}
      />
    </form>
  );
}
