import { selectProject, useAppStore } from '../store/app-store';

/** The project's activity log, newest first, refusals with their reason. */
export function ActivityPanel() {
  const activity = useAppStore((s) => selectProject(s).activity);
  return (
    <section className="activity" aria-labelledby="activity-heading">
      <h2 id="activity-heading">Activity</h2>
      {activity.length === 0 ? (
        <p className="muted">Nothing yet: drag a branch onto its parent, or use the operations.</p>
      ) : (
        <ol className="activity__list" reversed>
          {activity
            .slice()
            .reverse()
            .map((entry) => (
              <li key={entry.id} className={`activity__entry activity__entry--${entry.result}`}>
                <span className="activity__type">{entry.type}</span>{' '}
                <code>{entry.environment}</code>{' '}
                <span className={`activity__result activity__result--${entry.result}`}>
                  {entry.result}
                </span>
                : {entry.message}
              </li>
            ))}
        </ol>
      )}
    </section>
  );
}
