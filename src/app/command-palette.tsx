import {
  type KeyboardEvent,
  useEffect,
  useId,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import { ModalDialog } from '../components/modal-dialog';
import { useAppStore } from '../store/app-store';
import {
  ariaKeyShortcuts,
  COMMANDS,
  type Command,
  commandContext,
  commandLine,
  runCommand,
  shortcutLabel,
} from '../store/commands';
import { operationsModule } from '../store/lazy-module';

const SCOPE_LABEL: Readonly<Record<Command['scope'], string>> = {
  environment: 'Environment',
  project: 'Project',
  view: 'View',
};

function matches(command: Command, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  // Every word typed, in any order: "theme dark" finds "Theme: Dark".
  const text = `${command.label} ${command.description} ${command.id}`.toLowerCase();
  return q.split(/\s+/).every((word) => text.includes(word));
}

/**
 * Ctrl/Cmd+K: every command of the table, searchable. Arrow keys choose, Enter runs; a
 * command that cannot run now says why, and Enter on it says so again instead of running.
 */
export function CommandPalette() {
  const openDialog = useAppStore((s) => s.openDialog);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const ops = useSyncExternalStore(operationsModule.subscribe, operationsModule.get);
  const id = useId();
  // The state the palette was opened on: it lists what can run there.
  const ctx = useMemo(() => ({ ...commandContext(), ops }), [ops]);
  const shown = COMMANDS.filter((c) => matches(c, query));
  const current = shown[Math.min(active, shown.length - 1)];
  const env = ctx.env;
  // The active option is announced by aria-activedescendant; it must be seen too.
  const activeId = current ? `${id}-${current.id}` : null;
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);
  // What each command is on a real project (the CLI loads with the operations).
  const cliLines = useMemo(
    () => new Map(ops ? COMMANDS.map((c) => [c.id, commandLine(c.id, env)] as const) : []),
    [ops, env],
  );

  const choose = (command: Command) => {
    const reason = command.canRun(ctx);
    if (reason) {
      useAppStore.getState().announce(`${command.label}: ${reason}`);
      return;
    }
    openDialog(null);
    runCommand(command.id, env);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      PageDown: 5,
      PageUp: -5,
    };
    if (event.key in moves) {
      event.preventDefault();
      const next = active + (moves[event.key] ?? 0);
      setActive(Math.max(0, Math.min(shown.length - 1, next)));
    } else if (event.key === 'Escape') {
      // A search field would only clear itself on the first Escape.
      event.preventDefault();
      openDialog(null);
    } else if (event.key === 'Enter' && current) {
      event.preventDefault();
      choose(current);
    }
  };

  return (
    <ModalDialog title="Commands" onClose={() => openDialog(null)}>
      <p className="muted small">
        {env ? (
          <>
            Environment commands act on <code>{env}</code>.
          </>
        ) : (
          'Select an environment for its commands.'
        )}
      </p>
      <label htmlFor={`${id}-q`} className="visually-hidden">
        Search commands
      </label>
      <input
        id={`${id}-q`}
        type="search"
        className="palette__search"
        placeholder="Type a command"
        autoComplete="off"
        data-autofocus
        aria-controls={`${id}-list`}
        aria-activedescendant={current ? `${id}-${current.id}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <div id={`${id}-list`} role="listbox" aria-label="Commands" className="palette__list">
        {shown.length === 0 && <p className="muted">No command matches "{query.trim()}".</p>}
        {shown.map((command) => {
          const reason = command.canRun(ctx);
          const shortcut = shortcutLabel(command);
          return (
            // The search box keeps the focus; the list follows it (aria-activedescendant).
            // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the search box
            <div
              key={command.id}
              id={`${id}-${command.id}`}
              role="option"
              tabIndex={-1}
              aria-label={command.label}
              aria-selected={command === current}
              aria-disabled={reason !== null}
              aria-describedby={`${id}-${command.id}-why`}
              aria-keyshortcuts={ariaKeyShortcuts(command.keys)}
              className={`palette__option${command === current ? ' palette__option--active' : ''}`}
              onClick={() => choose(command)}
              onMouseMove={() => setActive(shown.indexOf(command))}
            >
              <span className="palette__label">{command.label}</span>
              <span className="palette__scope" aria-hidden="true">
                {SCOPE_LABEL[command.scope]}
              </span>
              {shortcut && (
                <span className="kbd" aria-hidden="true">
                  {shortcut}
                </span>
              )}
              <span id={`${id}-${command.id}-why`} className="palette__why">
                {reason ?? command.description}
                {cliLines.get(command.id) && (
                  <code className="palette__cli"> $ {cliLines.get(command.id)}</code>
                )}
              </span>
            </div>
          );
        })}
      </div>
    </ModalDialog>
  );
}
