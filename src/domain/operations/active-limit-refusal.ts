import { planRules } from '../plans';
import { activeCount, countsTowardLimit } from '../tree';
import type { EnvironmentId, Project } from '../types';
import { type OperationFailure, refuse } from './refuse';

/**
 * A refusal ('active-limit') when `candidate`, the project as it would be once `id` is
 * active, holds more active environments than the plan allows; `null` when it is within
 * the limit or `id` does not count toward it. `subject` starts the sentence
 * ("Activating feature-x").
 */
export function activeLimitRefusal(
  candidate: Project,
  id: EnvironmentId,
  subject: string,
): OperationFailure | null {
  const plan = planRules(candidate.plan);
  const count = activeCount(candidate);
  if (count <= plan.activeLimit.max || !countsTowardLimit(candidate, id)) return null;
  return refuse(
    'active-limit',
    `${subject} would make ${count} ${plan.activeLimit.label}; ${plan.label} allows ${plan.activeLimit.max}. Deactivate one first.`,
  );
}
