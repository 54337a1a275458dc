import { useId, useState } from 'react';
import { ModalDialog } from '../components/modal-dialog';
import { EDITION_LABEL, planRules } from '../domain/plans';
import { BUILT_IN_SCENARIOS } from '../domain/scenarios/built-in-scenarios';
import { scenarioStart } from '../domain/scenarios/play-scenario';
import type { Scenario } from '../domain/scenarios/scenario-format';
import {
  doneScenarios,
  keepMyScenario,
  myScenarios,
  problemsText,
  readScenarioText,
} from '../persistence/scenario-files';
import { forgetProjectAside, keepProjectAside, projectKeptAside } from '../persistence/storage';
import { useAppStore } from '../store/app-store';

/**
 * Opens a scenario on its start project. The user's own project of that plan is kept in the
 * browser too, so that a reload mid-scenario (the link reopens it) still brings it back.
 */
export async function startScenario(scenario: Scenario): Promise<void> {
  const state = useAppStore.getState();
  if (state.scenario === null) {
    // Left over from a scenario a reload interrupted: the user's project goes back first.
    const interrupted = await projectKeptAside('scenario');
    if (interrupted) state.replaceProject(interrupted);
    await keepProjectAside(
      'scenario',
      useAppStore.getState().projects[scenario.edition][scenario.plan],
    );
  }
  state.startScenario(scenario, scenarioStart(scenario));
  const url = new URL(window.location.href);
  if (BUILT_IN_SCENARIOS.includes(scenario)) url.searchParams.set('scenario', scenario.id);
  else url.searchParams.delete('scenario');
  window.history.replaceState(null, '', url);
}

/** Ends the scenario: the user's own project back, the link no longer naming the scenario. */
export function leaveScenario(): void {
  useAppStore.getState().leaveScenario();
  forgetProjectAside('scenario');
  const url = new URL(window.location.href);
  url.searchParams.delete('scenario');
  url.hash = '';
  window.history.replaceState(null, '', url);
}

function ScenarioList({ label, scenarios }: { label: string; scenarios: readonly Scenario[] }) {
  const done = doneScenarios();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{label}</h3>
      <ul className="scenario-list">
        {scenarios.map((scenario) => (
          <li key={scenario.id} className="scenario-list__item">
            <div>
              <strong>{scenario.title}</strong>{' '}
              <span className="muted small">
                {planRules(scenario.plan, scenario.edition).label},{' '}
                {EDITION_LABEL[scenario.edition]}
              </span>
              <p className="small">{scenario.story}</p>
            </div>
            <span className={done.has(scenario.id) ? 'scenario__done' : 'muted small'}>
              {done.has(scenario.id) ? 'done' : 'not done'}
            </span>
            <button
              type="button"
              aria-label={`Start ${scenario.title}`}
              onClick={() => void startScenario(scenario)}
            >
              Start
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The scenarios: built in and the user's own, each done or not; open a file; make one. */
export function ScenariosDialog() {
  const [mine, setMine] = useState(myScenarios);
  const [problems, setProblems] = useState<string | null>(null);
  const fileId = useId();
  const close = () => useAppStore.getState().openDialog(null);

  const openFile = async (file: File) => {
    const read = readScenarioText(await file.text());
    if ('problems' in read) {
      setProblems(`${file.name} was not opened:\n${problemsText(read.problems)}`);
      return;
    }
    setProblems(null);
    keepMyScenario(read.scenario);
    setMine(myScenarios());
    await startScenario(read.scenario);
  };

  return (
    <ModalDialog title="Scenarios" onClose={close}>
      <p className="muted">
        Each scenario starts from a project of its own (yours is kept, and comes back when you leave
        it). Goals are checked as you go.
      </p>
      <ScenarioList label="Built in" scenarios={BUILT_IN_SCENARIOS} />
      {mine.length > 0 && <ScenarioList label="Your scenarios" scenarios={mine} />}
      <section className="scenario-list__own" aria-label="Your own">
        <h3>Your own</h3>
        <p className="small">
          <label htmlFor={fileId}>Open a scenario file</label>{' '}
          <input
            id={fileId}
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void openFile(file);
              e.target.value = '';
            }}
          />
        </p>
        {problems && (
          <pre role="alert" className="scenario-list__problems">
            {problems}
          </pre>
        )}
        <p className="small">
          Or make one from the current project: record the steps that solve it, then choose its
          goals, story and hints.{' '}
          <button type="button" onClick={() => useAppStore.getState().startRecording()}>
            Make a scenario
          </button>
        </p>
      </section>
    </ModalDialog>
  );
}
