import { useId, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import type { EnvironmentId } from '../domain/types';
import { useAppStore } from '../store/app-store';
import {
  ariaKeyShortcuts,
  type CommandId,
  command,
  runCommand,
  shortcutLabel,
} from '../store/commands';
import { operationsModule } from '../store/lazy-module';

type Props = Readonly<{
  id: CommandId;
  /** The environment it acts on; the selection when left out. */
  env?: EnvironmentId | null;
  className?: string;
  /** Called once it has run, e.g. to close the menu it sits in. */
  onRun?: () => void;
}>;

const historyShape = (s: { pastStates: unknown[]; futureStates: unknown[] }) =>
  `${s.pastStates.length}/${s.futureStates.length}`;

/**
 * A button for one command of the table: its label, its shortcut (`aria-keyshortcuts`), and
 * when it cannot run, why (it stays focusable and answers a click with that reason).
 */
export function CommandButton({ id, env, className, onRun }: Props) {
  const target = command(id);
  const reasonId = useId();
  const ops = useSyncExternalStore(operationsModule.subscribe, operationsModule.get);
  // Undo and Redo look at the history, which lives in its own store.
  useStore(useAppStore.temporal, historyShape);
  const reason = useAppStore((state) =>
    target.canRun({ state, env: env === undefined ? state.selection[state.plan] : env, ops }),
  );
  const pressed = useAppStore((state) => target.pressed?.(state));
  const shortcut = shortcutLabel(target);
  return (
    <>
      <button
        type="button"
        className={className}
        aria-disabled={reason !== null}
        aria-describedby={reasonId}
        aria-keyshortcuts={ariaKeyShortcuts(target.keys)}
        aria-pressed={pressed}
        title={reason ?? `${target.description}${shortcut ? ` (${shortcut})` : ''}`}
        onClick={() => {
          runCommand(id, env);
          onRun?.();
        }}
      >
        {target.label}
      </button>
      <span id={reasonId} className="visually-hidden">
        {reason ?? target.description}
      </span>
    </>
  );
}
