import { type RefObject, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/** Below this width the header may take three rows (a phone), above it two. */
const NARROW = 600;

/** The header's parts that are laid out as one piece: its children, and each action's. */
function unitsOf(header: HTMLElement): HTMLElement[] {
  return [
    ...header.querySelectorAll<HTMLElement>(
      ':scope > :not(.toolbar__actions, input, .visually-hidden), :scope > .toolbar__actions > :not(input, .visually-hidden)',
    ),
  ];
}

/** Whether the header's parts sit in the rows allowed, none sticking out at the side. */
function fits(header: HTMLElement): boolean {
  const box = header.getBoundingClientRect();
  const style = getComputedStyle(header);
  const right = box.right - Number.parseFloat(style.paddingRight) + 0.5;
  const allowed = box.width < NARROW ? 3 : 2;
  const rects = unitsOf(header)
    .map((unit) => unit.getBoundingClientRect())
    .filter((rect) => rect.width > 0)
    .sort((a, b) => a.top - b.top);
  let rows = 0;
  let rowBottom = Number.NEGATIVE_INFINITY;
  for (const rect of rects) {
    if (rect.right > right) return false;
    // Parts of one row are centred on it: a part starts a new row below the row's lowest edge.
    if (rect.top >= rowBottom - 1) {
      rows += 1;
      rowBottom = rect.bottom;
    } else rowBottom = Math.max(rowBottom, rect.bottom);
  }
  return rows <= allowed;
}

/**
 * How many of the header's collapsible parts go into its "More" menu: the fewest that let
 * the rest fit. Measured on the real layout before it is painted: every part is tried in the
 * row when the header's width changes, then parts go into the menu one at a time, in the
 * order their rank gives, until the rest fits.
 */
export function useHeaderOverflow(
  header: RefObject<HTMLElement | null>,
  collapsible: number,
  /** What changes the parts' widths (the project's name, the plan): measured afresh. */
  content: string,
): number {
  const [hidden, setHidden] = useState(0);
  const width = useRef(-1);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new content is the reason to run
  useLayoutEffect(() => setHidden(0), [content]);

  useLayoutEffect(() => {
    const element = header.current;
    if (element && hidden < collapsible && !fits(element)) setHidden(hidden + 1);
  });

  useLayoutEffect(() => {
    const element = header.current;
    if (!element) return;
    width.current = element.getBoundingClientRect().width;
    // The page around the header, not the header: its own size changes as parts move, and a
    // change made while it is observed would be a ResizeObserver loop.
    const page = element.parentElement ?? document.documentElement;
    const observer = new ResizeObserver(() => {
      const now = element.getBoundingClientRect().width;
      if (now !== width.current) {
        width.current = now;
        flushSync(() => setHidden(0));
      }
      // Unchanged by the reset (nothing was in the menu): one more goes in.
      if (!fits(element)) flushSync(() => setHidden((count) => Math.min(count + 1, collapsible)));
    });
    observer.observe(page);
    return () => observer.disconnect();
  }, [header, collapsible]);

  return hidden;
}
