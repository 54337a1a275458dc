import { useId } from 'react';
import { CONFIG_FILES, type ConfigFileName } from '../domain/types';

type Props = {
  value: ConfigFileName;
  onChange: (file: ConfigFileName) => void;
  /** Files to mark "(changed)" in the list. */
  changed?: (file: ConfigFileName) => boolean;
};

/** "File": which of the four config files a text box is about. */
export function ConfigFileSelect({ value, onChange, changed }: Props) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>File</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as ConfigFileName)}>
        {CONFIG_FILES.map((f) => (
          <option key={f} value={f}>
            {f}
            {changed?.(f) ? ' (changed)' : ''}
          </option>
        ))}
      </select>
    </>
  );
}
