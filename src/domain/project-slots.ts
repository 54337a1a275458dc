import { createDefaultProject } from './defaults/default-project';
import { EDITIONS, type Edition, PLAN_IDS, type PlanId, type Project } from './types';

/**
 * The explorer keeps one project per plan and edition of the rules (DOMAIN.md §8), so
 * switching either and back loses nothing. A project's own `plan` and `edition` name its slot.
 */
export type ProjectSlots = Readonly<Record<Edition, Readonly<Record<PlanId, Project>>>>;

export type Slot = Readonly<{ edition: Edition; plan: PlanId }>;

/** Every slot, editions first, plans in their order. */
export const SLOTS: readonly Slot[] = EDITIONS.flatMap((edition) =>
  PLAN_IDS.map((plan) => ({ edition, plan })),
);

/** The embedded default project in every slot. */
export function defaultSlots(): ProjectSlots {
  const byPlan = (edition: Edition) =>
    Object.fromEntries(
      PLAN_IDS.map((plan) => [plan, createDefaultProject(plan, edition)]),
    ) as Record<PlanId, Project>;
  return { '2.1': byPlan('2.1'), today: byPlan('today') };
}

/** `slots` with `project` in its own slot. */
export function withProject(slots: ProjectSlots, project: Project): ProjectSlots {
  return {
    ...slots,
    [project.edition]: { ...slots[project.edition], [project.plan]: project },
  };
}

/** The slots whose project differs between `a` and `b`. */
export function changedSlots(a: ProjectSlots, b: ProjectSlots): Slot[] {
  return SLOTS.filter(({ edition, plan }) => a[edition][plan] !== b[edition][plan]);
}
