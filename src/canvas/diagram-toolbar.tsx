import { Panel } from '@xyflow/react';
import { type FormEvent, useId, useMemo, useRef, useState } from 'react';
import { CommandButton } from '../components/command-button';
import { TreeFilters } from '../components/tree-filters';
import { useUiRequest } from '../components/use-ui-request';
import { findEnvironments } from '../domain/visible-tree';
import { selectProject, useAppStore } from '../store/app-store';

const FOCUS_SEARCH = ['focus-search'] as const;

/** Finds an environment by branch or title; Enter selects the best match and centres it. */
function SearchBox() {
  const project = useAppStore(selectProject);
  const [query, setQuery] = useState('');
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => findEnvironments(project, query), [project, query]);
  useUiRequest(FOCUS_SEARCH, () => input.current?.focus());

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
        ref={input}
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

/** Controls of the diagram itself: search, filter, folding and direction. */
export function DiagramToolbar() {
  return (
    <Panel position="top-left" className="diagram-toolbar">
      <SearchBox />
      <div className="tree-controls">
        <TreeFilters />
        <CommandButton id="fold-inactive" />
      </div>
      <CommandButton id="direction" />
    </Panel>
  );
}
