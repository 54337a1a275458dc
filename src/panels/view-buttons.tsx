import { childrenOf } from '../domain/tree';
import type { Environment } from '../domain/types';
import { useAppStore } from '../store/app-store';
import { selectProject } from '../store/selectors';

/** Looks, not changes: preview a merge, compare with another environment. */
export function ViewButtons({ env }: { env: Environment }) {
  const openDialog = useAppStore((s) => s.openDialog);
  // The root is compared with its first child, looked up on click.
  const compare = () => {
    const project = selectProject(useAppStore.getState());
    const right = env.parentId ?? childrenOf(project, env.id)[0]?.id ?? env.id;
    openDialog({ kind: 'compare', left: env.id, right });
  };
  return (
    <div className="operations__views">
      {env.parentId !== null && (
        <button type="button" onClick={() => openDialog({ kind: 'merge-preview', env: env.id })}>
          Preview merge
        </button>
      )}
      <button type="button" onClick={compare}>
        Compare with…
      </button>
    </div>
  );
}
