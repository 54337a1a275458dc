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
export function RelationshipsView({ relationships }: { relationships: Record<string, unknown[]> }) {
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
