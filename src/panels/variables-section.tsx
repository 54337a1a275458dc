import { useMemo, useState } from 'react';
import { CommandButton } from '../components/command-button';
import { PagingControls, usePaging } from '../components/paged-list';
import { removeVariable } from '../domain/operations/variables';
import { resolveVariables, type VariableRow } from '../domain/resolve-variables';
import type { EnvironmentId, Project } from '../domain/types';
import { useAppStore } from '../store/app-store';
import { SystemVariablesSection } from './system-variables-section';
import { EMPTY_DRAFT, type VariableDraft, VariableForm } from './variable-form';

type Props = { project: Project; envId: EnvironmentId };

const LEVEL_LABEL: Record<VariableRow['level'], string> = {
  environment: 'environment',
  project: 'project',
  application: 'application',
};

function sourceText(row: VariableRow): string {
  switch (row.source.kind) {
    case 'own':
      return 'set here';
    case 'inherited':
      return `inherited from ${row.source.from}`;
    case 'project':
      return 'same in every environment';
    case 'application':
      return '.magento.app.yaml';
  }
}

function flagList(row: VariableRow): string[] {
  const flags = row.flags;
  if (!flags) return [];
  const list: string[] = [];
  if (row.level === 'environment') list.push(flags.inheritable ? 'inheritable' : 'not inheritable');
  if (flags.sensitive) list.push('sensitive');
  if (flags.build) list.push('build');
  if (flags.runtime) list.push('runtime');
  if (flags.json) list.push('JSON');
  return list;
}

/** The variables an environment sees, with level, source, badges and flags. */
export function VariablesSection({ project, envId }: Props) {
  const rows = useMemo(() => resolveVariables(project, envId), [project, envId]);
  // A row's Edit or Override fills the form; the "Add variable" command opens it empty.
  const [draft, setDraft] = useState<VariableDraft | null>(null);
  const open = useAppStore((s) => s.form === 'variable');
  const run = useAppStore((s) => s.run);
  const edit = (row: VariableRow) => {
    const owner =
      row.source.kind === 'project'
        ? null
        : row.source.kind === 'inherited'
          ? row.source.from
          : envId;
    setDraft({
      name: row.name,
      value: row.value ?? '',
      level: row.level === 'project' ? 'project' : 'environment',
      flags: row.flags ?? EMPTY_DRAFT.flags,
      // A sensitive value stays where it is unless a new one is typed.
      ...(row.value === null && row.flags?.sensitive ? { hidden: { owner } } : {}),
    });
    useAppStore.getState().openForm('variable');
  };
  const done = () => {
    setDraft(null);
    useAppStore.getState().openForm(null);
  };
  const shown = open ? (draft ?? EMPTY_DRAFT) : null;
  const paging = usePaging(rows.length, envId);
  return (
    <section aria-labelledby="variables-heading" className="panel-section variables-section">
      <h3 id="variables-heading">Variables</h3>
      <p className="muted">
        Precedence: system, then environment, then project, then application. A shadowed row is
        Inactive. A change takes effect at the next deploy of the environment that sees it: setting
        an environment variable redeploys that environment only, a project variable redeploys none.
      </p>
      <table className="variables" aria-describedby={paging.describedBy}>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Value</th>
            <th scope="col">From</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody ref={paging.listRef}>
          {rows.slice(0, paging.shown).map((row) => (
            <tr key={`${row.level}:${row.name}`} className={row.effective ? '' : 'row--inactive'}>
              <td className="variables__name">{row.name}</td>
              <td className="variables__value">
                {row.value === null ? (
                  <span className="sensitive">hidden (sensitive)</span>
                ) : (
                  <code>{row.value}</code>
                )}
                <div className="muted small">{flagList(row).join(' · ')}</div>
                {row.pendingRedeploy && (
                  <div className="badge badge--pending">
                    pending redeploy: the running value is{' '}
                    {row.pendingRedeploy.running === null ? (
                      row.pendingRedeploy.wasSet ? (
                        'hidden (sensitive)'
                      ) : (
                        'not set'
                      )
                    ) : (
                      <code>{row.pendingRedeploy.running}</code>
                    )}
                  </div>
                )}
              </td>
              <td>
                {LEVEL_LABEL[row.level]}
                <div className="muted small">{sourceText(row)}</div>
                {row.badges.map((badge) => (
                  <span key={badge} className={`badge badge--${badge.toLowerCase()}`}>
                    {badge}
                  </span>
                ))}
              </td>
              <td className="variables__actions">
                {row.level !== 'application' && (
                  <button type="button" className="link" onClick={() => edit(row)}>
                    {row.source.kind === 'inherited' ? 'Override' : 'Edit'}
                    <span className="visually-hidden"> {row.name}</span>
                  </button>
                )}
                {(row.source.kind === 'own' || row.source.kind === 'project') && (
                  <button
                    type="button"
                    className="link"
                    onClick={() =>
                      run(removeVariable, {
                        env: row.source.kind === 'project' ? null : envId,
                        name: row.name,
                      })
                    }
                  >
                    Remove<span className="visually-hidden"> {row.name}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <PagingControls paging={paging} noun={['variable', 'variables']} />
      {shown ? (
        <VariableForm
          key={`${shown.level}:${shown.name}`}
          env={envId}
          draft={shown}
          onDone={done}
        />
      ) : (
        <CommandButton id="add-variable" env={envId} className="section-action" />
      )}
      <SystemVariablesSection project={project} envId={envId} />
    </section>
  );
}
