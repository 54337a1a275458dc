import { useEffect, useMemo, useRef } from 'react';
import { openActivities } from '../domain/deploy/activities';
import { OPERATIONS } from '../domain/operations/all-operations';
import type { Operation } from '../domain/operations/operation';
import {
  describeStep,
  scenarioProgress,
  scenarioStart,
  solutionSteps,
} from '../domain/scenarios/play-scenario';
import type { Scenario } from '../domain/scenarios/scenario-format';
import { tableGet, tableKeys } from '../domain/table';
import type { Project } from '../domain/types';
import { markScenarioDone } from '../persistence/scenario-files';
import { selectProject, useAppStore } from '../store/app-store';
import type { ActiveScenario } from '../store/scenario-slice';
import { leaveScenario } from './scenarios-dialog';

/** How long "Show me" pauses between steps, so each can be seen. */
const SHOW_ME_PAUSE_MS = 900;

type TreeDifference = Readonly<{ id: string; goal: string; now: string }>;

function envState(project: Project, id: string): string {
  const env = tableGet(project.environments, id);
  return env ? `${env.status}, under ${env.parentId ?? 'nothing (root)'}` : 'missing';
}

/**
 * The goal tree beside the current one: each environment whose existence, status or parent
 * differs between the solution's end and now.
 */
function treeDifferences(goal: Project, now: Project): TreeDifference[] {
  const ids = new Set([...tableKeys(goal.environments), ...tableKeys(now.environments)]);
  return [...ids]
    .map((id) => ({ id, goal: envState(goal, id), now: envState(now, id) }))
    .filter((d) => d.goal !== d.now);
}

/** The project the scenario's solution ends on: its goal tree. */
function goalProject(scenario: Scenario): Project {
  return solutionSteps(scenario).at(-1)?.outcome.project ?? scenarioStart(scenario);
}

/**
 * Plays "Show me": from the start project, each solution step through the store (so it is
 * logged, announced and drawn like the user's own), one at a time, waiting for deploys.
 */
function useShowMe(active: ActiveScenario) {
  const timer = useRef(0);
  useEffect(() => {
    if (active.showing === null) return;
    const index = active.showing;
    const step = active.scenario.solution[index];
    const tryStep = () => {
      const state = useAppStore.getState();
      const project = selectProject(state);
      if (openActivities(project).length > 0) {
        timer.current = window.setTimeout(tryStep, 300);
        return;
      }
      if (!step) {
        state.setShowing(null);
        return;
      }
      state.announce(`Step ${index + 1}: ${describeStep(step, project)}.`);
      state.run(OPERATIONS[step.op] as Operation<typeof step.args>, step.args);
      state.setShowing(index + 1 < active.scenario.solution.length ? index + 1 : null);
    };
    timer.current = window.setTimeout(tryStep, SHOW_ME_PAUSE_MS);
    return () => window.clearTimeout(timer.current);
  }, [active.showing, active.scenario]);
}

/** The scenario being played: story, goals checked live, hints, Show me, steps taken. */
export function ScenarioPanel({ active }: { active: ActiveScenario }) {
  const project = useAppStore(selectProject);
  const { scenario, hintsShown, showing } = active;
  const progress = useMemo(() => scenarioProgress(scenario, project), [scenario, project]);
  const goal = useMemo(() => goalProject(scenario), [scenario]);
  const differences = useMemo(() => treeDifferences(goal, project), [goal, project]);
  const wasDone = useRef(progress.allMet);
  useShowMe(active);

  useEffect(() => {
    if (!progress.allMet || wasDone.current) {
      wasDone.current = progress.allMet;
      return;
    }
    wasDone.current = true;
    markScenarioDone(scenario.id);
    useAppStore
      .getState()
      .announce(
        `Scenario done: "${scenario.title}" in ${progress.steps} steps (the fewest is ${progress.fewest}).`,
      );
  }, [progress.allMet, progress.steps, progress.fewest, scenario]);

  const state = useAppStore.getState;
  return (
    <aside className="scenario" aria-label="Scenario">
      <h2>{scenario.title}</h2>
      <p className="scenario__story">{scenario.story}</p>
      <section aria-label="Goals" className="scenario__goals">
        <h3>Goals {progress.allMet && <span className="scenario__done">done</span>}</h3>
        <ul>
          {progress.goals.map(({ text, met }) => (
            <li key={text} className={met ? 'scenario__goal--met' : undefined}>
              <span className={met ? 'scenario__tick' : 'scenario__box'}>
                {met ? 'done' : 'to do'}
              </span>{' '}
              {text}
            </li>
          ))}
        </ul>
        <p className="muted small">
          Steps: {progress.steps} (fewest: {progress.fewest})
        </p>
      </section>
      {differences.length > 0 && (
        <section aria-label="Goal tree" className="scenario__tree">
          <h3>Goal tree beside yours</h3>
          <table>
            <thead>
              <tr>
                <th scope="col">Branch</th>
                <th scope="col">Goal</th>
                <th scope="col">Now</th>
              </tr>
            </thead>
            <tbody>
              {differences.map((d) => (
                <tr key={d.id}>
                  <th scope="row">
                    <code>{d.id}</code>
                  </th>
                  <td>{d.goal}</td>
                  <td className="scenario__differs">{d.now}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {hintsShown > 0 && (
        <ol className="scenario__hints" aria-label="Hints">
          {scenario.hints.slice(0, hintsShown).map((hint) => (
            <li key={hint}>{hint}</li>
          ))}
        </ol>
      )}
      <div className="scenario__actions">
        <button
          type="button"
          disabled={hintsShown >= scenario.hints.length}
          onClick={() => state().showHint()}
        >
          Hint
        </button>
        <button
          type="button"
          disabled={showing !== null}
          onClick={() => {
            state().restartScenario(scenarioStart(scenario));
            state().setShowing(0);
          }}
        >
          {showing === null ? 'Show me' : `Showing step ${showing + 1}…`}
        </button>
        <button type="button" onClick={() => state().restartScenario(scenarioStart(scenario))}>
          Restart
        </button>
        <button type="button" onClick={leaveScenario}>
          Leave scenario
        </button>
      </div>
    </aside>
  );
}

/** While the user records a scenario of their own: its steps so far, and Finish. */
export function RecordingPanel() {
  const recording = useAppStore((s) => s.recording);
  if (!recording) return null;
  return (
    <aside className="scenario" aria-label="Recording a scenario">
      <h2>Recording a scenario</h2>
      <p className="scenario__story">
        Do what the scenario’s player should do; each operation is a step of its solution. Then
        Finish, and choose the goals.
      </p>
      <ol className="scenario__steps" aria-label="Recorded steps">
        {recording.steps.map(({ invocation, refused }, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: steps are only ever appended
          <li key={i}>
            {describeStep(invocation)}
            {refused ? ' (refused)' : ''}
          </li>
        ))}
      </ol>
      <div className="scenario__actions">
        <button
          type="button"
          onClick={() => useAppStore.getState().openDialog({ kind: 'scenario-builder' })}
        >
          Finish
        </button>
        <button type="button" onClick={() => useAppStore.getState().stopRecording()}>
          Stop recording
        </button>
      </div>
    </aside>
  );
}

/** The scenario sidebar: the one being played, or the one being recorded. */
export function ScenarioSidebar() {
  const active = useAppStore((s) => s.scenario);
  return active ? <ScenarioPanel active={active} /> : <RecordingPanel />;
}
