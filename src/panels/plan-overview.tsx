import { EDITION_LABEL, rulesOf } from '../domain/plans';
import type { Project } from '../domain/types';
import { RuleList } from './rule-list';

/** What the panel shows before an environment is chosen: the plan in a few lines. */
export function PlanOverview({ project }: { project: Project }) {
  const rules = rulesOf(project);
  return (
    <div className="plan-overview">
      <p className="lead">
        <strong>{rules.label} plan.</strong> {rules.summary}
      </p>
      <p>Select an environment on the diagram (click it, or Tab to it and press Enter).</p>
      <p className="muted small">
        Rules: {EDITION_LABEL[rules.edition]}. Each rule names its source; hover or focus it to read
        which document.
      </p>
      <RuleList label="Rules of this plan" rules={rules.footnotes} />
    </div>
  );
}
