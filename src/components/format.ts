/** "1 min 40 s", "45 s": a span of simulated time, for the activity log and the panels. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return s >= 60 ? `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}` : `${s} s`;
}
