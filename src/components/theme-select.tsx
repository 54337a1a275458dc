import { useId } from 'react';
import { setTheme, THEME_CHOICES, type ThemeChoice, useTheme } from '../store/theme';

const LABEL: Readonly<Record<ThemeChoice, string>> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
};

/** The select named "Theme": follow the system's setting, or keep this browser light or dark. */
export function ThemeSelect() {
  const choice = useTheme();
  const id = useId();
  return (
    <div className="theme-select">
      <label htmlFor={id}>Theme</label>
      <select
        id={id}
        value={choice}
        onChange={(event) => setTheme(event.currentTarget.value as ThemeChoice)}
      >
        {THEME_CHOICES.map((value) => (
          <option key={value} value={value}>
            {LABEL[value]}
          </option>
        ))}
      </select>
    </div>
  );
}
