import { planRules } from '../domain/plans';
import type { Project } from '../domain/types';

/** What the panel shows before an environment is chosen: the plan in a few lines. */
export function PlanOverview({ project }: { project: Project }) {
  const rules = planRules(project.plan);
  return (
    <div className="plan-overview">
      <p className="lead">
        <strong>{rules.label} plan.</strong> {rules.summary}
      </p>
      <p>Select an environment on the diagram (click it, or Tab to it and press Enter).</p>
      <ul className="notes">
        {rules.footnotes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </div>
  );
}
