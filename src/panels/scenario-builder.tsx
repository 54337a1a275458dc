import { type ReactNode, useId, useState } from 'react';
import { ModalDialog } from '../components/modal-dialog';
import { projectToRecord } from '../domain/project-record';
import { describeGoal, type Goal } from '../domain/scenarios/goals';
import { describeStep } from '../domain/scenarios/play-scenario';
import { type Scenario, scenarioFile, scenarioFileName } from '../domain/scenarios/scenario-format';
import { tableKeys } from '../domain/table';
import type { Project } from '../domain/types';
import {
  keepMyScenario,
  problemsText,
  readScenarioText,
  scenarioLink,
} from '../persistence/scenario-files';
import { downloadText } from '../persistence/storage';
import { selectProject, useAppStore } from '../store/app-store';
import type { Recording } from '../store/scenario-slice';
import { startScenario } from './scenarios-dialog';

/** The checkable facts a scenario of one's own can have as goals, with the fields each asks. */
const FACTS = {
  'runs-service': 'Environment runs a service',
  merged: 'Branch merged into another',
  'variable-value': 'Variable has a value on an environment',
  'active-at-most': 'At most N active',
  exists: 'Environment exists',
  status: 'Environment is active / inactive',
  'deploy-succeeded': 'Latest deploy succeeded',
} as const;
type FactKind = keyof typeof FACTS;

type Draft = Readonly<{
  kind: FactKind;
  env: string;
  other: string;
  text: string;
  value: string;
  max: number;
  status: 'active' | 'inactive';
}>;

/** A fact that names a service or a variable cannot be added without it. */
const needsText = (d: Draft) =>
  (d.kind === 'runs-service' || d.kind === 'variable-value') && d.text.trim() === '';

function goalOf(d: Draft): Goal {
  switch (d.kind) {
    case 'runs-service':
      return { kind: d.kind, env: d.env, service: d.text.trim() };
    case 'merged':
      return { kind: d.kind, from: d.env, into: d.other };
    case 'variable-value':
      return { kind: d.kind, env: d.env, name: d.text.trim(), value: d.value };
    case 'active-at-most':
      return { kind: d.kind, max: d.max, counting: 'plan-limit' };
    case 'exists':
      return { kind: d.kind, env: d.env };
    case 'status':
      return { kind: d.kind, env: d.env, status: d.status };
    case 'deploy-succeeded':
      return { kind: d.kind, env: d.env };
  }
}

const slug = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'my-scenario';

function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <p className="builder__field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </p>
  );
}

/** Adds one goal: a fact chosen from the list, and its environments and values. */
function GoalPicker({ envs, onAdd }: { envs: readonly string[]; onAdd: (goal: Goal) => void }) {
  const [draft, setDraft] = useState<Draft>({
    kind: 'runs-service',
    env: envs[0] ?? '',
    other: envs[1] ?? envs[0] ?? '',
    text: '',
    value: '',
    max: 2,
    status: 'active',
  });
  const change = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const envSelect = (label: string, key: 'env' | 'other') => (
    <Field label={label}>
      {(id) => (
        <select id={id} value={draft[key]} onChange={(e) => change({ [key]: e.target.value })}>
          {envs.map((e) => (
            <option key={e}>{e}</option>
          ))}
        </select>
      )}
    </Field>
  );
  const k = draft.kind;
  return (
    <fieldset className="builder__goal">
      <legend>Add a goal</legend>
      <Field label="Fact">
        {(id) => (
          <select id={id} value={k} onChange={(e) => change({ kind: e.target.value as FactKind })}>
            {Object.entries(FACTS).map(([kind, label]) => (
              <option key={kind} value={kind}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {k !== 'active-at-most' && envSelect(k === 'merged' ? 'Branch' : 'Environment', 'env')}
      {k === 'merged' && envSelect('Merged into', 'other')}
      {(k === 'runs-service' || k === 'variable-value') && (
        <Field label={k === 'runs-service' ? 'Service (type or type:version)' : 'Variable name'}>
          {(id) => (
            <input id={id} value={draft.text} onChange={(e) => change({ text: e.target.value })} />
          )}
        </Field>
      )}
      {k === 'variable-value' && (
        <Field label="Value">
          {(id) => (
            <input
              id={id}
              value={draft.value}
              onChange={(e) => change({ value: e.target.value })}
            />
          )}
        </Field>
      )}
      {k === 'active-at-most' && (
        <Field label="At most">
          {(id) => (
            <input
              id={id}
              type="number"
              min={0}
              value={draft.max}
              onChange={(e) => change({ max: Number(e.target.value) })}
            />
          )}
        </Field>
      )}
      {k === 'status' && (
        <Field label="Status">
          {(id) => (
            <select
              id={id}
              value={draft.status}
              onChange={(e) => change({ status: e.target.value as Draft['status'] })}
            >
              <option>active</option>
              <option>inactive</option>
            </select>
          )}
        </Field>
      )}
      <button type="button" disabled={needsText(draft)} onClick={() => onAdd(goalOf(draft))}>
        Add goal
      </button>
    </fieldset>
  );
}

function scenarioOf(
  recording: Recording,
  fields: Readonly<{ title: string; story: string; hints: string; goals: readonly Goal[] }>,
): Scenario {
  const start: Project = recording.start;
  return {
    id: slug(fields.title),
    title: fields.title.trim(),
    story: fields.story.trim(),
    plan: start.plan,
    edition: start.edition,
    start: { project: projectToRecord(start), steps: [] },
    goals: fields.goals,
    hints: fields.hints
      .split('\n')
      .map((h) => h.trim())
      .filter(Boolean),
    solution: recording.steps.map(({ invocation, refused }) =>
      refused ? { ...invocation, expect: 'refused' as const } : invocation,
    ),
  };
}

/**
 * A scenario of one's own: the project when recording began is its start, the recorded steps
 * its solution; the user writes its story and hints and picks its goals, then exports it.
 */
export function ScenarioBuilder() {
  const recording = useAppStore((s) => s.recording);
  const project = useAppStore(selectProject);
  const [title, setTitle] = useState('');
  const [story, setStory] = useState('');
  const [hints, setHints] = useState('');
  const [goals, setGoals] = useState<readonly Goal[]>([]);
  const [outcome, setOutcome] = useState<Readonly<{ ok: boolean; text: string }> | null>(null);
  const close = () => useAppStore.getState().openDialog(null);
  if (!recording) {
    return (
      <ModalDialog title="Make a scenario" onClose={close}>
        <p>Nothing is being recorded: open Scenarios and choose Make a scenario first.</p>
      </ModalDialog>
    );
  }
  const envs = tableKeys(project.environments).sort();

  /** The scenario as a file would hold it, checked as opening that file would check it. */
  const checked = (): Scenario | null => {
    const read = readScenarioText(
      scenarioFile(scenarioOf(recording, { title, story, hints, goals })),
    );
    if ('problems' in read) {
      setOutcome({ ok: false, text: problemsText(read.problems) });
      return null;
    }
    return read.scenario;
  };
  const act = (what: (scenario: Scenario) => void | Promise<void>) => () => {
    const scenario = checked();
    if (scenario) void what(scenario);
  };

  return (
    <ModalDialog title="Make a scenario" onClose={close}>
      <div className="builder">
        <Field label="Title">
          {(id) => <input id={id} value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Field label="Story">
          {(id) => (
            <textarea id={id} rows={3} value={story} onChange={(e) => setStory(e.target.value)} />
          )}
        </Field>
        <Field label="Hints, one per line">
          {(id) => (
            <textarea id={id} rows={3} value={hints} onChange={(e) => setHints(e.target.value)} />
          )}
        </Field>
        <section aria-label="Solution">
          <h3>
            Solution ({recording.steps.length} recorded step
            {recording.steps.length === 1 ? '' : 's'})
          </h3>
          <ol className="small">
            {recording.steps.map(({ invocation, refused }, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: steps are only ever appended
              <li key={i}>
                {describeStep(invocation)}
                {refused ? ' (refused: the player must see this refusal)' : ''}
              </li>
            ))}
          </ol>
        </section>
        <section aria-label="Chosen goals">
          <h3>Goals</h3>
          {goals.length === 0 && <p className="muted small">None yet: add at least one.</p>}
          <ul>
            {goals.map((goal, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a goal's place is its identity here
              <li key={i}>
                {describeGoal(goal, project)}{' '}
                <button
                  type="button"
                  className="link"
                  onClick={() => setGoals(goals.filter((_, j) => j !== i))}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
          <GoalPicker envs={envs} onAdd={(goal) => setGoals([...goals, goal])} />
        </section>
        {outcome && (
          <pre role={outcome.ok ? 'status' : 'alert'} className="scenario-list__problems">
            {outcome.text}
          </pre>
        )}
        <div className="inline-form__actions">
          <button
            type="button"
            onClick={act((s) => downloadText(scenarioFileName(s), scenarioFile(s)))}
          >
            Export scenario
          </button>
          <button
            type="button"
            onClick={act(async (s) => {
              const link = await scenarioLink(s);
              try {
                await navigator.clipboard.writeText(link);
                setOutcome({ ok: true, text: 'Scenario link copied.' });
              } catch {
                setOutcome({ ok: true, text: `Copy the scenario link:\n${link}` });
              }
            })}
          >
            Copy scenario link
          </button>
          <button
            type="button"
            onClick={act((s) => {
              keepMyScenario(s);
              useAppStore.getState().stopRecording();
              void startScenario(s);
            })}
          >
            Save and play
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
