import { useAppStore } from '../store/app-store';

/** Flips the tree between root-on-top and root-on-the-left. */
export function LayoutToggle() {
  const direction = useAppStore((s) => s.direction);
  const setDirection = useAppStore((s) => s.setDirection);
  return (
    <button
      type="button"
      aria-pressed={direction === 'LR'}
      onClick={() => setDirection(direction === 'TB' ? 'LR' : 'TB')}
    >
      Left to right
    </button>
  );
}
