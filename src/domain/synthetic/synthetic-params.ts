import { planRules } from '../plans';
import { PLAN_IDS, type PlanId } from '../types';

/** What `?synthetic=N&seed=S` asks for: a generated project of N environments. */
export type SyntheticParams = Readonly<{ plan: PlanId; size: number; seed: number }>;

/** Large enough for any benchmark; beyond it the diagram is no longer a diagram. */
export const MAX_SYNTHETIC_SIZE = 20_000;

/** Every plan's fixed branches fit, so one size works for both plans. */
export const MIN_SYNTHETIC_SIZE = Math.max(
  ...PLAN_IDS.map((plan) => planRules(plan).fixedBranches.length),
);

export const DEFAULT_SYNTHETIC_SEED = 1;

const WHOLE_NUMBER = /^\d{1,10}$/;

function wholeNumber(text: string | null): number | null {
  return text !== null && WHOLE_NUMBER.test(text) ? Number(text) : null;
}

/**
 * Reads `?plan=pro&synthetic=1000&seed=7`: null unless `synthetic` is a whole number from
 * MIN_SYNTHETIC_SIZE to MAX_SYNTHETIC_SIZE. `seed` is optional (default 1); one that is not a
 * whole number below 2^32 falls back to the default. The plan reads as the app reads it:
 * `pro`, otherwise Starter.
 */
export function readSyntheticParams(search: string): SyntheticParams | null {
  const params = new URLSearchParams(search);
  const size = wholeNumber(params.get('synthetic'));
  if (size === null || size < MIN_SYNTHETIC_SIZE || size > MAX_SYNTHETIC_SIZE) return null;
  const seed = wholeNumber(params.get('seed'));
  return {
    plan: params.get('plan') === 'pro' ? 'pro' : 'starter',
    size,
    seed: seed !== null && seed <= 0xffff_ffff ? seed : DEFAULT_SYNTHETIC_SEED,
  };
}
