import { useId, useMemo } from 'react';
import { ModalDialog } from '../components/modal-dialog';
import { type ComparedRow, compareEnvironments } from '../domain/compare-and-preview';
import { tableHas, tableKeys } from '../domain/table';
import { selectProject, useAppStore } from '../store/app-store';

function ComparedTable({
  caption,
  rows,
  left,
  right,
}: {
  caption: string;
  rows: readonly ComparedRow[];
  left: string;
  right: string;
}) {
  return (
    <table className="compare">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">{left}</th>
          <th scope="col">{right}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.name} className={row.differs ? 'compare__row--differs' : undefined}>
            <th scope="row">
              {row.name}
              {row.differs && <span className="badge badge--differs">differs</span>}
            </th>
            <td>{row.left ?? <span className="muted">none</span>}</td>
            <td>{row.right ?? <span className="muted">none</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Two environments side by side: services and effective variables, differences marked. */
export function CompareDialog({ left, right }: { left: string; right: string }) {
  const project = useAppStore(selectProject);
  const openDialog = useAppStore((s) => s.openDialog);
  const id = useId();
  const ids = tableKeys(project.environments).sort();
  const valid = tableHas(project.environments, left) && tableHas(project.environments, right);
  const comparison = useMemo(
    () => (valid ? compareEnvironments(project, left, right) : null),
    [project, left, right, valid],
  );
  const differing = comparison
    ? comparison.services.filter((r) => r.differs).length +
      comparison.variables.filter((r) => r.differs).length
    : 0;
  const choose = (side: 'left' | 'right', value: string) =>
    openDialog({ kind: 'compare', left, right, [side]: value });
  return (
    <ModalDialog title="Compare environments" onClose={() => openDialog(null)}>
      <div className="compare__pick">
        <label htmlFor={`${id}-left`}>Left</label>
        <select id={`${id}-left`} value={left} onChange={(e) => choose('left', e.target.value)}>
          {ids.map((env) => (
            <option key={env}>{env}</option>
          ))}
        </select>
        <label htmlFor={`${id}-right`}>Right</label>
        <select id={`${id}-right`} value={right} onChange={(e) => choose('right', e.target.value)}>
          {ids.map((env) => (
            <option key={env}>{env}</option>
          ))}
        </select>
      </div>
      {comparison && (
        <>
          <p aria-live="polite">
            {differing === 0 ? 'No differences.' : `${differing} differing rows, marked "differs".`}
          </p>
          <ComparedTable
            caption="Services compared"
            rows={comparison.services}
            left={left}
            right={right}
          />
          <ComparedTable
            caption="Variables compared"
            rows={comparison.variables}
            left={left}
            right={right}
          />
        </>
      )}
    </ModalDialog>
  );
}
