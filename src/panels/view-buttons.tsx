import type { Environment } from '../domain/types';
import { useAppStore } from '../store/app-store';

/** Looks, not changes: preview a merge, compare with another environment. */
export function ViewButtons({ env }: { env: Environment }) {
  const openDialog = useAppStore((s) => s.openDialog);
  const other =
    env.parentId ??
    Object.keys(useAppStore.getState().projects[useAppStore.getState().plan].environments).find(
      (id) => id !== env.id,
    ) ??
    env.id;
  return (
    <div className="operations__views">
      {env.parentId !== null && (
        <button type="button" onClick={() => openDialog({ kind: 'merge-preview', env: env.id })}>
          Preview merge
        </button>
      )}
      <button
        type="button"
        onClick={() => openDialog({ kind: 'compare', left: env.id, right: other })}
      >
        Compare with…
      </button>
    </div>
  );
}
