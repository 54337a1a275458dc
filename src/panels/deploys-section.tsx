import { useId } from 'react';
import { CommandButton } from '../components/command-button';
import { readCommitConfig } from '../domain/config/read-config';
import { pendingTicket } from '../domain/deploy/deployment';
import { scdPlacement } from '../domain/deploy/pipeline';
import { roleRulesOf } from '../domain/plans';
import { tableGet } from '../domain/table';
import type { Environment, InjectedFailure, Project } from '../domain/types';
import { type CommandId, runCommand } from '../store/commands';
import { formatDuration } from './activity-panel';

type Props = { project: Project; env: Environment };

const FAILURE_OPTIONS: readonly [InjectedFailure | 'none', string, CommandId][] = [
  ['none', 'No failure', 'fail-next-none'],
  ['build', 'Build', 'fail-next-build'],
  ['deploy', 'Deploy hook', 'fail-next-deploy'],
  ['post_deploy', 'Post-deploy', 'fail-next-post-deploy'],
];

/** "Make the next deploy fail": a trainer's way to show what each failure does. */
function FailureSelect({ env }: { env: Environment }) {
  const id = useId();
  return (
    <p className="deploys__failure">
      <label htmlFor={id}>Make the next deploy fail</label>{' '}
      <select
        id={id}
        value={env.failNext ?? 'none'}
        onChange={(e) => {
          const option = FAILURE_OPTIONS.find(([value]) => value === e.target.value);
          if (option) runCommand(option[2], env.id);
        }}
      >
        {FAILURE_OPTIONS.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <span className="muted small">
        {' '}
        (for trainers: used up by the next deploy that runs that phase)
      </span>
    </p>
  );
}

/**
 * What runs in the environment and how it gets there (DOMAIN.md §7): the deployed code and
 * tree, maintenance mode, the changes waiting for a support ticket, where static content
 * deploys (and the maintenance window that implies), and the last deploy's outcome.
 */
export function DeploysSection({ project, env }: Props) {
  const active = env.status === 'active';
  const deployment = env.deployment;
  const commit = deployment ? tableGet(project.commits, deployment.commit) : undefined;
  const config = commit ? readCommitConfig(commit) : null;
  const waiting = pendingTicket(project, env);
  const rules = roleRulesOf(project, env.role);
  const scd = config ? scdPlacement(config.env, project.configDumped) : null;
  const last = project.activity.findLast((a) => a.environment === env.id && a.deploy);
  return (
    <section aria-labelledby="deploys-heading" className="panel-section">
      <h3 id="deploys-heading">Deploys</h3>
      {!active ? (
        <p className="muted">Inactive: nothing is deployed.</p>
      ) : (
        <dl className="facts">
          <dt>Running</dt>
          <dd>
            {commit && config ? (
              <>
                <code title={commit.id}>{commit.id.slice(0, 7)}</code> {commit.message}{' '}
                <span className="muted small">(tree {config.tree.slice(0, 7)})</span>
              </>
            ) : (
              'nothing yet: its first deploy is under way'
            )}
          </dd>
          {deployment?.maintenance && (
            <>
              <dt>Site</dt>
              <dd className="warning">
                In maintenance mode: the last deploy hook failed. A deploy that succeeds brings it
                back.
              </dd>
            </>
          )}
          {scd && (
            <>
              <dt>Static content</dt>
              <dd>
                {scd.where === 'build' &&
                  `deploys in the build (${scd.reason}), about ${formatDuration(scd.seconds)}: no maintenance window for it`}
                {scd.where === 'deploy' &&
                  `deploys in the deploy phase (${scd.reason}), inside the maintenance window: about ${formatDuration(scd.seconds)} more downtime`}
                {scd.where === 'on demand' &&
                  'is generated on demand, when a page first asks for it (SCD_ON_DEMAND)'}
                {scd.where === 'skipped' && `is not deployed (${scd.reason})`}
              </dd>
            </>
          )}
          {last && (
            <>
              <dt>Last deploy</dt>
              <dd>
                {last.type}: {last.state.replace('_', ' ')}
                {last.result ? `, ${last.result}` : ''} ({last.message})
              </dd>
            </>
          )}
        </dl>
      )}
      {waiting.length > 0 && (
        <div className="deploys__ticket">
          <p>
            Waiting for a support ticket on {rules.label} (the code and its tree are deployed; these
            settings are not):
          </p>
          <ul aria-label="Changes waiting for a support ticket">
            {waiting.map((c) => (
              <li key={`${c.file}:${c.setting}`}>
                <span className={`badge badge--${c.kind}`}>{c.kind}</span> <code>{c.file}</code>{' '}
                {c.setting || '(whole file)'}
              </li>
            ))}
          </ul>
          <CommandButton id="complete-ticket" env={env.id} />
          <span className="muted small"> Real tickets take up to 48 hours.</span>
        </div>
      )}
      {active && (
        <div className="section-actions">
          <CommandButton id="cancel-deploy" env={env.id} className="section-action" />
        </div>
      )}
      {active && <FailureSelect env={env} />}
    </section>
  );
}
