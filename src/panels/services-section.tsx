import { useMemo } from 'react';
import { CommandButton } from '../components/command-button';
import { PagingControls, usePaging } from '../components/paged-list';
import { removeService } from '../domain/config/edit-config';
import { commit } from '../domain/operations/commit-config-change';
import { resolveServices, type ServiceRow } from '../domain/resolve-services';
import { tableGet } from '../domain/table';
import type { EnvironmentId, Project } from '../domain/types';
import { useAppStore } from '../store/app-store';
import { ServiceForm } from './service-form';
import { YamlEditor } from './yaml-editor';

type Props = { project: Project; envId: EnvironmentId };

const PENDING_TEXT: Record<NonNullable<ServiceRow['pending']>, string> = {
  added: 'pending: needs a support ticket (added)',
  removed: 'pending: needs a support ticket (removed)',
  changed: 'pending: needs a support ticket (changed)',
};

function ServiceItem({ service, onRemove }: { service: ServiceRow; onRemove: () => void }) {
  return (
    <li className={service.pending ? 'service service--pending' : 'service'}>
      <span className="service__id">{service.id}</span>{' '}
      <code className="service__type">{service.type}</code>
      {service.disk !== null && <span className="muted"> · disk {service.disk} MB</span>}
      <div className="service__use">
        {service.usedBy.length > 0 ? (
          <>relationship {service.usedBy.map((name) => `"${name}"`).join(', ')}</>
        ) : service.pending === 'added' ? (
          // Not deployed yet: "deployed but unused" would be untrue, the badge says the rest.
          <span className="warning">⚠ no relationship in .magento.app.yaml reaches it yet</span>
        ) : service.pending === 'removed' ? null : (
          <span className="warning">
            ⚠ deployed but unused: no relationship in .magento.app.yaml reaches it
          </span>
        )}
      </div>
      {service.pending && (
        <div className="badge badge--pending">{PENDING_TEXT[service.pending]}</div>
      )}
      {service.pending !== 'removed' && (
        <button type="button" className="link service__remove" onClick={onRemove}>
          Remove<span className="visually-hidden"> service {service.id}</span>
        </button>
      )}
    </li>
  );
}

/** Services from services.yaml at the environment's deployed commit, plus what the platform adds. */
export function ServicesSection({ project, envId }: Props) {
  const resolved = useMemo(() => resolveServices(project, envId), [project, envId]);
  const form = useAppStore((s) => s.form);
  const closeForm = () => useAppStore.getState().openForm(null);
  const run = useAppStore((s) => s.run);
  const headFiles = tableGet(
    project.commits,
    tableGet(project.environments, envId)?.head ?? '',
  )?.files;
  const remove = (id: string) => {
    if (!headFiles) return;
    const edit = removeService(headFiles, id);
    if ('error' in edit) useAppStore.getState().announce(edit.error);
    else run(commit, { env: envId, files: edit.files, message: edit.message });
  };
  const overBudget = resolved.diskUsedMb > resolved.storageMb;
  const problems = usePaging(resolved.problems.length, envId);
  const services = usePaging(resolved.services.length, envId);
  const dangling = usePaging(resolved.danglingRelationships.length, envId);
  return (
    <section aria-labelledby="services-heading" className="panel-section">
      <h3 id="services-heading">Services</h3>
      {!resolved.active && (
        <p className="muted">
          Inactive: nothing is deployed. These services start when the environment is activated.
        </p>
      )}
      <div ref={problems.listRef}>
        {resolved.problems.slice(0, problems.shown).map((p) => (
          <p key={`${p.file}:${p.line}:${p.message}`} role="alert" className="warning">
            {p.file}
            {p.line !== null ? `, line ${p.line}` : ''}: {p.message}
          </p>
        ))}
      </div>
      <PagingControls paging={problems} noun={['problem', 'problems']} />
      {resolved.services.length === 0 ? (
        <p>No services in .magento/services.yaml.</p>
      ) : (
        <>
          <ul
            ref={services.listRef}
            className="services"
            aria-label="Services from services.yaml"
            aria-describedby={services.describedBy}
          >
            {resolved.services.slice(0, services.shown).map((service) => (
              <ServiceItem key={service.id} service={service} onRemove={() => remove(service.id)} />
            ))}
          </ul>
          <PagingControls paging={services} noun={['service', 'services']} />
        </>
      )}
      <div ref={dangling.listRef}>
        {resolved.danglingRelationships.slice(0, dangling.shown).map((r) => (
          <p key={r.name} className="warning">
            ⚠ relationship "{r.name}" names "{r.service}", which services.yaml does not define.
          </p>
        ))}
      </div>
      <PagingControls paging={dangling} noun={['relationship', 'relationships']} />
      {headFiles && form === 'service' && (
        <ServiceForm env={envId} files={headFiles} onDone={closeForm} />
      )}
      {headFiles && form === 'yaml' && (
        <YamlEditor env={envId} files={headFiles} onDone={closeForm} />
      )}
      {form !== 'service' && form !== 'yaml' && (
        <div className="section-actions">
          <CommandButton id="add-service" env={envId} className="section-action" />
          <CommandButton id="edit-yaml" env={envId} className="section-action" />
        </div>
      )}
      <p className={overBudget ? 'warning' : 'muted'}>
        {overBudget && '⚠ Over the plan’s storage: '}
        Disk: {resolved.diskUsedMb} MB of {resolved.storageMb} MB project storage (application{' '}
        {resolved.appDiskMb} MB + services).
        {overBudget &&
          ` That is ${resolved.diskUsedMb - resolved.storageMb} MB more than the project has: the platform rejects the next push until a service gives up disk or more storage is bought.`}
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
