import { type FormEvent, useId, useState } from 'react';
import { FormActions } from '../components/form-actions';
import { changeParent, reparent } from '../domain/operations/change-parent';
import { tableGet } from '../domain/table';
import { inTreeOrder } from '../domain/tree';
import type { Project } from '../domain/types';
import { useAppStore } from '../store/app-store';

/** Chooses the environment's new parent among those the platform would accept. */
export function ChangeParentForm({ project, env }: { project: Project; env: string }) {
  const current = tableGet(project.environments, env)?.parentId ?? null;
  const candidates = inTreeOrder(project).filter(
    (e) => !('error' in changeParent(project, { env, parent: e.id })),
  );
  const [parent, setParent] = useState(candidates[0]?.id ?? '');
  const run = useAppStore((s) => s.run);
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (run(reparent, { env, parent })) useAppStore.getState().openForm(null);
  };

  return (
    <form className="inline-form" aria-label={`Change the parent of ${env}`} onSubmit={submit}>
      <p className="muted small">
        Now {current ? <code>{current}</code> : 'none'}. The new parent becomes what {env} merges
        into and syncs from; its code, data and deployment stay.
      </p>
      {candidates.length === 0 ? (
        <p>No other environment can be its parent.</p>
      ) : (
        <>
          <label htmlFor={`${id}-parent`}>New parent</label>
          <select id={`${id}-parent`} value={parent} onChange={(e) => setParent(e.target.value)}>
            {candidates.map((e) => (
              <option key={e.id} value={e.id}>
                {e.id} ({e.title})
              </option>
            ))}
          </select>
        </>
      )}
      <FormActions
        submit="Change parent"
        onCancel={() => useAppStore.getState().openForm(null)}
        disabled={candidates.length === 0}
      />
    </form>
  );
}
