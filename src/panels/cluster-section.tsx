import { clusterHosts } from '../domain/environment-url';
import type { ClusterSpec } from '../domain/plans';
import type { Environment, Project } from '../domain/types';

type Props = { project: Project; env: Environment; cluster: ClusterSpec };

/** The Pro Production cluster: load balancer, three nodes and what runs on each. */
export function ClusterSection({ project, env, cluster }: Props) {
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
