import { type ReactNode, useEffect, useRef, useState } from 'react';

type Props = Readonly<{
  label: string;
  /** Opens the menu when it turns true (e.g. to show something the user must act on). */
  open?: boolean;
  className?: string;
  /** The items; each calls `close` once chosen. */
  children: (close: () => void) => ReactNode;
}>;

/**
 * A menu of the header (Project, Help, More): a disclosure whose items are command buttons.
 * It closes once an item is chosen, on Escape and on a click elsewhere, and gives the focus
 * back to its label, so the dialog an item opens returns it there. A menu opened inside
 * another (Project inside More) opens that one too.
 */
export function HeaderMenu({ label, open = false, className, children }: Props) {
  const menu = useRef<HTMLDetailsElement>(null);
  const [expanded, setExpanded] = useState(false);
  useEffect(() => {
    if (open && menu.current) menu.current.open = true;
  }, [open]);
  useEffect(() => {
    if (!expanded) return;
    const outside = (event: PointerEvent) => {
      if (menu.current && !menu.current.contains(event.target as Node)) menu.current.open = false;
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [expanded]);
  useEffect(() => {
    const details = menu.current;
    if (!details) return;
    // toggle does not bubble, but it is captured on the way down.
    const nested = (event: Event) => {
      const target = event.target as HTMLDetailsElement;
      if (target !== details && target.open) details.open = true;
    };
    details.addEventListener('toggle', nested, true);
    return () => details.removeEventListener('toggle', nested, true);
  }, []);
  const close = () => {
    if (!menu.current) return;
    menu.current.open = false;
    menu.current.querySelector('summary')?.focus();
  };
  return (
    <details
      className={className ? `header-menu ${className}` : 'header-menu'}
      ref={menu}
      onToggle={(event) => {
        const details = event.currentTarget;
        // A nested menu's toggle is not this one's.
        if (event.target === details) setExpanded(details.open);
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !menu.current?.open) return;
        event.stopPropagation();
        close();
      }}
    >
      {/* biome-ignore lint/a11y/useSemanticElements: a summary is the disclosure's own control; the role has it found and announced as the button it acts as */}
      <summary role="button" aria-expanded={expanded}>
        {label}
      </summary>
      <div className="header-menu__items">{children(close)}</div>
    </details>
  );
}
