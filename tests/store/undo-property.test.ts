import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { OPERATIONS } from '../../src/domain/operations/all-operations';
import { SLOTS } from '../../src/domain/project-slots';
import { tableKeys } from '../../src/domain/table';
import { EDITIONS, type Edition, PLAN_IDS, type PlanId } from '../../src/domain/types';
import { variable } from '../../src/domain/variable';
import { selectProject, useAppStore } from '../../src/store/app-store';
import { clockModule } from '../../src/store/lazy-module';
import { resetStore } from '../support/render-app';

type Step = Readonly<{ op: number; pick: number; name: number; plan: PlanId; edition: Edition }>;

// Ops 0-13 are operations; 14 and up let simulated time pass, so deploys overlap.
const step = fc.record<Step>({
  op: fc.integer({ min: 0, max: 15 }),
  pick: fc.nat(),
  name: fc.integer({ min: 0, max: 4 }),
  plan: fc.constantFrom<PlanId>(...PLAN_IDS),
  edition: fc.constantFrom<Edition>(...EDITIONS),
});

/** Runs one step through the store, as the UI does; returns whether it was applied. */
function apply({ op, pick, name, plan, edition }: Step): boolean {
  const state = useAppStore.getState();
  if (state.plan !== plan) state.setPlan(plan);
  if (state.edition !== edition) state.setEdition(edition);
  const project = selectProject(useAppStore.getState());
  const ids = tableKeys(project.environments).sort();
  const env = ids[pick % ids.length] ?? 'master';
  const run = useAppStore.getState().run;
  switch (op) {
    case 0:
      return run(OPERATIONS.merge, { env });
    case 1:
      return run(OPERATIONS.branch, { parent: env, name: `work-${name}` });
    case 2:
      return run(OPERATIONS.sync, { env, code: true, data: name % 2 === 0 });
    case 3:
      return run(OPERATIONS.activate, { env });
    case 4:
      return run(OPERATIONS.deactivate, { env });
    case 5:
      return run(OPERATIONS.deleteBranch, { env });
    case 6:
      return run(OPERATIONS.redeploy, { env });
    case 7:
      return run(OPERATIONS.setVariable, {
        env,
        variable: variable(`VAR_${name}`, `v${pick % 7}`),
      });
    case 8: {
      const open = project.activity.filter((a) => a.state !== 'complete');
      return run(OPERATIONS.cancel, { activity: open[pick % Math.max(1, open.length)]?.id ?? 0 });
    }
    case 9:
      return run(OPERATIONS.ticket, { env });
    case 10:
      return run(OPERATIONS.failNext, { env, phase: name % 2 === 0 ? 'deploy' : 'build' });
    case 11:
      return run(OPERATIONS.push, { parent: env, name: `pushed-${name}` });
    case 12:
      return run(OPERATIONS.reparent, { env, parent: ids[(pick + name + 1) % ids.length] ?? env });
    case 13: {
      const taken = project.snapshots.filter((x) => x.environment === env);
      return taken[0]
        ? run(OPERATIONS.restore, { env, snapshot: taken[pick % taken.length]?.id ?? '' })
        : run(OPERATIONS.snapshot, { env });
    }
    default:
      // Not an operation: the clock moves, with no undo entry.
      useAppStore.getState().tick(30 * (name + 1));
      return false;
  }
}

beforeAll(async () => {
  await clockModule.load();
});

describe('undo and redo over random operation sequences', () => {
  it.each(['instant', 'watch'] as const)(
    'adds one entry per applied operation (one per activity) and none per refusal or clock move; undo all, redo all gives the same projects (%s)',
    (speed) => {
      fc.assert(
        fc.property(fc.array(step, { minLength: 1, maxLength: 14 }), (steps) => {
          resetStore();
          useAppStore.getState().setDeploySpeed(speed);
          const temporal = () => useAppStore.temporal.getState();
          // Refusals are logged but not undoable: undoing everything returns to the projects as
          // they were just before the first applied operation.
          let beforeFirst = useAppStore.getState().projects;
          let applied = 0;
          for (const s of steps) {
            const before = useAppStore.getState().projects;
            if (!apply(s)) continue;
            if (applied === 0) beforeFirst = before;
            applied++;
          }
          expect(temporal().pastStates).toHaveLength(applied);
          if (applied === 0) return;

          const final = useAppStore.getState().projects;
          // Through the store's Undo and Redo, as the buttons and keys run them.
          for (let i = 0; i < applied; i++) useAppStore.getState().undo();
          const projects = () => useAppStore.getState().projects;
          for (const { edition, plan } of SLOTS) {
            expect(projects()[edition][plan]).toBe(beforeFirst[edition][plan]);
          }
          for (let i = 0; i < applied; i++) useAppStore.getState().redo();
          for (const { edition, plan } of SLOTS) {
            expect(projects()[edition][plan]).toBe(final[edition][plan]);
          }
        }),
        { numRuns: 1000 },
      );
    },
    // A thousand runs take a second or two alone, and several times that beside other workers.
    20_000,
  );
});
