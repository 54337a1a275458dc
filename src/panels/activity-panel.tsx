import { useId, useMemo, useState } from 'react';
import { CommandButton } from '../components/command-button';
import type { ActivityEntry, DeployRun, Project } from '../domain/types';
import { selectProject, useAppStore } from '../store/app-store';
import { runCommand } from '../store/commands';
import { DEPLOY_SPEEDS, type DeploySpeed } from '../store/view-slice';

/** "1 min 40 s", "45 s": a span of simulated time, for the activity log and the panels. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const [d, h, m] = [
    Math.floor(s / 86400),
    Math.floor((s % 86400) / 3600),
    Math.floor((s % 3600) / 60),
  ];
  if (d > 0) return `${d} d${h ? ` ${h} h` : ''}`;
  if (h > 0) return `${h} h${m ? ` ${m} min` : ''}`;
  return s >= 60 ? `${m} min${s % 60 ? ` ${s % 60} s` : ''}` : `${s} s`;
}

const SPEED_LABEL: Readonly<Record<DeploySpeed, string>> = {
  instant: 'Instant',
  watch: 'Watch',
  slow: 'Slow',
};

const PHASE_LABEL = { build: 'build', deploy: 'deploy', post_deploy: 'post-deploy' } as const;

function stateText(a: ActivityEntry): string {
  return a.result === 'refused' ? 'refused' : a.state.replace('_', ' ');
}

/** What ran, phase by phase, with the maintenance window. */
function phasesText(run: DeployRun): string {
  const phases = run.phases.map(
    (p) =>
      `${PHASE_LABEL[p.phase]} ${p.result === 'skipped' ? 'reused' : formatDuration(p.end - p.start)}${p.result === 'failure' ? ' (failed)' : ''}`,
  );
  const window = run.maintenance
    ? ` · maintenance mode ${formatDuration(run.maintenance.end - run.maintenance.start)}`
    : '';
  return `${phases.join(' · ')}${window}`;
}

type Filter = Readonly<{ type: string; environment: string; result: string }>;

const ALL: Filter = { type: 'all', environment: 'all', result: 'all' };

function matches(a: ActivityEntry, filter: Filter): boolean {
  const result = a.result ?? 'running';
  return (
    (filter.type === 'all' || a.type === filter.type) &&
    (filter.environment === 'all' || a.environment === filter.environment) &&
    (filter.result === 'all' || result === filter.result)
  );
}

function ActivityLog({ project, activity }: { project: Project; activity: ActivityEntry }) {
  const run = activity.deploy;
  const now = project.clock;
  // A deploy under way has printed only what it has reached.
  const shown = run
    ? run.log.filter((line) => run.startedAt !== null && run.startedAt + line.after <= now)
    : [];
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a long log scrolls, and a keyboard must reach it to scroll it (WCAG 2.1.1)
    <section className="activity__log" aria-label="Log" tabIndex={0}>
      <h3>
        {activity.type} <code>{activity.environment}</code>: {stateText(activity)}
        {activity.result && activity.result !== 'refused' ? `, ${activity.result}` : ''}
      </h3>
      <p className="small">{activity.message}</p>
      {run && run.phases.length > 0 && <p className="small muted">{phasesText(run)}</p>}
      {run ? (
        <pre className="activity__log-text">
          {shown.length === 0
            ? 'Waiting for the environment to be free…'
            : shown
                .map((line) => `${formatDuration(line.after).padStart(10)}  ${line.text}`)
                .join('\n')}
        </pre>
      ) : (
        <p className="muted small">
          {activity.result === 'refused'
            ? 'Refused before anything ran: there is no log.'
            : 'Nothing deployed: no log.'}
        </p>
      )}
    </section>
  );
}

/** Deploy speed: how fast simulated time runs while a deploy plays out. */
function SpeedSelect() {
  const speed = useAppStore((s) => s.deploySpeed);
  const id = useId();
  return (
    <span className="activity__speed">
      <label htmlFor={id}>Deploy speed</label>
      <select
        id={id}
        value={speed}
        onChange={(e) => runCommand(`speed-${e.target.value as DeploySpeed}`)}
      >
        {DEPLOY_SPEEDS.map((s) => (
          <option key={s} value={s}>
            {SPEED_LABEL[s]}
          </option>
        ))}
      </select>
    </span>
  );
}

/**
 * The project's activities, newest first, with their state and result; filter them by type,
 * environment and result, and open one to read its log.
 */
export function ActivityPanel() {
  const project = useAppStore(selectProject);
  const [filter, setFilter] = useState<Filter>(ALL);
  const [open, setOpen] = useState<number | null>(null);
  const id = useId();
  const activity = project.activity;
  const options = useMemo(
    () => ({
      types: [...new Set(activity.map((a) => a.type))].sort(),
      environments: [...new Set(activity.map((a) => a.environment))].sort(),
    }),
    [activity],
  );
  const shown = activity.filter((a) => matches(a, filter)).reverse();
  const opened = open === null ? undefined : activity.findLast((a) => a.id === open);
  const select = (key: keyof Filter, label: string, values: readonly string[]) => (
    <>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select
        id={`${id}-${key}`}
        value={filter[key]}
        onChange={(e) => setFilter({ ...filter, [key]: e.target.value })}
      >
        <option value="all">All</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </>
  );
  return (
    <section className="activity" aria-labelledby={`${id}-heading`}>
      <div className="activity__bar">
        <h2 id={`${id}-heading`}>Activity</h2>
        <div className="activity__filters">
          {select('type', 'Type', options.types)}
          {select('environment', 'Environment', options.environments)}
          {select('result', 'Result', ['success', 'failure', 'refused', 'running'])}
        </div>
        <SpeedSelect />
      </div>
      <div className="activity__body">
        {activity.length === 0 ? (
          <p className="muted">
            Nothing yet: drag a branch onto its parent, or use the operations.
          </p>
        ) : (
          <ol className="activity__list" reversed>
            {shown.map((entry) => (
              <li
                key={entry.id}
                className={`activity__entry activity__entry--${entry.result ?? 'running'}`}
              >
                <button
                  type="button"
                  className="activity__open"
                  aria-pressed={entry.id === open}
                  onClick={() => setOpen(entry.id === open ? null : entry.id)}
                >
                  <span className="activity__type">{entry.type}</span>{' '}
                  <code>{entry.environment}</code>{' '}
                  <span
                    className={`activity__result activity__result--${entry.result ?? 'running'}`}
                  >
                    {stateText(entry)}
                    {entry.result && entry.result !== 'refused' ? ` · ${entry.result}` : ''}
                  </span>
                  : {entry.message}
                </button>
                {(entry.state === 'pending' || entry.state === 'in_progress') && (
                  <CommandButton id="cancel-deploy" env={entry.environment} className="link" />
                )}
              </li>
            ))}
            {shown.length === 0 && <li className="muted">No activity matches these filters.</li>}
          </ol>
        )}
        {opened && <ActivityLog project={project} activity={opened} />}
      </div>
    </section>
  );
}
