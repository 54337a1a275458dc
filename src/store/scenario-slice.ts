import type { Invocation } from '../domain/operations/all-operations';
import { planRules } from '../domain/plans';
import { withProject } from '../domain/project-slots';
import type { Scenario } from '../domain/scenarios/scenario-format';
import type { Project } from '../domain/types';
import type { SliceCreator } from './app-store';

/** A scenario being played: the scenario, and the user's own project it stepped in front of. */
export type ActiveScenario = Readonly<{
  scenario: Scenario;
  /** The user's project of the scenario's plan and edition, put back on leaving. */
  before: Project;
  hintsShown: number;
  /** While "Show me" plays: the index of the next solution step. */
  showing: number | null;
}>;

/** Steps done while recording a scenario of one's own: its start and its solution. */
export type Recording = Readonly<{ start: Project; steps: readonly RecordedStep[] }>;
export type RecordedStep = Readonly<{ invocation: Invocation; refused: boolean }>;

export type ScenarioSlice = {
  scenario: ActiveScenario | null;
  recording: Recording | null;
  /** Opens a scenario on its start project (the user's own project is kept aside). */
  startScenario: (scenario: Scenario, start: Project) => void;
  /** Back to the start project of the scenario being played. */
  restartScenario: (start: Project) => void;
  /** Ends the scenario and puts the user's own project back. */
  leaveScenario: () => void;
  showHint: () => void;
  setShowing: (next: number | null) => void;
  /** Starts recording from the current project: every operation from now is a solution step. */
  startRecording: () => void;
  recordStep: (step: RecordedStep) => void;
  stopRecording: () => void;
};

export const createScenarioSlice: SliceCreator<ScenarioSlice> = (set, get) => ({
  scenario: null,
  recording: null,
  startScenario: (scenario, start) => {
    const state = get();
    const kept = state.scenario;
    // A scenario opened over another of the same plan keeps the user's project, not the other's.
    const before =
      kept && kept.scenario.plan === scenario.plan && kept.scenario.edition === scenario.edition
        ? kept.before
        : state.projects[scenario.edition][scenario.plan];
    if (kept) set({ scenario: null, projects: withProject(get().projects, kept.before) });
    set({
      plan: scenario.plan,
      edition: scenario.edition,
      selection: { ...get().selection, [scenario.plan]: null },
      form: null,
      dialog: null,
      recording: null,
      scenario: { scenario, before, hintsShown: 0, showing: null },
    });
    get().replaceProject(start);
    get().announce(
      `Scenario "${scenario.title}" started on the ${planRules(scenario.plan, scenario.edition).label} plan. Your own project is kept: Leave scenario brings it back.`,
    );
  },
  restartScenario: (start) => {
    const active = get().scenario;
    if (!active) return;
    set({ scenario: { ...active, showing: null } });
    get().replaceProject(start);
  },
  leaveScenario: () => {
    const active = get().scenario;
    if (!active) return;
    set((state) => ({
      scenario: null,
      projects: withProject(state.projects, active.before),
    }));
    get().announce(`Left "${active.scenario.title}": your own project is back.`);
  },
  showHint: () =>
    set((state) =>
      state.scenario
        ? {
            scenario: {
              ...state.scenario,
              hintsShown: Math.min(
                state.scenario.hintsShown + 1,
                state.scenario.scenario.hints.length,
              ),
            },
          }
        : {},
    ),
  setShowing: (showing) =>
    set((state) => (state.scenario ? { scenario: { ...state.scenario, showing } } : {})),
  startRecording: () => {
    const start = get().projects[get().edition][get().plan];
    set({ recording: { start, steps: [] }, dialog: null });
    get().announce(
      'Recording: every operation from now on is a step of your scenario’s solution. Finish when done.',
    );
  },
  recordStep: (step) =>
    set((state) =>
      state.recording
        ? { recording: { ...state.recording, steps: [...state.recording.steps, step] } }
        : {},
    ),
  stopRecording: () => set({ recording: null }),
});
