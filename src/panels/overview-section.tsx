import { useMemo } from 'react';
import { CommandButton } from '../components/command-button';
import { PagingControls, usePaging } from '../components/paged-list';
import { clusterHosts, environmentUrl } from '../domain/environment-url';
import { snapshotsOf } from '../domain/operations/snapshot-environment';
import type { ClusterSpec } from '../domain/plans';
import { roleRulesOf } from '../domain/plans';
import { type ClusterNode, clusterNodes } from '../domain/resolve-services';
import { tableGet } from '../domain/table';
import { type Environment, type Project, SNAPSHOT_SECONDS } from '../domain/types';
import { formatDuration } from './activity-panel';
import { RuleList } from './rule-list';

type ClusterProps = { project: Project; env: Environment; cluster: ClusterSpec };

/** One node of the cluster and what runs on it (as many lines as services, so paged). */
function ClusterNodeItem({ node, host, env }: { node: ClusterNode; host: string; env: string }) {
  const paging = usePaging(node.runs.length, env);
  return (
    <li className="cluster__node">
      <strong>Node {node.index}</strong>
      <code className="wrap">{host}</code>
      <ul ref={paging.listRef} aria-describedby={paging.describedBy}>
        {node.runs.slice(0, paging.shown).map((item, i) => (
          // Two services of one type run as the same line: only the place tells them apart.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is static text
          <li key={i}>{item}</li>
        ))}
      </ul>
      <PagingControls paging={paging} noun={['item', 'items']} />
    </li>
  );
}

/** The Pro Production cluster: load balancer, three nodes and what runs on each. */
function ClusterSection({ project, env, cluster }: ClusterProps) {
  const hosts = clusterHosts(project, env);
  const nodes = useMemo(() => clusterNodes(project, env.id), [project, env.id]);
  return (
    <section aria-labelledby="cluster-heading" className="cluster">
      <h4 id="cluster-heading">{cluster.summary}</h4>
      <p>
        {cluster.cdn} → {cluster.loadBalancer}: <code className="wrap">{hosts.balancer}</code>
      </p>
      <ol className="cluster__nodes" aria-label="Cluster nodes">
        {nodes.map((node, i) => (
          <ClusterNodeItem key={node.index} node={node} host={hosts.nodes[i] ?? ''} env={env.id} />
        ))}
      </ol>
      <p className="muted">
        {cluster.gateways}. Sizes: {cluster.sizes}. Backups: {cluster.backups}.
      </p>
    </section>
  );
}

type Props = { project: Project; env: Environment };

/** How many snapshots the environment has and how long the newest stays restorable. */
function SnapshotsText({ project, env }: { project: Project; env: string }) {
  const list = snapshotsOf(project, env);
  const restorable = list.filter((s) => s.restorable);
  const newest = restorable[0]?.snapshot;
  if (list.length === 0) return <>none yet</>;
  const left = newest ? SNAPSHOT_SECONDS - (project.clock - newest.at) : 0;
  return (
    <>
      {restorable.length} of {list.length} restorable
      {newest ? `; the newest for ${formatDuration(left)} more` : ': all older than 7 days'}
    </>
  );
}

/** Data an environment did not copy: dedicated hardware's, Pro Integration's, or an empty start. */
function ownDataText(project: Project, env: Environment): string {
  const parent = env.parentId === null ? undefined : tableGet(project.environments, env.parentId);
  if (!roleRulesOf(project, env.role).dataSyncInto) {
    return 'its own, on dedicated hardware: no data is copied into it';
  }
  return parent && !roleRulesOf(project, parent.role).dataSyncFrom
    ? `its own Integration database (no data comes from ${parent.title})`
    : 'its own: started empty, without a copy of the parent’s data';
}

/** Role, branch, parent, status, infrastructure and URL of an environment. */
export function OverviewSection({ project, env }: Props) {
  const rules = roleRulesOf(project, env.role);
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
            : env.dataOrigin?.from
              ? `copied from ${env.dataOrigin.from}`
              : env.dataOrigin
                ? ownDataText(project, env)
                : 'its own (root of the tree)'}
        </dd>
        {rules.snapshots && (
          <>
            <dt>Snapshots</dt>
            <dd>
              <SnapshotsText project={project} env={env.id} />{' '}
              <CommandButton id="wait-day" className="link" />
            </dd>
          </>
        )}
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
      <RuleList label="Rules for this environment" rules={rules.notes} />
      {rules.cluster && active && (
        <ClusterSection project={project} env={env} cluster={rules.cluster} />
      )}
    </section>
  );
}
