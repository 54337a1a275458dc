import { planRules } from '../plans';
import { activeCountAfter, countsTowardLimit } from '../tree';
import type { Environment, Project } from '../types';
import { type OperationFailure, refuse } from './refuse';

/**
 * A refusal ('active-limit') when `candidate`, which is `project` with `changed` added or
 * replaced so that it is active, holds more active environments than the plan allows;
 * `null` when it is within the limit or `changed` does not count toward it. `subject`
 * starts the sentence ("Activating feature-x").
 */
export function activeLimitRefusal(
  project: Project,
  candidate: Project,
  changed: Environment,
  subject: string,
): OperationFailure | null {
  const plan = planRules(candidate.plan);
  const count = activeCountAfter(project, candidate, [changed]);
  if (count <= plan.activeLimit.max || !countsTowardLimit(candidate, changed.id)) return null;
  return refuse(
    'active-limit',
    `${subject} would make ${count} ${plan.activeLimit.label}; ${plan.label} allows ${plan.activeLimit.max}. Deactivate one first.`,
  );
}
