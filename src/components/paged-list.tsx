import { useCallback, useEffect, useId, useRef, useState } from 'react';

/**
 * Long lists of the details panel show their first PAGE_SIZE items and grow on request:
 * paged rather than virtualised, so what is shown stays in the page for screen readers and
 * find-in-page, and a 5 000-service environment draws 100 rows, not 5 000.
 */
export const PAGE_SIZE = 100;

export type Paging = Readonly<{
  total: number;
  /** How many of the items to draw, from the first. */
  shown: number;
  /** The `ref` of the element whose children are the items (a `ul`, `tbody`, ...). */
  listRef: (element: HTMLElement | null) => void;
  /** For the list's `aria-describedby`: the count, while the list is longer than a page. */
  describedBy: string | undefined;
  countId: string;
  more: () => void;
  all: () => void;
}>;

/**
 * Paging of a list of `total` items; it starts over at the first page when `resetKey`
 * changes (another environment selected). Showing more moves the focus to the first item
 * that appeared, so a keyboard user reads on from there.
 */
export function usePaging(total: number, resetKey: unknown, pageSize = PAGE_SIZE): Paging {
  const [state, setState] = useState({ key: resetKey, shown: pageSize });
  const list = useRef<HTMLElement | null>(null);
  const listRef = useCallback((element: HTMLElement | null) => {
    list.current = element;
  }, []);
  const focusFrom = useRef<number | null>(null);
  const countId = useId();
  // Reset while rendering, as React advises for state that follows a prop.
  const current = state.key === resetKey ? state : { key: resetKey, shown: pageSize };
  if (current !== state) setState(current);
  const shown = Math.min(current.shown, total);

  useEffect(() => {
    const from = focusFrom.current;
    if (from === null) return;
    focusFrom.current = null;
    const item = list.current?.children[from];
    if (item instanceof HTMLElement) {
      item.tabIndex = -1;
      item.focus();
    }
  });

  const reveal = (count: number) => {
    focusFrom.current = shown;
    setState({ key: resetKey, shown: count });
  };
  return {
    total,
    shown,
    listRef,
    describedBy: total > pageSize ? countId : undefined,
    countId,
    more: () => reveal(shown + pageSize),
    all: () => reveal(total),
  };
}

function formatCount(n: number): string {
  return n.toLocaleString('en');
}

type Props = Readonly<{
  paging: Paging;
  /** What the items are, one and many: `['service', 'services']`. */
  noun: readonly [string, string];
  pageSize?: number;
}>;

/** "Showing 100 of 5,000 services" with "Show 100 more services" and "Show all 5,000 services". */
export function PagingControls({ paging, noun, pageSize = PAGE_SIZE }: Props) {
  const { total, shown } = paging;
  if (total <= pageSize) return null;
  const [one, many] = noun;
  const left = total - shown;
  const next = Math.min(pageSize, left);
  return (
    <div className="paging">
      <p id={paging.countId} className="paging__count muted small">
        {left === 0
          ? `Showing all ${formatCount(total)} ${many}`
          : `Showing ${formatCount(shown)} of ${formatCount(total)} ${many}`}
      </p>
      {left > 0 && (
        <button type="button" className="link paging__more" onClick={paging.more}>
          Show {formatCount(next)} more {next === 1 ? one : many}
        </button>
      )}
      {left > pageSize && (
        <button type="button" className="link paging__all" onClick={paging.all}>
          Show all {formatCount(total)} {many}
        </button>
      )}
    </div>
  );
}
