import { type ReactNode, useEffect, useId, useState } from 'react';
import { selectSelectedEnvironment, useAppStore } from '../store/app-store';

/**
 * Where the details panel sits. Beside the diagram on a wide screen; on a narrow one a bottom
 * sheet over the lower part of the workspace, under a bar that opens and closes it (a
 * disclosure, so Tab and Enter do it), opened again by each new selection.
 */
export function DetailsDock({ children }: { children: ReactNode }) {
  const id = useAppStore((s) => selectSelectedEnvironment(s)?.id ?? null);
  const title = useAppStore((s) => selectSelectedEnvironment(s)?.title ?? null);
  const [open, setOpen] = useState(id !== null);
  useEffect(() => {
    if (id !== null) setOpen(true);
  }, [id]);
  const body = useId();
  return (
    <div className={open ? 'details-dock details-dock--open' : 'details-dock'}>
      <button
        type="button"
        className="details-dock__bar"
        aria-expanded={open}
        aria-controls={body}
        onClick={() => setOpen(!open)}
      >
        Details: <span className="details-dock__what">{title ?? 'the plan'}</span>
      </button>
      <div id={body} className="details-dock__body">
        {children}
      </div>
    </div>
  );
}
