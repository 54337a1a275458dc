import { useMemo } from 'react';
import { tableHas } from '../domain/table';
import { useAppStore } from '../store/app-store';
import { COMMANDS, type Command, commandStates } from '../store/commands';
import { selectProject, selectSelectedId } from '../store/selectors';

function CommandButton({
  command,
  reason,
  env,
}: {
  command: Command;
  reason: string | null;
  env: string;
}) {
  const descriptionId = `command-${command.id}-why`;
  const onClick = () => {
    const state = useAppStore.getState();
    // A disabled command still answers a click: with the platform's reason, in the log.
    command.run(state, env);
  };
  return (
    <span className="command">
      <button
        type="button"
        aria-disabled={reason !== null}
        aria-describedby={descriptionId}
        aria-keyshortcuts={command.shortcut?.key.toUpperCase()}
        title={reason ?? `${command.hint}${command.shortcut ? ` (${command.shortcut.label})` : ''}`}
        onClick={onClick}
      >
        {command.label}
      </button>
      <span id={descriptionId} className="visually-hidden">
        {reason ?? command.hint}
      </span>
    </span>
  );
}

/** The operations on the selected environment, each saying why when it cannot run. */
export function OperationsBar() {
  const project = useAppStore(selectProject);
  const env = useAppStore(selectSelectedId);
  const states = useMemo(
    () =>
      env === null || !tableHas(project.environments, env) ? null : commandStates(project, env),
    [project, env],
  );
  if (env === null || states === null) return null;
  const blocked = COMMANDS.filter((c) => states[c.id] !== null);
  return (
    <div className="operations">
      <div role="toolbar" aria-label="Operations" className="operations__buttons">
        {COMMANDS.map((command) => (
          <CommandButton key={command.id} command={command} reason={states[command.id]} env={env} />
        ))}
      </div>
      {blocked.length > 0 && (
        <details className="operations__why">
          <summary>Why some operations are unavailable</summary>
          <ul>
            {blocked.map((c) => (
              <li key={c.id}>
                <strong>{c.label}</strong>: {states[c.id]}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
