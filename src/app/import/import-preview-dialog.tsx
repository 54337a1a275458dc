import { ModalDialog } from '../../components/modal-dialog';
import { PagingControls, usePaging } from '../../components/paged-list';
import { readServices } from '../../domain/config/read-config';
import { filesAt } from '../../domain/git/commit-graph';
import type { Carried, CarriedHow } from '../../domain/import/import-into-project';
import { formatImportMessage } from '../../domain/import/import-result';
import { rulesOf } from '../../domain/plans';
import { tableGet, tableSize, tableValues } from '../../domain/table';
import { inTreeOrder } from '../../domain/tree';
import type { Environment, Project } from '../../domain/types';
import { selectProject, selectSelectedId, useAppStore } from '../../store/app-store';
import type { ImportPreview } from '../../store/view-slice';
import './import.css';

/** What happened to an environment, in a few words, for the preview. */
const CARRIED_TEXT: Readonly<Record<CarriedHow, string>> = {
  pushed: 'the files committed and pushed here',
  synced: 'synced from its parent (code only)',
  merged: 'its parent merged into its own work (a merge commit)',
  unchanged: 'unchanged: nothing new from its parent',
  inactive: 'inactive: keeps its files until activated and synced',
  conflict: 'keeps its files: its own work changes the same settings',
  rejected: 'keeps its files: the platform would reject the merge',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "mysql:10.3, redis:5.0" — the services an environment runs at its head, or "no services". */
function servicesAt(project: Project, env: Environment): string {
  const { services } = readServices(filesAt(project.commits, env.head)['.magento/services.yaml']);
  return services.length === 0 ? 'no services' : services.map((s) => s.type).join(', ');
}

function variableCount(project: Project): number {
  return (
    Object.keys(project.variables).length +
    tableValues(project.environments).reduce((n, e) => n + Object.keys(e.variables).length, 0)
  );
}

/** Inactive environments are listed one by one up to this many, else in one line. */
const INACTIVE_ONE_BY_ONE = 3;

/**
 * One line per environment of the kept tree: how the files reached it, what it then runs. A
 * real project's many inactive branches, which all simply keep their files, share one line.
 */
function CarriedList({ project, carried }: { project: Project; carried: readonly Carried[] }) {
  const inactive = carried.filter((c) => c.how === 'inactive');
  const together = inactive.length > INACTIVE_ONE_BY_ONE;
  const listed = together ? carried.filter((c) => c.how !== 'inactive') : carried;
  const paging = usePaging(listed.length, project);
  return (
    <>
      <ul
        ref={paging.listRef}
        aria-label="Environments after the import"
        aria-describedby={paging.describedBy}
        className="import-preview__list"
      >
        {listed.slice(0, paging.shown).map(({ env, how, detail }) => {
          const environment = tableGet(project.environments, env);
          return (
            <li key={env}>
              <code>{env}</code>: {CARRIED_TEXT[how]}
              {detail ? ` (${detail})` : ''}
              {environment && how !== 'inactive' && (
                <span className="muted">
                  {' '}
                  — its services.yaml: {servicesAt(project, environment)}
                </span>
              )}
            </li>
          );
        })}
        {together && (
          <li>
            {`${inactive.length} inactive environments (${inactive
              .slice(0, 3)
              .map((c) => c.env)
              .join(', ')}, …): keep their files until activated and synced`}
          </li>
        )}
      </ul>
      <PagingControls paging={paging} noun={['environment', 'environments']} />
    </>
  );
}

function keptAnnouncement(preview: ImportPreview, carried: readonly Carried[], plan: string) {
  const count = (how: Carried['how']) => carried.filter((c) => c.how === how).length;
  const kept = carried.length - count('pushed') - count('synced') - count('merged');
  return `Imported ${plural(preview.files.length, 'file')} into your ${plan} project, keeping its ${plural(carried.length, 'environment')}: committed on the root and carried down (${count('synced')} synced, ${count('merged')} merged, ${kept} keep their files). Undo brings back the previous project.`;
}

/**
 * What an import will do before it does it: the files read, and the two ways to take them —
 * into the current project's branches, or as a new project of the plan's fixed branches.
 */
export function ImportPreviewDialog({ preview }: { preview: ImportPreview }) {
  const openDialog = useAppStore((s) => s.openDialog);
  const current = useAppStore(selectProject);
  const selected = useAppStore(selectSelectedId);
  const plan = rulesOf(current).label;
  const { fresh, kept, warnings } = preview;
  const freshEnvironments = inTreeOrder(fresh);

  const keep = () => {
    if (!kept?.ok) return;
    const state = useAppStore.getState();
    state.replaceProject(kept.project, { play: true });
    state.navigate(kept.project.plan, selected);
    state.openDialog(null);
    state.announce(keptAnnouncement(preview, kept.carried, plan));
  };
  const startNew = () => {
    const state = useAppStore.getState();
    state.replaceProject(fresh);
    state.navigate(fresh.plan, null);
    state.openDialog(null);
    state.announce(
      `Imported ${plural(preview.files.length, 'file')} into a new ${plan} project${
        warnings.length ? ` with ${plural(warnings.length, 'warning')}` : ''
      }. Undo brings back the previous project.`,
    );
  };

  return (
    <ModalDialog title="Import preview" onClose={() => openDialog(null)}>
      <p>Nothing has changed yet. Files read: {preview.files.join(', ')}.</p>
      {warnings.length > 0 && (
        <>
          <h3>Warnings</h3>
          <ul className="import-messages" aria-label="Warnings">
            {warnings.map((m) => (
              <li key={formatImportMessage(m)}>{formatImportMessage(m)}</li>
            ))}
          </ul>
        </>
      )}
      <section aria-labelledby="import-keep" className="import-preview__choice">
        <h3 id="import-keep">Keep my branches</h3>
        {kept?.ok ? (
          <>
            <p>
              Keeps the {plural(tableSize(current.environments), 'environment')} and{' '}
              {plural(variableCount(current), 'variable')} of {current.title}. The files are
              committed on the root as one change and carried down the tree as the platform would;
              files you did not import stay as they are.
            </p>
            <CarriedList project={kept.project} carried={kept.carried} />
          </>
        ) : (
          <p>
            Not possible here:{' '}
            {kept ? kept.reason : 'there is no current project to apply the files to'}.
          </p>
        )}
      </section>
      <section aria-labelledby="import-new" className="import-preview__choice">
        <h3 id="import-new">New project</h3>
        <p>
          Replaces {current.title}: its {plural(tableSize(current.environments), 'environment')},{' '}
          {plural(variableCount(current), 'variable')} and activity log give way to the plan's{' '}
          {plural(freshEnvironments.length, 'fixed branch', 'fixed branches')} (
          {freshEnvironments.map((e) => e.id).join(', ')}), all active, each running{' '}
          {freshEnvironments[0] ? servicesAt(fresh, freshEnvironments[0]) : 'nothing'}.
        </p>
      </section>
      <div className="inline-form__actions">
        <button
          type="button"
          className="primary"
          onClick={keep}
          aria-disabled={!kept?.ok}
          title={kept?.ok ? undefined : 'The files cannot be applied to these branches'}
        >
          Keep my branches
        </button>
        <button type="button" onClick={startNew}>
          New project
        </button>
        <button type="button" onClick={() => openDialog(null)}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
