import { useId, useState } from 'react';
import { ModalDialog } from '../../components/modal-dialog';
import { useAppStore } from '../../store/app-store';
import { GLOSSARY } from './glossary-terms';
import './help.css';

/** The terms the explorer uses, in plain sentences, narrowed by a filter box. */
export function GlossaryDialog() {
  const openDialog = useAppStore((s) => s.openDialog);
  const [query, setQuery] = useState('');
  const id = useId();
  const q = query.trim().toLowerCase();
  const shown = GLOSSARY.filter(({ term, text }) => `${term} ${text}`.toLowerCase().includes(q));
  return (
    <ModalDialog title="Glossary" onClose={() => openDialog(null)}>
      <div className="help glossary">
        <label htmlFor={`${id}-q`}>Filter terms</label>
        <input
          id={`${id}-q`}
          type="search"
          className="glossary__filter"
          autoComplete="off"
          data-autofocus
          aria-controls={`${id}-terms`}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            // A search field would only clear itself on the first Escape.
            if (event.key !== 'Escape') return;
            event.preventDefault();
            openDialog(null);
          }}
        />
        <p className="muted small" aria-live="polite">
          {shown.length === GLOSSARY.length
            ? `${GLOSSARY.length} terms`
            : `${shown.length} of ${GLOSSARY.length} terms`}
        </p>
        <dl id={`${id}-terms`} className="glossary__terms">
          {shown.map(({ term, text }) => (
            <div key={term} className="glossary__entry">
              <dt>{term}</dt>
              <dd>{text}</dd>
            </div>
          ))}
        </dl>
        {shown.length === 0 && <p className="muted">No term matches “{query.trim()}”.</p>}
      </div>
    </ModalDialog>
  );
}
