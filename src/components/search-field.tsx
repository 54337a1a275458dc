import { type KeyboardEventHandler, type ReactNode, type Ref, useId } from 'react';

type SearchFieldProps = Readonly<{
  /** The field's name, said by screen readers (the placeholder is only a hint). */
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  /** Enter in the field. */
  onSubmit: () => void;
  inputRef?: Ref<HTMLInputElement>;
  onKeyDown?: KeyboardEventHandler<HTMLInputElement>;
  className?: string;
  /** Drawn after the field, e.g. how many match. */
  children?: ReactNode;
}>;

/** A search field of its own form: the diagram's search and the list view's filter. */
export function SearchField({
  label,
  placeholder,
  value,
  onChange,
  onSubmit,
  inputRef,
  onKeyDown,
  className,
  children,
}: SearchFieldProps) {
  const id = useId();
  return (
    <form
      className={className ? `search ${className}` : 'search'}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        ref={inputRef}
        id={id}
        type="search"
        placeholder={placeholder}
        value={value}
        autoComplete="off"
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {children}
    </form>
  );
}
