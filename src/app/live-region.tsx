import { useAppStore } from '../store/app-store';

/** The outcome of the latest operation, read out by screen readers. */
export function LiveRegion() {
  const announcement = useAppStore((s) => s.announcement);
  return (
    <div role="status" className="live-region" aria-live="polite">
      {announcement?.text}
    </div>
  );
}
