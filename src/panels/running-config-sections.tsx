import { isRecord } from '../domain/config/yaml';
import { runningConfig } from '../domain/deploy/deployment';
import { ECE_OPTIONS } from '../domain/deploy/ece-tools';
import type { Environment, Project } from '../domain/types';
import './running-config.css';

type Props = { project: Project; env: Environment };

const STAGES = ['global', 'build', 'deploy', 'post-deploy'] as const;

const STAGE_TEXT: Readonly<Record<(typeof STAGES)[number], string>> = {
  global: 'global: every stage, unless a stage sets its own',
  build: 'build: while the application is built, before it has services',
  deploy: 'deploy: while the site is in maintenance, with its services',
  'post-deploy': 'post-deploy: after the site is back up',
};

/** A value as it would read in the file, short: `4`, `true`, `{…3 keys}`. */
function valueText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.length} item${value.length === 1 ? '' : 's'}]`;
  if (isRecord(value)) {
    const n = Object.keys(value).length;
    return `{${n} key${n === 1 ? '' : 's'}}`;
  }
  if (value === null) return 'null';
  return typeof value === 'string' ? (value === '' ? '""' : value) : String(value);
}

/**
 * The `.magento.env.yaml` that runs: each stage's options with their values and what each
 * does, so a user sees how ece-tools will build and deploy this environment.
 */
export function DeploySettingsSection({ project, env }: Props) {
  const parsed = runningConfig(project, env).env;
  const stages = isRecord(parsed?.value) && isRecord(parsed.value.stage) ? parsed.value.stage : {};
  const others = isRecord(parsed?.value)
    ? Object.keys(parsed.value).filter((key) => key !== 'stage')
    : [];
  const shown = STAGES.filter(
    (stage) => isRecord(stages[stage]) && Object.keys(stages[stage]).length,
  );
  return (
    <section aria-labelledby="deploy-settings-heading" className="panel-section">
      <h3 id="deploy-settings-heading">Deploy settings</h3>
      {parsed === null ? (
        <p className="warning">.magento.env.yaml does not parse: the build stops on it.</p>
      ) : shown.length === 0 ? (
        <p className="muted">
          No options in .magento.env.yaml: ece-tools builds and deploys with its defaults.
        </p>
      ) : (
        shown.map((stage) => {
          const options = stages[stage] as Record<string, unknown>;
          return (
            <div key={stage}>
              <h4>{STAGE_TEXT[stage]}</h4>
              <dl className="settings" aria-label={`Stage ${stage}`}>
                {Object.entries(options).map(([name, value]) => (
                  <div key={name} className="settings__row">
                    <dt>
                      <code>{name}</code>: <code>{valueText(value)}</code>
                    </dt>
                    <dd>
                      {ECE_OPTIONS[name]?.meaning ??
                        'not an option ece-tools knows: the build stops on it'}
                    </dd>
                  </div>
                ))}
              </dl>
            </div>
          );
        })
      )}
      {others.length > 0 && (
        <p className="muted">Other sections of the file: {others.join(', ')}.</p>
      )}
    </section>
  );
}

/** Each route of the running `.magento/routes.yaml`: where it goes, its cache and SSI. */
export function RoutesSection({ project, env }: Props) {
  const { routes } = runningConfig(project, env);
  const onOff = (value: boolean | null, unset: string) =>
    value === null ? unset : value ? 'on' : 'off';
  return (
    <section aria-labelledby="routes-heading" className="panel-section">
      <h3 id="routes-heading">Routes</h3>
      {routes.length === 0 ? (
        <p className="muted">No routes in .magento/routes.yaml.</p>
      ) : (
        <ul aria-label="Routes from routes.yaml" className="routes">
          {routes.map((route) => (
            <li key={route.pattern}>
              <code>{route.pattern}</code>{' '}
              {route.type === 'redirect' ? (
                <>
                  redirects to <code>{route.to ?? '(no target)'}</code>
                </>
              ) : (
                <>
                  to <code>{route.upstream ?? '(no upstream)'}</code>
                  <span className="muted">
                    {' '}
                    · cache {onOff(route.cache, 'not set')} · SSI {onOff(route.ssi, 'off')}
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
