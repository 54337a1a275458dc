import { type FormEvent, useId, useState } from 'react';
import { FormActions } from '../components/form-actions';
import { sync, syncEnvironment } from '../domain/operations/sync-environment';
import { tableGet } from '../domain/table';
import type { Project } from '../domain/types';
import { useAppStore } from '../store/app-store';

/** Chooses what to bring down from the parent: code, data or both. */
export function SyncForm({ project, env }: { project: Project; env: string }) {
  const codeAllowed = !('error' in syncEnvironment(project, { env, code: true, data: false }));
  const dataAllowed = !('error' in syncEnvironment(project, { env, code: false, data: true }));
  const [code, setCode] = useState(codeAllowed);
  const [data, setData] = useState(dataAllowed && !codeAllowed);
  const run = useAppStore((s) => s.run);
  const id = useId();
  const parent = tableGet(project.environments, env)?.parentId ?? 'its parent';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (run(sync, { env, code, data })) useAppStore.getState().openForm(null);
  };

  return (
    <form className="inline-form" aria-label={`Sync ${env} from ${parent}`} onSubmit={submit}>
      <p className="muted small">
        Brings {parent}'s code and/or data down into {env}.
      </p>
      <label className="check">
        <input
          id={`${id}-code`}
          type="checkbox"
          checked={code}
          onChange={(e) => setCode(e.target.checked)}
        />
        Code (the parent's commits come down)
      </label>
      <label className="check">
        <input
          id={`${id}-data`}
          type="checkbox"
          checked={data}
          onChange={(e) => setData(e.target.checked)}
        />
        Data (databases and files become a copy of the parent's)
      </label>
      <FormActions
        submit="Sync now"
        onCancel={() => useAppStore.getState().openForm(null)}
        disabled={!code && !data}
      />
    </form>
  );
}
