import { type ReactNode, useEffect, useId, useRef } from 'react';

type Props = { title: string; onClose: () => void; children: ReactNode };

/**
 * A native modal dialog: focus stays inside, Escape and "Close" close it; the element marked
 * `data-autofocus` (if any) takes the focus when it opens.
 */
export function ModalDialog({ title, onClose, children }: Props) {
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
    <dialog ref={ref} className="modal" aria-labelledby={headingId} onClose={onClose}>
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
