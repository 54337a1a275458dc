import { PLAN_IDS, planRules } from '../domain/plans';
import { useAppStore } from '../store/app-store';

/** Radio group "Plan": Starter or Pro; each plan keeps its own project and selection. */
export function PlanSwitch() {
  const plan = useAppStore((s) => s.plan);
  const setPlan = useAppStore((s) => s.setPlan);
  return (
    <div className="plan-switch" role="radiogroup" aria-labelledby="plan-switch-label">
      <span id="plan-switch-label" className="plan-switch__label">
        Plan
      </span>
      {PLAN_IDS.map((id) => (
        <label key={id}>
          <input
            type="radio"
            name="plan"
            value={id}
            checked={plan === id}
            onChange={() => setPlan(id)}
          />
          {planRules(id).label}
        </label>
      ))}
    </div>
  );
}
