import { useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { CommandButton } from '../components/command-button';
import type { EnvironmentId } from '../domain/types';
import { selectProject, useAppStore } from '../store/app-store';
import { COMMANDS, type CommandSection, command } from '../store/commands';
import { operationsModule } from '../store/lazy-module';

const inSection = (section: CommandSection) =>
  COMMANDS.filter((c) => c.section === section).map((c) => c.id);
const OPERATIONS = inSection('operations');
const VIEWS = inSection('views');

/** The operations on the selected environment, each saying why when it cannot run. */
export function OperationsBar({ env }: { env: EnvironmentId }) {
  // The reasons below depend on the project and, once loaded, the operations.
  useAppStore(selectProject);
  useStore(useAppStore.temporal, (s) => s.pastStates.length);
  const ops = useSyncExternalStore(operationsModule.subscribe, operationsModule.get);
  const state = useAppStore.getState();
  const blocked = OPERATIONS.flatMap((id) => {
    const reason = command(id).canRun({ state, env, ops });
    return reason === null ? [] : [{ id, label: command(id).label, reason }];
  });
  return (
    <div className="operations">
      <div role="toolbar" aria-label="Operations" className="operations__buttons">
        {OPERATIONS.map((id) => (
          <CommandButton key={id} id={id} env={env} />
        ))}
      </div>
      <div className="operations__views">
        {VIEWS.map((id) => (
          <CommandButton key={id} id={id} env={env} />
        ))}
      </div>
      {blocked.length > 0 && (
        <details className="operations__why">
          <summary>Why some operations are unavailable</summary>
          <ul>
            {blocked.map((b) => (
              <li key={b.id}>
                <strong>{b.label}</strong>: {b.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
