import { createDefaultProject } from '../domain/defaults/default-project';
import type { Clock } from '../domain/operations/all-operations';
import { type Operation, recordRefusal, withCommandLine } from '../domain/operations/operation';
import { planRules, rulesOf } from '../domain/plans';
import {
  changedSlots,
  defaultSlots,
  type ProjectSlots,
  SLOTS,
  withProject,
} from '../domain/project-slots';
import {
  type ActivityEntry,
  DAY_SECONDS,
  type OperationError,
  type OperationType,
  type Project,
} from '../domain/types';
import { type AppState, type SliceCreator, undoStoreOf } from './app-store';
import { cliModule, clockModule } from './lazy-module';
import type { DeploySpeed } from './view-slice';

export type ProjectSlice = {
  /** A project per plan and edition, so switching either and back loses nothing. */
  projects: ProjectSlots;
  /**
   * Puts a project in the slot of its plan and edition (one undo entry); with `play`, the
   * deploys it has started run at the deploy speed, as an operation's do.
   */
  replaceProject: (project: Project, options?: Readonly<{ play?: boolean }>) => void;
  /** Runs a domain operation on the current plan's project; false when it was refused. */
  run: <Args>(operation: Operation<Args>, args: Args) => boolean;
  /** Logs a refusal the UI decided on (e.g. a drop on the wrong node) and announces it. */
  refuse: (type: OperationType, env: string, error: OperationError, line?: string | null) => void;
  /** Back to the embedded default project of the current plan (one undo entry). */
  resetProject: () => void;
  /** One step back or forward in the history of the projects, said out loud. */
  undo: () => void;
  redo: () => void;
  /** Lets `seconds` of simulated time pass in every project with a deploy under way. */
  tick: (seconds: number) => void;
  /** Lets a simulated day pass in the current project (one undo entry): deploys end, snapshots age. */
  passDay: () => void;
  /** Sets the deploy speed; at Instant, every deploy under way ends at once. */
  setDeploySpeed: (speed: DeploySpeed) => void;
};

/** The project shown: the current plan's, in the current edition. */
export const selectProject = (state: Pick<AppState, 'projects' | 'edition' | 'plan'>) =>
  state.projects[state.edition][state.plan];

/**
 * An operation with its arguments as data, and the CLI line that does it on `project`, once
 * the CLI's chunk is there (it comes with the operations).
 */
function described<Args>(project: Project, operation: Operation<Args>, args: Args) {
  const cli = cliModule.get();
  const invocation = cli?.invocationOf(operation, args) ?? null;
  return { invocation, line: cli && invocation ? cli.commandLineOf(invocation, project) : null };
}

/** The activity entry `from` has and `to` lacks: what a step of history undoes or redoes. */
function stepEntry(from: Project, to: Project): ActivityEntry | undefined {
  const known = new Set(to.activity.map((entry) => entry.id));
  return from.activity.findLast((entry) => !known.has(entry.id) && entry.result !== 'refused');
}

export const createProjectSlice: SliceCreator<ProjectSlice> = (set, get, store) => {
  /** Sets projects without an undo step: the clock moving is no change of the user's. */
  const setQuietly = (projects: AppState['projects']) => {
    const undo = undoStoreOf(store).getState();
    undo.pause();
    set({ projects });
    undo.resume();
  };

  /** Every project with what `move` does to it (only those with a deploy under way). */
  const moveClocks = (move: (clock: Clock, project: Project) => Project) => {
    const clock = clockModule.get();
    if (!clock) return;
    const { projects } = get();
    let next = projects;
    for (const { edition, plan } of SLOTS) {
      const project = projects[edition][plan];
      if (clock.openActivities(project).length === 0) continue;
      const moved = move(clock, project);
      if (moved !== project) next = withProject(next, moved);
    }
    if (next === projects) return;
    setQuietly(next);
    const ended = clock.endedDeploys(selectProject({ ...get(), projects }), selectProject(get()));
    if (ended.length > 0) get().announce(ended.join(' '));
  };

  /**
   * An operation's project as the deploy speed shows it: at Instant, its deploys ended; else
   * started, for the clock to play out.
   */
  const played = (project: Project): Project => {
    const clock = clockModule.get();
    if (!clock) {
      // Only before the operations' chunk has finished loading; it catches up then.
      void clockModule.load().then(() => moveClocks((_c, p) => played(p)));
      return project;
    }
    return get().deploySpeed === 'instant'
      ? clock.settle(project)
      : clock.advanceClock(project, project.clock);
  };

  const step = (direction: 'undo' | 'redo') => {
    const temporal = undoStoreOf(store).getState();
    const states = direction === 'undo' ? temporal.pastStates : temporal.futureStates;
    const target = states.at(-1)?.projects;
    const app = get();
    if (!target) {
      app.announce(`Nothing to ${direction}.`);
      return;
    }
    // History spans every plan's and edition's project: a step that changes another one
    // switches to it, where the change can be seen.
    const { edition, plan } = changedSlots(target, app.projects)[0] ?? app;
    const [newer, older] =
      direction === 'undo'
        ? [app.projects[edition][plan], target[edition][plan]]
        : [target[edition][plan], app.projects[edition][plan]];
    const entry = stepEntry(newer, older);
    if (direction === 'undo') temporal.undo();
    else temporal.redo();
    if (plan !== app.plan) app.setPlan(plan);
    if (edition !== app.edition) app.setEdition(edition);
    const what = entry
      ? `${entry.type} of ${entry.environment} (${entry.message})`
      : 'the last change';
    app.announce(
      `${direction === 'undo' ? 'Undone' : 'Redone'}: ${what}, in the ${planRules(plan, edition).label} project.`,
    );
  };

  return {
    projects: defaultSlots(),
    replaceProject: (project, options) => {
      const shown = options?.play ? played(project) : project;
      set((state) => ({ projects: withProject(state.projects, shown) }));
    },
    run: (operation, args) => {
      const before = selectProject(get());
      const result = operation.perform(before, args);
      const { invocation, line } = described(before, operation, args);
      const lastId = before.activity.at(-1)?.id ?? 0;
      if (invocation && get().recording) {
        get().recordStep({ invocation, refused: 'error' in result });
      }
      if ('error' in result) {
        get().refuse(operation.type, operation.subject(args) ?? '', result.error, line);
        return false;
      }
      const logged = line ? withCommandLine(result.project, lastId, line) : result.project;
      const project = played(logged);
      get().replaceProject(project);
      // At Instant the deploy has ended already: say so when it failed.
      const failed = clockModule.get()?.endedDeploys(result.project, project, true) ?? [];
      get().announce([result.message, ...failed].join(' '));
      return true;
    },
    refuse: (type, env, error, line) => {
      const before = selectProject(get());
      const refused = recordRefusal(before, { type, environment: env, error });
      const lastId = before.activity.at(-1)?.id ?? 0;
      const logged = line ? withCommandLine(refused, lastId, line) : refused;
      // A refusal is logged but is not an undoable change.
      setQuietly(withProject(get().projects, logged));
      get().announce(error.message);
    },
    resetProject: () => {
      const { plan, edition } = get();
      get().replaceProject(createDefaultProject(plan, edition));
      get().announce(`Reset the ${planRules(plan, edition).label} project to the default.`);
    },
    undo: () => step('undo'),
    redo: () => step('redo'),
    tick: (seconds) => moveClocks((clock, p) => clock.advanceClock(p, p.clock + seconds)),
    passDay: () => {
      const clock = clockModule.get();
      const before = selectProject(get());
      if (!clock) return;
      const after = clock.advanceClock(before, before.clock + DAY_SECONDS);
      get().replaceProject(after);
      const ended = clock.endedDeploys(before, after);
      get().announce([`A day passed in the ${rulesOf(after).label} project.`, ...ended].join(' '));
    },
    setDeploySpeed: (speed) => {
      set({ deploySpeed: speed });
      if (speed === 'instant') moveClocks((clock, p) => clock.settle(p));
    },
  };
};
