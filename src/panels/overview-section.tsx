import { clusterHosts, environmentUrl } from '../domain/environment-url';
import type { ClusterSpec } from '../domain/plans';
import { roleRules } from '../domain/plans';
import { tableGet } from '../domain/table';
import type { Environment, Project } from '../domain/types';

type ClusterProps = { project: Project; env: Environment; cluster: ClusterSpec };

/** The Pro Production cluster: load balancer, three nodes and what runs on each. */
function ClusterSection({ project, env, cluster }: ClusterProps) {
  const hosts = clusterHosts(project, env);
  return (
    <section aria-labelledby="cluster-heading" className="cluster">
      <h4 id="cluster-heading">{cluster.summary}</h4>
      <p>
        {cluster.cdn} → {cluster.loadBalancer}: <code className="wrap">{hosts.balancer}</code>
      </p>
      <ol className="cluster__nodes" aria-label="Cluster nodes">
        {cluster.nodes.map((node, i) => (
          <li key={node.index} className="cluster__node">
            <strong>Node {node.index}</strong>
            <code className="wrap">{hosts.nodes[i]}</code>
            <ul>
              {node.runs.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <p className="muted">
        {cluster.gateways}. Sizes: {cluster.sizes}. Backups: {cluster.backups}.
      </p>
    </section>
  );
}

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
