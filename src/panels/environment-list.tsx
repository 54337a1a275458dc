import {
  type KeyboardEvent,
  type MouseEvent,
  memo,
  type ReactNode,
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { SearchField } from '../components/search-field';
import { TreeFilters } from '../components/tree-filters';
import { useUiRequest } from '../components/use-ui-request';
import {
  type EnvironmentRow,
  environmentRows,
  LIST_COLUMNS,
  type ListColumn,
  type ListSort,
} from '../domain/environment-rows';
import { rulesOf } from '../domain/plans';
import { tableSize } from '../domain/table';
import { ancestorsOf } from '../domain/tree';
import type { ActivityEntry, EnvironmentId } from '../domain/types';
import { selectProject, selectSelectedId, useAppStore } from '../store/app-store';
import { commandForKey } from '../store/commands';
import { formatDuration } from './activity-panel';

/** Every row is this tall, so the rows on screen follow from the scroll position alone. */
const ROW_HEIGHT = 32;
/** Per level of the tree, in the Branch column. */
const INDENT = 12;
/** Rows drawn above and below the visible ones, so a fast scroll shows no gap. */
const OVERSCAN = 10;
/** Before the grid has been measured (and in jsdom, which has no layout). */
const UNMEASURED_HEIGHT = 800;

const COLUMN_LABEL: Readonly<Record<ListColumn, string>> = {
  branch: 'Branch',
  title: 'Title',
  role: 'Role',
  status: 'Status',
  parent: 'Parent',
  activity: 'Last activity',
};

const NO_IDS: ReadonlySet<EnvironmentId> = new Set();

/** "merge · success, 3 min ago": the newest activity as the Activity panel words it. */
function activityText(entry: ActivityEntry, clock: number): string {
  const state =
    entry.result === 'refused'
      ? 'refused'
      : entry.result
        ? entry.result
        : entry.state.replace('_', ' ');
  const ago = clock - entry.at;
  return `${entry.type} · ${state}, ${ago > 0 ? `${formatDuration(ago)} ago` : 'just now'}`;
}

/** Ascending, then descending, then back to the tree. */
function nextSort(sort: ListSort, column: ListColumn): ListSort {
  if (sort?.column !== column) return { column, direction: 'ascending' };
  return sort.direction === 'ascending' ? { column, direction: 'descending' } : null;
}

/**
 * A cell of the grid. Said outright: the table is laid out as blocks and grids, and some
 * browsers then read a plain td as a cell of no table.
 */
function Cell(props: Readonly<{ className: string; title?: string; children: ReactNode }>) {
  return (
    // biome-ignore lint/a11y/useFocusableInteractive: its row takes the focus (a row-focus treegrid).
    <td
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a cell of a tree grid.
      role="gridcell"
      {...props}
    />
  );
}

type RowProps = Readonly<{
  row: EnvironmentRow;
  index: number;
  roleLabel: string;
  /** The project's clock, for how long ago the last activity was. */
  clock: number;
  selected: boolean;
  active: boolean;
  handlers: RowHandlers;
}>;

/** What a row does on a click, a right click and a key; one stable object for every row. */
type RowHandlers = Readonly<{
  click: (id: EnvironmentId) => void;
  toggle: (id: EnvironmentId) => void;
  menu: (event: MouseEvent, id: EnvironmentId) => void;
  key: (event: KeyboardEvent<HTMLTableRowElement>) => void;
  ref: (id: EnvironmentId, element: HTMLTableRowElement | null) => void;
}>;

const ListRow = memo(function ListRow({
  row,
  index,
  roleLabel,
  clock,
  selected,
  active,
  handlers,
}: RowProps) {
  const { env } = row;
  const classes = [
    'env-list__row',
    selected ? 'env-list__row--selected' : '',
    row.match ? '' : 'env-list__row--context',
    env.status === 'inactive' ? 'env-list__row--inactive' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <tr
      ref={(element) => handlers.ref(env.id, element)}
      aria-label={env.id}
      aria-rowindex={index + 2}
      aria-level={row.level}
      aria-setsize={row.setSize}
      aria-posinset={row.posInSet}
      aria-expanded={row.hasChildren ? row.expanded : undefined}
      aria-selected={selected}
      tabIndex={active ? 0 : -1}
      className={classes}
      style={{ transform: `translateY(${index * ROW_HEIGHT}px)` }}
      onClick={() => handlers.click(env.id)}
      onKeyDown={handlers.key}
      onContextMenu={(event) => handlers.menu(event, env.id)}
    >
      <Cell className="env-list__cell env-list__branch">
        <span
          className="env-list__indent"
          style={{ width: `${(row.level - 1) * INDENT}px` }}
          aria-hidden="true"
        />
        {row.hasChildren ? (
          // Not a button: the row holds the focus, and Left/Right do this from the keyboard.
          <span
            className="env-list__toggle"
            aria-hidden="true"
            onClick={(event) => {
              event.stopPropagation();
              handlers.toggle(env.id);
            }}
          >
            {row.expanded ? '▾' : '▸'}
          </span>
        ) : (
          <span className="env-list__toggle" aria-hidden="true" />
        )}
        <code title={env.id}>{env.id}</code>
      </Cell>
      <Cell className="env-list__cell" title={env.title}>
        {env.title}
      </Cell>
      <Cell className={`env-list__cell env-list__role env-list__role--${env.role}`}>
        {roleLabel}
      </Cell>
      <Cell className="env-list__cell" title={env.deployState?.label}>
        <span className={`env-list__status env-list__status--${env.status}`}>{env.status}</span>
        {env.deployState && (
          <>
            {' '}
            <span className={`env-list__deploy env-list__deploy--${env.deployState.kind}`}>
              {env.deployState.label}
            </span>
          </>
        )}
      </Cell>
      <Cell className="env-list__cell">
        {env.parentId === null ? (
          <span className="muted">none (root)</span>
        ) : (
          <code>{env.parentId}</code>
        )}
      </Cell>
      <Cell className="env-list__cell">
        {row.lastActivity ? (
          activityText(row.lastActivity, clock)
        ) : (
          <span className="muted">none</span>
        )}
      </Cell>
    </tr>
  );
});

const FOCUS_SEARCH = ['focus-search'] as const;

/** Selects as a click on a node does: the details panel follows. */
const select = (env: EnvironmentId) => useAppStore.getState().select(env);

/** The node menu of the diagram, over the list at `at`. */
function openMenu(env: EnvironmentId, at: { x: number; y: number }) {
  const state = useAppStore.getState();
  state.select(env);
  state.openContextMenu({ env, at });
}

/**
 * The environments as a tree grid (WAI-ARIA APG treegrid, one row focused at a time):
 * Up/Down move, Left/Right collapse, expand or go to the parent, Home/End the ends,
 * Enter or Space selects as a click on a node does. Only the rows on screen are drawn.
 * Sorting by a column sets the tree aside for a flat list in that order.
 */
export function EnvironmentList() {
  const project = useAppStore(selectProject);
  const selectedId = useAppStore(selectSelectedId);
  const filter = useAppStore((s) => s.filter);
  const menuOpen = useAppStore((s) => s.contextMenu !== null);
  const [text, setText] = useState('');
  const [sort, setSort] = useState<ListSort>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<EnvironmentId>>(NO_IDS);
  const [activeId, setActiveId] = useState<EnvironmentId | null>(selectedId);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(UNMEASURED_HEIGHT);
  const grid = useRef<HTMLDivElement>(null);
  const head = useRef<HTMLTableSectionElement>(null);
  const filterInput = useRef<HTMLInputElement>(null);
  const rowElements = useRef(new Map<EnvironmentId, HTMLTableRowElement>());
  /** The row the keyboard moved to, focused once it is drawn. */
  const focusPending = useRef<EnvironmentId | null>(null);
  // Typing stays quick in a large project: the rows follow a moment later.
  const query = useDeferredValue(text);

  const { rows, matches } = useMemo(
    () => environmentRows(project, { text: query, filter, collapsed, sort }),
    [project, query, filter, collapsed, sort],
  );
  const indexOf = useMemo(() => new Map(rows.map((row, i) => [row.env.id, i])), [rows]);
  const activeIndex = indexOf.get(activeId ?? '') ?? indexOf.get(selectedId ?? '') ?? 0;
  const activeRow = rows[activeIndex];

  const bodyHeight = () => Math.max(ROW_HEIGHT, height - (head.current?.offsetHeight ?? 0));

  /** Scrolls the least needed to show row `index`, or (`centre`) puts it mid-list. */
  const reveal = useCallback((index: number, centre = false) => {
    const element = grid.current;
    if (!element) return;
    const view = Math.max(ROW_HEIGHT, element.clientHeight - (head.current?.offsetHeight ?? 0));
    const top = index * ROW_HEIGHT;
    let next = element.scrollTop;
    if (centre) next = top - (view - ROW_HEIGHT) / 2;
    else if (top < next) next = top;
    else if (top + ROW_HEIGHT > next + view) next = top + ROW_HEIGHT - view;
    element.scrollTop = Math.max(0, next);
    setScrollTop(element.scrollTop);
  }, []);

  const moveTo = (index: number) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, index))];
    if (!row) return;
    setActiveId(row.env.id);
    focusPending.current = row.env.id;
    reveal(indexOf.get(row.env.id) ?? 0);
  };

  const setOpen = useCallback((env: EnvironmentId, open: boolean) => {
    setCollapsed((before) => {
      if (before.has(env) !== open) return before;
      const after = new Set(before);
      if (open) after.delete(env);
      else after.add(env);
      return after;
    });
  }, []);

  // The grid's height, for how many rows to draw.
  useLayoutEffect(() => {
    const element = grid.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => setHeight(element.clientHeight || UNMEASURED_HEIGHT);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // A new filter shows every match: what was collapsed opens again.
  const filtered = useRef({ query, filter });
  useEffect(() => {
    if (filtered.current.query === query && filtered.current.filter === filter) return;
    filtered.current = { query, filter };
    setCollapsed(NO_IDS);
  }, [query, filter]);

  // A selection made elsewhere (the diagram, search, a deep link, Back): its row is opened,
  // made the current one and scrolled to; on first showing, to the middle of the list.
  const shownSelection = useRef<EnvironmentId | null | undefined>(undefined);
  useLayoutEffect(() => {
    if (selectedId === shownSelection.current) return;
    const first = shownSelection.current === undefined;
    if (selectedId === null) {
      shownSelection.current = null;
      return;
    }
    const hiding = ancestorsOf(project, selectedId).filter((a) => collapsed.has(a.id));
    if (hiding.length > 0 && sort === null) {
      // Opened first; this runs again once the row is there.
      setCollapsed((before) => {
        const after = new Set(before);
        for (const a of hiding) after.delete(a.id);
        return after;
      });
      return;
    }
    shownSelection.current = selectedId;
    const index = indexOf.get(selectedId);
    if (index === undefined) return;
    if (activeId !== selectedId) {
      setActiveId(selectedId);
      if (grid.current?.contains(document.activeElement)) focusPending.current = selectedId;
    }
    reveal(index, first);
  }, [selectedId, project, collapsed, sort, indexOf, activeId, reveal]);

  // Keyboard moves focus to the row they made current, once it is drawn.
  useLayoutEffect(() => {
    const row = focusPending.current && rowElements.current.get(focusPending.current);
    if (!row) return;
    focusPending.current = null;
    row.focus({ preventScroll: true });
  });

  // The node menu gives the focus back to its node, hidden behind the list: to the row instead.
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !menuOpen && document.activeElement === document.body) {
      focusPending.current = null;
      if (activeRow) rowElements.current.get(activeRow.env.id)?.focus({ preventScroll: true });
    }
    wasOpen.current = menuOpen;
  }, [menuOpen, activeRow]);

  useUiRequest(FOCUS_SEARCH, () => filterInput.current?.focus());

  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (event.target !== event.currentTarget || !activeRow) return;
    const env = activeRow.env.id;
    const page = Math.max(1, Math.floor(bodyHeight() / ROW_HEIGHT) - 1);
    const handled = (() => {
      switch (event.key) {
        case 'ArrowDown':
          moveTo(activeIndex + 1);
          return true;
        case 'ArrowUp':
          moveTo(activeIndex - 1);
          return true;
        case 'PageDown':
          moveTo(activeIndex + page);
          return true;
        case 'PageUp':
          moveTo(activeIndex - page);
          return true;
        case 'Home':
          moveTo(0);
          return true;
        case 'End':
          moveTo(rows.length - 1);
          return true;
        case 'ArrowRight':
          if (activeRow.hasChildren && !activeRow.expanded) setOpen(env, true);
          else if (activeRow.hasChildren) moveTo(activeIndex + 1);
          return true;
        case 'ArrowLeft': {
          if (activeRow.hasChildren && activeRow.expanded) {
            setOpen(env, false);
            return true;
          }
          const parent = activeRow.level > 1 ? activeRow.env.parentId : null;
          const at = parent === null ? undefined : indexOf.get(parent);
          if (at !== undefined) moveTo(at);
          return true;
        }
        case 'Enter':
        case ' ':
          select(env);
          return true;
        case 'ContextMenu':
        case 'F10': {
          if (event.key === 'F10' && !event.shiftKey) return false;
          const box = event.currentTarget.getBoundingClientRect();
          openMenu(env, { x: box.left + 24, y: box.bottom });
          return true;
        }
        default: {
          // A shortcut of an environment's command acts on the row in focus, as on a node.
          const found = commandForKey(event.nativeEvent);
          if (found?.scope === 'environment') select(env);
          return false;
        }
      }
    })();
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  // One object for every row, so a row redraws only when its own props change.
  const latestKey = useRef(onKeyDown);
  latestKey.current = onKeyDown;
  const handlers = useMemo<RowHandlers>(
    () => ({
      click: (env) => {
        setActiveId(env);
        useAppStore.getState().select(env);
      },
      toggle: (env) => {
        setActiveId(env);
        setCollapsed((before) => {
          const after = new Set(before);
          if (after.has(env)) after.delete(env);
          else after.add(env);
          return after;
        });
      },
      menu: (event, env) => {
        event.preventDefault();
        setActiveId(env);
        openMenu(env, { x: event.clientX, y: event.clientY });
      },
      key: (event) => latestKey.current(event),
      ref: (env, element) => {
        if (element) rowElements.current.set(env, element);
        else rowElements.current.delete(env);
      },
    }),
    [],
  );

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + bodyHeight()) / ROW_HEIGHT) + OVERSCAN);
  const drawn: number[] = [];
  // The current row stays drawn when scrolled away: it is where Tab comes back to.
  if (activeIndex < first && rows[activeIndex]) drawn.push(activeIndex);
  for (let i = first; i < last; i++) drawn.push(i);
  if (activeIndex >= last && rows[activeIndex]) drawn.push(activeIndex);

  const filtering = query.trim() !== '' || filter.role !== 'all' || filter.status !== 'all';
  const size = tableSize(project.environments);
  const roles = rulesOf(project).roles;

  return (
    <section className="env-list" aria-label="Environment list">
      <div className="env-list__bar">
        <SearchField
          label="Filter environments by branch or title"
          placeholder="Filter by branch or title"
          value={text}
          onChange={setText}
          onSubmit={() => {
            const best = rows.find((row) => row.match);
            if (best) {
              select(best.env.id);
              setActiveId(best.env.id);
            }
          }}
          inputRef={filterInput}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' && rows.length > 0) {
              e.preventDefault();
              moveTo(activeIndex);
            }
          }}
        />
        <div className="tree-controls">
          <TreeFilters />
        </div>
        <span className="env-list__count" aria-live="polite">
          {filtering ? `${matches} of ${size} match` : `${size} environments`}
        </span>
        {sort && (
          <span className="env-list__sorted">
            Flat list by {COLUMN_LABEL[sort.column].toLowerCase()}
            <button type="button" onClick={() => setSort(null)}>
              Tree order
            </button>
          </span>
        )}
      </div>
      <div
        ref={grid}
        className="env-list__grid"
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      >
        <table
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a tree grid is a table whose rows are focused, opened and selected (WAI-ARIA APG).
          role="treegrid"
          aria-label="Environments"
          aria-rowcount={rows.length + 1}
          aria-colcount={LIST_COLUMNS.length}
          className="env-list__table"
        >
          <thead className="env-list__head" ref={head}>
            <tr aria-rowindex={1} className="env-list__row env-list__row--head">
              {LIST_COLUMNS.map((column) => (
                <th
                  key={column}
                  scope="col"
                  className="env-list__cell"
                  aria-sort={sort?.column === column ? sort.direction : undefined}
                >
                  <button
                    type="button"
                    className="env-list__sort"
                    onClick={() => setSort((before) => nextSort(before, column))}
                  >
                    {COLUMN_LABEL[column]}
                    <span aria-hidden="true" className="env-list__arrow">
                      {sort?.column === column ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="env-list__body" style={{ height: `${rows.length * ROW_HEIGHT}px` }}>
            {drawn.map((index) => {
              const row = rows[index] as EnvironmentRow;
              return (
                <ListRow
                  key={row.env.id}
                  row={row}
                  index={index}
                  roleLabel={roles[row.env.role]?.label ?? row.env.role}
                  clock={project.clock}
                  selected={row.env.id === selectedId}
                  active={index === activeIndex}
                  handlers={handlers}
                />
              );
            })}
          </tbody>
        </table>
        {rows.length === 0 && (
          <p className="env-list__empty muted">
            No environment matches{query.trim() ? ` "${query.trim()}"` : ''} with this role and
            status.
          </p>
        )}
      </div>
    </section>
  );
}
