import { environmentUrl } from '../domain/environment-url';
import { roleRules } from '../domain/plans';
import { tableGet } from '../domain/table';
import type { Environment, Project } from '../domain/types';
import { ClusterSection } from './cluster-section';

type Props = { project: Project; env: Environment };

/** Role, branch, parent, status, infrastructure and URL of an environment. */
export function OverviewSection({ project, env }: Props) {
  const rules = roleRules(project.plan, env.role);
  const active = env.status === 'active';
  const head = tableGet(project.commits, env.head);
  return (
    <section aria-labelledby="overview-heading" className="panel-section">
      <h3 id="overview-heading">Overview</h3>
      <dl className="facts">
        <dt>Role</dt>
        <dd>{rules.label}</dd>
        <dt>Branch</dt>
        <dd>
          <code>{env.id}</code>
        </dd>
        <dt>Parent</dt>
        <dd>{env.parentId ? <code>{env.parentId}</code> : 'none (root of the tree)'}</dd>
        <dt>Status</dt>
        <dd>
          {active
            ? 'Active: deployed, with its own services and data'
            : 'Inactive: only the Git branch exists; no services, no data, no URL'}
        </dd>
        <dt>Infrastructure</dt>
        <dd>{active ? rules.infrastructure : 'Nothing deployed'}</dd>
        <dt>URL</dt>
        <dd>
          {active ? (
            <code className="wrap">{environmentUrl(project, env)}</code>
          ) : (
            'none while inactive'
          )}
          <div className="muted small">
            pattern <code className="wrap">{rules.urlPattern}</code>
          </div>
        </dd>
        <dt>Data</dt>
        <dd>
          {!active
            ? 'none while inactive'
            : env.dataOrigin
              ? `copied from ${env.dataOrigin.from}`
              : 'its own (root of the tree)'}
        </dd>
        <dt>Head commit</dt>
        <dd>
          <code title={head?.id}>{head?.id.slice(0, 7)}</code> {head?.message}
        </dd>
        {env.deployState && (
          <>
            <dt>Last deploy</dt>
            <dd>{env.deployState.label}</dd>
          </>
        )}
      </dl>
      <ul className="notes" aria-label="Rules for this environment">
        {rules.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      {rules.cluster && active && (
        <ClusterSection project={project} env={env} cluster={rules.cluster} />
      )}
    </section>
  );
}
