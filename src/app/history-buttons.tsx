import { useStore } from 'zustand';
import { PLAN_IDS, planRules } from '../domain/plans';
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

type Direction = 'undo' | 'redo';

/**
 * Undo or redo one step and say so. History spans both plans' projects, so a step that
 * changes the other plan's project switches to that plan, where the change can be seen.
 */
function step(direction: Direction): void {
  const temporal = useAppStore.temporal.getState();
  const states = direction === 'undo' ? temporal.pastStates : temporal.futureStates;
  const target = states.at(-1)?.projects;
  const app = useAppStore.getState();
  if (!target) {
    app.announce(`Nothing to ${direction}.`);
    return;
  }
  const changedPlan = PLAN_IDS.find((plan) => target[plan] !== app.projects[plan]) ?? app.plan;
  if (direction === 'undo') temporal.undo();
  else temporal.redo();
  if (changedPlan !== app.plan) app.setPlan(changedPlan);
  app.announce(
    `${direction === 'undo' ? 'Undone' : 'Redone'} in the ${planRules(changedPlan).label} project.`,
  );
}

export function undo(): void {
  step('undo');
}

export function redo(): void {
  step('redo');
}
