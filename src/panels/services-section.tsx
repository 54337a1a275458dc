import { useMemo } from 'react';
import { resolveServices, type ServiceRow } from '../domain/resolve-services';
import type { EnvironmentId, Project } from '../domain/types';

type Props = { project: Project; envId: EnvironmentId };

const PENDING_TEXT: Record<NonNullable<ServiceRow['pending']>, string> = {
  added: 'pending: needs a support ticket (added)',
  removed: 'pending: needs a support ticket (removed)',
  changed: 'pending: needs a support ticket (changed)',
};

function ServiceItem({ service }: { service: ServiceRow }) {
  return (
    <li className={service.pending ? 'service service--pending' : 'service'}>
      <span className="service__id">{service.id}</span>{' '}
      <code className="service__type">{service.type}</code>
      {service.disk !== null && <span className="muted"> · disk {service.disk} MB</span>}
      <div className="service__use">
        {service.usedBy.length > 0 ? (
          <>relationship {service.usedBy.map((name) => `"${name}"`).join(', ')}</>
        ) : (
          <span className="warning">
            ⚠ deployed but unused: no relationship in .magento.app.yaml reaches it
          </span>
        )}
      </div>
      {service.pending && (
        <div className="badge badge--pending">{PENDING_TEXT[service.pending]}</div>
      )}
    </li>
  );
}

/** Services from services.yaml at the environment's deployed commit, plus what the platform adds. */
export function ServicesSection({ project, envId }: Props) {
  const resolved = useMemo(() => resolveServices(project, envId), [project, envId]);
  const overBudget = resolved.diskUsedMb > resolved.storageMb;
  return (
    <section aria-labelledby="services-heading" className="panel-section">
      <h3 id="services-heading">Services</h3>
      {!resolved.active && (
        <p className="muted">
          Inactive: nothing is deployed. These services start when the environment is activated.
        </p>
      )}
      {resolved.problems.map((p) => (
        <p key={`${p.file}:${p.line}:${p.message}`} role="alert" className="warning">
          {p.file}
          {p.line !== null ? `, line ${p.line}` : ''}: {p.message}
        </p>
      ))}
      {resolved.services.length === 0 ? (
        <p>No services in .magento/services.yaml.</p>
      ) : (
        <ul className="services" aria-label="Services from services.yaml">
          {resolved.services.map((service) => (
            <ServiceItem key={service.id} service={service} />
          ))}
        </ul>
      )}
      {resolved.danglingRelationships.map((r) => (
        <p key={r.name} className="warning">
          ⚠ relationship "{r.name}" names "{r.service}", which services.yaml does not define.
        </p>
      ))}
      <p className={overBudget ? 'warning' : 'muted'}>
        Disk: {resolved.diskUsedMb} MB of {resolved.storageMb} MB project storage (application{' '}
        {resolved.appDiskMb} MB + services).
      </p>
      {resolved.active && (
        <>
          <h4>Always running (platform)</h4>
          <ul className="chips" aria-label="Platform services">
            {resolved.platform.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
          <h4>Third-party integrations</h4>
          {resolved.thirdParty.length === 0 ? (
            <p className="muted">None for this environment.</p>
          ) : (
            <ul className="third-party" aria-label="Third-party services">
              {resolved.thirdParty.map((s) => (
                <li key={s.name}>
                  <strong>{s.name}</strong>: {s.purpose}
                  {s.note && <span className="muted"> ({s.note})</span>}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
