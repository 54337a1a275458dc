import { useMemo } from 'react';
import { type SystemVariable, systemVariables } from '../domain/system-variables';
import type { EnvironmentId, Project } from '../domain/types';

type Endpoint = {
  service: string;
  type: string;
  scheme: string;
  host: string;
  port: number | null;
  username: string | null;
  path: string | null;
};

/** MAGENTO_CLOUD_RELATIONSHIPS decoded into one readable line per relationship. */
function RelationshipsView({ relationships }: { relationships: Record<string, unknown[]> }) {
  const entries = Object.entries(relationships);
  if (entries.length === 0) return <p className="muted">No relationships.</p>;
  return (
    <ul className="relationships" aria-label="Relationships">
      {entries.map(([name, endpoints]) =>
        (endpoints as Endpoint[]).map((e) => (
          <li key={`${name}/${e.service}`}>
            <strong>{name}</strong> → {e.service} ({e.type}):{' '}
            <code>
              {e.scheme}://{e.username ? `${e.username}@` : ''}
              {e.host}
              {e.port ? `:${e.port}` : ''}
              {e.path ? `/${e.path}` : ''}
            </code>
          </li>
        )),
      )}
    </ul>
  );
}

type Props = { project: Project; envId: EnvironmentId };

function DecodedValue({ variable }: { variable: SystemVariable }) {
  if (variable.name === 'MAGENTO_CLOUD_RELATIONSHIPS') {
    return <RelationshipsView relationships={variable.decoded as Record<string, unknown[]>} />;
  }
  return <pre className="json">{JSON.stringify(variable.decoded, null, 2)}</pre>;
}

/** The MAGENTO_CLOUD_* variables the platform computes for an active environment. */
export function SystemVariablesSection({ project, envId }: Props) {
  const vars = useMemo(() => systemVariables(project, envId), [project, envId]);
  return (
    <section aria-labelledby="system-variables-heading">
      <h4 id="system-variables-heading">MAGENTO_CLOUD_* (set by the platform)</h4>
      {vars.length === 0 ? (
        <p className="muted">None: the platform sets them only in an active environment.</p>
      ) : (
        <dl className="system-vars">
          {vars.map((v) => (
            <div key={v.name} className="system-vars__item">
              <dt>
                <code>{v.name}</code>
              </dt>
              <dd>
                {v.decoded === null ? (
                  <code className="wrap">{v.value}</code>
                ) : (
                  <details>
                    <summary>
                      base64 JSON, <span className="muted">decoded below</span>
                    </summary>
                    <code className="wrap small">{v.value}</code>
                    <DecodedValue variable={v} />
                  </details>
                )}
                {v.note && <div className="muted small">{v.note}</div>}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
