import { useStore } from 'zustand';
import { useAppStore } from '../store/app-store';

/** Undo, Redo and Reset: the history of the projects (never of the view). */
export function HistoryButtons() {
  const canUndo = useStore(useAppStore.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useAppStore.temporal, (s) => s.futureStates.length > 0);
  const resetProject = useAppStore((s) => s.resetProject);
  return (
    <div className="history">
      <button
        type="button"
        aria-disabled={!canUndo}
        aria-keyshortcuts="Control+Z Meta+Z"
        title="Undo (Ctrl/Cmd+Z)"
        onClick={() => undo()}
      >
        Undo
      </button>
      <button
        type="button"
        aria-disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
        title="Redo (Ctrl/Cmd+Shift+Z)"
        onClick={() => redo()}
      >
        Redo
      </button>
      <button type="button" title="Back to the default project of this plan" onClick={resetProject}>
        Reset project
      </button>
    </div>
  );
}

/** Undo one step and say so; nothing happens with no history. */
export function undo(): void {
  const temporal = useAppStore.temporal.getState();
  const nothing = temporal.pastStates.length === 0;
  if (!nothing) temporal.undo();
  useAppStore.getState().announce(nothing ? 'Nothing to undo.' : 'Undone.');
}

export function redo(): void {
  const temporal = useAppStore.temporal.getState();
  const nothing = temporal.futureStates.length === 0;
  if (!nothing) temporal.redo();
  useAppStore.getState().announce(nothing ? 'Nothing to redo.' : 'Redone.');
}
