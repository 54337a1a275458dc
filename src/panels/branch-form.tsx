import { type FormEvent, useId, useState } from 'react';
import { FormActions } from '../components/form-actions';
import { branch, push, validateBranchName } from '../domain/operations/branch-environment';
import { useAppStore } from '../store/app-store';

type Props = Readonly<{
  parent: string;
  /** Branch (active, deployed) or push from a clone (inactive, nothing deployed). */
  mode: 'branch' | 'push';
}>;

/** Names a new branch of the selected environment, as Branch or as a pushed branch. */
export function BranchForm({ parent, mode }: Props) {
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [withData, setWithData] = useState(true);
  const run = useAppStore((s) => s.run);
  const select = useAppStore((s) => s.select);
  const openForm = useAppStore((s) => s.openForm);
  const id = useId();
  const normalised = validateBranchName(name);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const named = title.trim() ? { parent, name, title: title.trim() } : { parent, name };
    const done =
      mode === 'push' ? run(push, named) : run(branch, { ...named, withoutData: !withData });
    if (done && 'name' in normalised) select(normalised.name);
  };

  return (
    <form
      className="inline-form"
      aria-label={mode === 'push' ? `Push a new branch of ${parent}` : `Branch from ${parent}`}
      onSubmit={submit}
    >
      {mode === 'push' && (
        <p className="muted small">
          As <code>git push</code> of a new branch does: the environment exists but stays inactive,
          with nothing deployed and no data, so the active limit does not stop it.
        </p>
      )}
      <label htmlFor={`${id}-name`}>New branch name</label>
      <input
        id={`${id}-name`}
        value={name}
        // biome-ignore lint/a11y/noAutofocus: the form opens on request and is for typing
        autoFocus
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setName(e.target.value)}
        aria-describedby={`${id}-hint`}
      />
      <p id={`${id}-hint`} className="muted small">
        {name && 'name' in normalised && normalised.name !== name
          ? `Will be created as "${normalised.name}".`
          : name && 'error' in normalised
            ? normalised.error.message
            : 'Lowercase letters, digits, - _ and .; spaces become "-".'}
      </p>
      <label htmlFor={`${id}-title`}>Title (optional)</label>
      <input id={`${id}-title`} value={title} onChange={(e) => setTitle(e.target.value)} />
      {mode === 'branch' && (
        <label className="check">
          <input
            type="checkbox"
            checked={withData}
            onChange={(e) => setWithData(e.target.checked)}
          />
          Copy {parent}'s data (clear it to start with empty data, as <code>--no-clone-parent</code>{' '}
          does)
        </label>
      )}
      <FormActions
        submit={mode === 'push' ? 'Push branch' : 'Create branch'}
        onCancel={() => openForm(null)}
      />
    </form>
  );
}
