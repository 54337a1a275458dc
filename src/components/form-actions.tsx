type Props = { submit: string; onCancel: () => void; disabled?: boolean };

/** The submit and Cancel buttons every inline form ends with. */
export function FormActions({ submit, onCancel, disabled = false }: Props) {
  return (
    <div className="inline-form__actions">
      <button type="submit" disabled={disabled}>
        {submit}
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
