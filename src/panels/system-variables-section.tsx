import { useMemo, useState } from 'react';
import { PagingControls, usePaging } from '../components/paged-list';
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
function RelationshipsView({
  relationships,
  envId,
}: {
  relationships: Record<string, unknown[]>;
  envId: EnvironmentId;
}) {
  const lines = useMemo(
    () =>
      Object.entries(relationships).flatMap(([name, endpoints]) =>
        (endpoints as Endpoint[]).map((e) => ({ name, e })),
      ),
    [relationships],
  );
  const paging = usePaging(lines.length, envId);
  if (lines.length === 0) return <p className="muted">No relationships.</p>;
  return (
    <>
      <ul
        ref={paging.listRef}
        className="relationships"
        aria-label="Relationships"
        aria-describedby={paging.describedBy}
      >
        {lines.slice(0, paging.shown).map(({ name, e }) => (
          <li key={`${name}/${e.service}`}>
            <strong>{name}</strong> → {e.service} ({e.type}):{' '}
            <code>
              {e.scheme}://{e.username ? `${e.username}@` : ''}
              {e.host}
              {e.port ? `:${e.port}` : ''}
              {e.path ? `/${e.path}` : ''}
            </code>
          </li>
        ))}
      </ul>
      <PagingControls paging={paging} noun={['relationship', 'relationships']} />
    </>
  );
}

type Props = { project: Project; envId: EnvironmentId };

function DecodedValue({ variable, envId }: { variable: SystemVariable; envId: EnvironmentId }) {
  if (variable.name === 'MAGENTO_CLOUD_RELATIONSHIPS') {
    return (
      <RelationshipsView
        relationships={variable.decoded as Record<string, unknown[]>}
        envId={envId}
      />
    );
  }
  return <pre className="json">{JSON.stringify(variable.decoded, null, 2)}</pre>;
}

/**
 * A base64 JSON value, folded: its text and decoded view are drawn only once opened, since
 * with thousands of services they run to megabytes.
 */
function FoldedValue({ variable, envId }: { variable: SystemVariable; envId: EnvironmentId }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        base64 JSON, <span className="muted">decoded below</span>
      </summary>
      {open && (
        <>
          <code className="wrap small">{variable.value}</code>
          <DecodedValue variable={variable} envId={envId} />
        </>
      )}
    </details>
  );
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
                  <FoldedValue variable={v} envId={envId} />
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
