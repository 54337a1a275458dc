import { planRules } from '../domain/plans';
import { activeCount } from '../domain/tree';
import { useAppStore } from '../store/app-store';
import { selectProject } from '../store/selectors';

/** "active: N of 4": how close the project is to its plan's active limit. */
export function ActiveCount() {
  const project = useAppStore(selectProject);
  const limit = planRules(project.plan).activeLimit;
  return (
    <p className="active-count" title={limit.label}>
      active: {activeCount(project)} of {limit.max}
      <span className="visually-hidden"> ({limit.label})</span>
    </p>
  );
}
