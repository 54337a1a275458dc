import { Panel, type ReactFlowState, useStore } from '@xyflow/react';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { CommandButton } from '../components/command-button';
import { SearchField } from '../components/search-field';
import { TreeFilters } from '../components/tree-filters';
import { useUiRequest } from '../components/use-ui-request';
import { findEnvironments } from '../domain/visible-tree';
import { selectProject, useAppStore } from '../store/app-store';

const FOCUS_SEARCH = ['focus-search'] as const;

/** How long typing may pause before the view moves to the best match. */
const PEEK_AFTER_MS = 150;

/**
 * Finds an environment by branch or title: as the user types, the view moves to the best match
 * (out of any fold, not selected); Enter selects it.
 */
function SearchBox() {
  const project = useAppStore(selectProject);
  const [query, setQuery] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => findEnvironments(project, query), [project, query]);
  useUiRequest(FOCUS_SEARCH, () => input.current?.focus());
  const best = matches[0]?.id;
  useEffect(() => {
    if (best === undefined) return;
    const timer = window.setTimeout(
      () => useAppStore.getState().peekEnvironment(best),
      PEEK_AFTER_MS,
    );
    return () => window.clearTimeout(timer);
  }, [best]);

  const submit = () => {
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
    <SearchField
      label="Find an environment"
      placeholder="Find an environment"
      value={query}
      onChange={setQuery}
      onSubmit={submit}
      inputRef={input}
      className={query.trim() === '' ? undefined : 'search--counting'}
    >
      {query.trim() !== '' && (
        <span className="search__count" aria-live="polite">
          {matches.length === 0
            ? 'no match'
            : `${matches.length}${matches.length === 10 ? '+' : ''} found`}
        </span>
      )}
    </SearchField>
  );
}

/** Narrower than this, the pane has no minimap: it would take half the room of the tree. */
export const MINIMAP_FROM_WIDTH = 640;
// Room the minimap takes at the top right of the pane, with the margins around both.
const MINIMAP_ROOM = 190;

const selectPaneWidth = (s: ReactFlowState) => s.width;

/**
 * Whether the toolbar's controls fit on one row beside the minimap: measured on the row each
 * time it is drawn whole, so a compact toolbar knows when there is room again.
 */
function useCompact(row: React.RefObject<HTMLDivElement | null>): boolean {
  const paneWidth = useStore(selectPaneWidth);
  const [whole, setWhole] = useState(0);
  const room = paneWidth - (paneWidth >= MINIMAP_FROM_WIDTH ? MINIMAP_ROOM : 24);
  const compact = whole > 0 && paneWidth > 0 && whole > room;
  useLayoutEffect(() => {
    if (compact || !row.current) return;
    const width = row.current.scrollWidth;
    if (width !== whole) setWhole(width);
  });
  return compact;
}

/**
 * Filters, folding and direction (and on a phone the exports), under one button where the
 * toolbar has no room for them.
 */
function MoreControls() {
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    if (!open) return;
    const away = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', away);
    // Captured, so Escape closes this before anything else on the page hears it.
    document.addEventListener('keydown', onEscape, true);
    return () => {
      document.removeEventListener('pointerdown', away);
      document.removeEventListener('keydown', onEscape, true);
    };
  }, [open]);
  return (
    <div className="diagram-toolbar__more">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => setOpen(!open)}
      >
        Diagram options
      </button>
      {open && (
        // The usual controls, not an ARIA menu: selects and toggles keep their own roles.
        <fieldset ref={menu} id={`${id}-menu`} className="diagram-toolbar__menu">
          <legend className="visually-hidden">Diagram options</legend>
          <div className="tree-controls">
            <TreeFilters />
          </div>
          <CommandButton id="fold-inactive" />
          <CommandButton id="direction" />
          {/* On a phone the exports live here rather than over the tree's lowest nodes. */}
          <div className="diagram-toolbar__exports">
            <CommandButton id="export-png" />
            <CommandButton id="export-svg" />
          </div>
        </fieldset>
      )}
    </div>
  );
}

/**
 * Controls of the diagram itself: search, filter, folding and direction; where they would
 * wrap over the tree, all but search fold into "Diagram options".
 */
export function DiagramToolbar() {
  const row = useRef<HTMLDivElement>(null);
  const compact = useCompact(row);
  return (
    <Panel
      position="top-left"
      className={`diagram-toolbar${compact ? ' diagram-toolbar--compact' : ''}`}
    >
      <div ref={row} className="diagram-toolbar__row">
        <SearchBox />
        {compact ? (
          <MoreControls />
        ) : (
          <>
            <div className="tree-controls">
              <TreeFilters />
              <CommandButton id="fold-inactive" />
            </div>
            <CommandButton id="direction" />
          </>
        )}
      </div>
    </Panel>
  );
}
