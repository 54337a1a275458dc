import { type ReactNode, useEffect, useRef } from 'react';

type Props = Readonly<{
  label: string;
  /** Opens the menu when it turns true (e.g. to show something the user must act on). */
  open?: boolean;
  /** The items; each calls `close` once chosen. */
  children: (close: () => void) => ReactNode;
}>;

/**
 * A menu of the header (Project, Help): a disclosure whose items are command buttons. It
 * closes once an item is chosen and gives the focus back to its label, so the dialog an item
 * opens returns it there.
 */
export function HeaderMenu({ label, open = false, children }: Props) {
  const menu = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (open && menu.current) menu.current.open = true;
  }, [open]);
  const close = () => {
    if (!menu.current) return;
    menu.current.open = false;
    menu.current.querySelector('summary')?.focus();
  };
  return (
    <details className="header-menu" ref={menu}>
      <summary>{label}</summary>
      <div className="header-menu__items">{children(close)}</div>
    </details>
  );
}
