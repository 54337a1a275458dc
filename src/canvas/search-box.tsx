import { type FormEvent, useId, useMemo, useState } from 'react';
import { findEnvironments } from '../domain/find-environment';
import { useAppStore } from '../store/app-store';
import { selectProject } from '../store/selectors';

/** Finds an environment by branch or title; Enter selects the best match and centres it. */
export function SearchBox() {
  const project = useAppStore(selectProject);
  const [query, setQuery] = useState('');
  const id = useId();
  const matches = useMemo(() => findEnvironments(project, query), [project, query]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const [best] = matches;
    const { focusEnvironment, announce } = useAppStore.getState();
    if (best) {
      focusEnvironment(best.id);
      announce(`Selected ${best.title} (${best.id}).`);
    } else if (query.trim()) {
      announce(`No environment matches "${query.trim()}".`);
    }
  };

  return (
    <form className="search" onSubmit={submit}>
      <label htmlFor={`${id}-q`} className="visually-hidden">
        Find an environment
      </label>
      <input
        id={`${id}-q`}
        type="search"
        placeholder="Find a branch"
        value={query}
        autoComplete="off"
        onChange={(e) => setQuery(e.target.value)}
      />
      {query.trim() !== '' && (
        <span className="search__count" aria-live="polite">
          {matches.length === 0
            ? 'no match'
            : `${matches.length}${matches.length === 10 ? '+' : ''} found`}
        </span>
      )}
    </form>
  );
}
