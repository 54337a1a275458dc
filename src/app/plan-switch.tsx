import { PLAN_IDS, planRules } from '../domain/plans';
import { useAppStore } from '../store/app-store';

/** Radio group "Plan": Starter or Pro; each plan keeps its own project and selection. */
export function PlanSwitch() {
  const plan = useAppStore((s) => s.plan);
  const setPlan = useAppStore((s) => s.setPlan);
  return (
    <fieldset className="plan-switch">
      <legend>Plan</legend>
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
    </fieldset>
  );
}
