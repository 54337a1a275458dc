import { type FormEvent, useId, useState } from 'react';
import { FormActions } from '../components/form-actions';
import { setVariable } from '../domain/operations/variables';
import { tableGet } from '../domain/table';
import type { EnvironmentId, VariableFlags } from '../domain/types';
import { DEFAULT_VARIABLE_FLAGS } from '../domain/variable';
import { selectProject, useAppStore } from '../store/app-store';

export type VariableDraft = Readonly<{
  name: string;
  value: string;
  level: 'environment' | 'project';
  flags: VariableFlags;
  /**
   * A sensitive value the form cannot show: where it is set (an environment, or null for the
   * project), kept when no new value is typed.
   */
  hidden?: Readonly<{ owner: EnvironmentId | null }>;
}>;

export const EMPTY_DRAFT: VariableDraft = {
  name: '',
  value: '',
  level: 'environment',
  flags: DEFAULT_VARIABLE_FLAGS,
};

const FLAG_LABELS: ReadonlyArray<[keyof VariableFlags, string]> = [
  ['inheritable', 'Inheritable by child environments'],
  ['sensitive', 'Sensitive (hidden in the UI for good)'],
  ['build', 'Visible at build'],
  ['runtime', 'Visible at runtime'],
  ['json', 'JSON value'],
];

type Props = { env: string; draft: VariableDraft; onDone: () => void };

/** Sets or overrides a variable on this environment or the project. */
export function VariableForm({ env, draft, onDone }: Props) {
  const [name, setName] = useState(draft.name);
  const [value, setValue] = useState(draft.value);
  const [level, setLevel] = useState(draft.level);
  const [flags, setFlags] = useState(draft.flags);
  const run = useAppStore((s) => s.run);
  const id = useId();

  const keepsHidden = draft.hidden !== undefined && value === '' && name.trim() === draft.name;

  /** The sensitive value as it is set now, read where it lives (never shown). */
  const hiddenValue = (owner: EnvironmentId | null): string => {
    const project = selectProject(useAppStore.getState());
    const variables =
      owner === null ? project.variables : tableGet(project.environments, owner)?.variables;
    return variables?.[draft.name]?.value ?? '';
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const kept = keepsHidden && draft.hidden ? hiddenValue(draft.hidden.owner) : value;
    const variable = { name: name.trim(), value: kept, flags };
    if (run(setVariable, { env: level === 'project' ? null : env, variable })) onDone();
  };

  return (
    <form className="inline-form" aria-label="Set a variable" onSubmit={submit}>
      <label htmlFor={`${id}-name`}>Variable name</label>
      <input
        id={`${id}-name`}
        value={name}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setName(e.target.value)}
      />
      <label htmlFor={`${id}-value`}>Value</label>
      <input
        id={`${id}-value`}
        type={flags.sensitive ? 'password' : 'text'}
        value={value}
        autoComplete="off"
        spellCheck={false}
        placeholder={draft.hidden ? 'unchanged (sensitive)' : undefined}
        aria-describedby={draft.hidden ? `${id}-hidden` : undefined}
        onChange={(e) => setValue(e.target.value)}
      />
      {draft.hidden && (
        <p id={`${id}-hidden`} className="muted small">
          The value is sensitive and is not shown: leave it empty to keep it, or type a new one.
        </p>
      )}
      <fieldset className="inline-form__group">
        <legend>Level</legend>
        <label className="check">
          <input
            type="radio"
            name={`${id}-level`}
            checked={level === 'environment'}
            onChange={() => setLevel('environment')}
          />
          This environment ({env}); redeploys it only
        </label>
        <label className="check">
          <input
            type="radio"
            name={`${id}-level`}
            checked={level === 'project'}
            onChange={() => setLevel('project')}
          />
          Project (every environment)
        </label>
      </fieldset>
      <fieldset className="inline-form__group">
        <legend>Flags</legend>
        {FLAG_LABELS.filter(([flag]) => flag !== 'inheritable' || level === 'environment').map(
          ([flag, label]) => (
            <label key={flag} className="check">
              <input
                type="checkbox"
                checked={flags[flag]}
                onChange={(e) => setFlags({ ...flags, [flag]: e.target.checked })}
              />
              {label}
            </label>
          ),
        )}
      </fieldset>
      <FormActions submit="Save variable" onCancel={onDone} />
    </form>
  );
}
