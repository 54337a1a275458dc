import { type ReactNode, useEffect, useId, useRef, useState } from 'react';

type Props = { title: string; onClose: () => void; children: ReactNode };

/**
 * Gives the focus back to whatever had it when the dialog opened, however the dialog goes:
 * a native dialog does so when Escape closes it, not when a button unmounts it.
 */
function useReturnFocus(): void {
  // Read while rendering, before the dialog opens and takes the focus.
  const [opener] = useState(() => document.activeElement);
  useEffect(
    () => () => {
      if (opener instanceof HTMLElement && opener !== document.body && opener.isConnected) {
        opener.focus();
      }
    },
    [opener],
  );
}

/**
 * A native modal dialog: focus stays inside, Escape and "Close" close it, and it goes back
 * to where it was; the element marked `data-autofocus` (if any) takes it when it opens.
 */
export function ModalDialog({ title, onClose, children }: Props) {
  useReturnFocus();
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    // showModal focuses the first control (Close); a field marked for it takes the focus instead.
    dialog?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => dialog?.close?.();
  }, []);
  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby={headingId}
      // A dialog open again by the time its close event arrives was closed by StrictMode's
      // rehearsal of an unmount (in development), not by the user.
      onClose={(event) => {
        if (!event.currentTarget.open) onClose();
      }}
    >
      <header className="modal__header">
        <h2 id={headingId}>{title}</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      <div className="modal__body">{children}</div>
    </dialog>
  );
}
