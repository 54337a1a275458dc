import { type FormEvent, useId, useState } from 'react';
import { FormActions } from '../components/form-actions';
import { branch, validateBranchName } from '../domain/operations/branch-environment';
import { useAppStore } from '../store/app-store';

/** Names and creates a branch of the selected environment. */
export function BranchForm({ parent }: { parent: string }) {
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const run = useAppStore((s) => s.run);
  const select = useAppStore((s) => s.select);
  const openForm = useAppStore((s) => s.openForm);
  const id = useId();
  const normalised = validateBranchName(name);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const args = title.trim() ? { parent, name, title: title.trim() } : { parent, name };
    if (run(branch, args) && 'name' in normalised) select(normalised.name);
  };

  return (
    <form className="inline-form" aria-label={`Branch from ${parent}`} onSubmit={submit}>
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
          : 'Lowercase; spaces become "-"; none of {}()*<>&%.'}
      </p>
      <label htmlFor={`${id}-title`}>Title (optional)</label>
      <input id={`${id}-title`} value={title} onChange={(e) => setTitle(e.target.value)} />
      <FormActions submit="Create branch" onCancel={() => openForm(null)} />
    </form>
  );
}
