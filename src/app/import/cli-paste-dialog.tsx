import { type FormEvent, useId, useMemo, useState } from 'react';
import { ModalDialog } from '../../components/modal-dialog';
import {
  type CliPaste,
  ENVIRONMENT_LIST_COMMAND,
  readCliPaste,
  VARIABLE_LIST_COMMAND,
} from '../../domain/cli/cli-paste';
import {
  inferPlan,
  type PastePreview,
  type PlanGuess,
  projectFromPaste,
  projectWithPastedVariables,
} from '../../domain/import/pasted-project';
import { planRules } from '../../domain/plans';
import { tableValues } from '../../domain/table';
import { PLAN_IDS, type PlanId, type Project } from '../../domain/types';
import { selectProject, useAppStore } from '../../store/app-store';
import { selectFoldInactive } from '../../store/view-slice';

/** More inactive branches than this are folded on Apply. */
const FOLD_FROM = 8;

/** What Apply would do with a good paste: the project it gives, and what to say about it. */
type Outcome =
  | Readonly<{ kind: 'tree'; project: Project; preview: PastePreview }>
  | Readonly<{
      kind: 'variables';
      project: Project;
      summary: NonNullable<PastePreview['variables']>;
    }>
  | Readonly<{ kind: 'error'; message: string }>;

function CopyableCommand({ command, what }: { command: string; what: string }) {
  const announce = useAppStore((s) => s.announce);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(command);
      announce(`Copied: ${command}`);
    } catch {
      announce(`Copy it by hand: ${command}`);
    }
  };
  return (
    <li>
      <code>{command}</code>{' '}
      <button type="button" onClick={copy} aria-label={`Copy ${command}`}>
        Copy
      </button>{' '}
      <span>{what}</span>
    </li>
  );
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

function VariablesLine({ summary }: { summary: NonNullable<PastePreview['variables']> }) {
  return (
    <li>
      Variables: {count(summary.project, 'project variable')}
      {summary.environment &&
        `, ${count(summary.environmentLevel, 'environment variable')} on ${summary.environment}`}
      {summary.sensitive > 0 &&
        ` (${count(summary.sensitive, 'sensitive one')}: the CLI hides their values, so they are kept empty)`}
      {summary.skipped.length > 0 && `; left out as disabled: ${summary.skipped.join(', ')}`}
    </li>
  );
}

function TreePreview({ preview }: { preview: PastePreview }) {
  return (
    <>
      <ul aria-label="What Apply does">
        <li>
          {count(preview.environments, 'environment')}, {preview.inactive} inactive in the paste
          {preview.shownInactive > preview.inactive && `, ${preview.shownInactive} shown inactive`}{' '}
          ({preview.activeLimit}) on the {preview.planLabel} plan, replacing that plan's project
          (Undo brings it back)
        </li>
        <li>
          Configuration files:{' '}
          {preview.config.from === 'current project'
            ? `those of ${preview.config.environment} in the current project, on every environment`
            : `the ${preview.planLabel} plan's defaults, on every environment`}
          ; import your own <code>.magento</code> files on top afterwards
        </li>
        {preview.current && <li>{preview.current} (marked *) will be selected</li>}
        {preview.variables && <VariablesLine summary={preview.variables} />}
      </ul>
      {preview.breaks.length > 0 && (
        <>
          <h3>Against the plan's rules</h3>
          <ul aria-label="Against the plan's rules">
            {preview.breaks.map((b) => (
              <li key={`${b.environment}-${b.code}`}>
                <strong>{b.environment}</strong>: {b.rule} It is {b.shown}.
              </li>
            ))}
          </ul>
        </>
      )}
      {preview.notices.length > 0 && (
        <>
          <h3>How it was read</h3>
          <ul aria-label="How it was read">
            {preview.notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function outcomeOf(
  read: Extract<CliPaste, { ok: true }>,
  plan: PlanId,
  variablesEnv: string,
  current: Project,
): Outcome {
  const variables = read.variables && { read: read.variables, environment: variablesEnv || null };
  if (read.environments) {
    const built = projectFromPaste(read.environments, { plan, current, variables });
    return 'error' in built
      ? { kind: 'error', message: built.error.message }
      : { kind: 'tree', ...built };
  }
  // A good paste holds at least one of the two lists.
  if (!variables) return { kind: 'error', message: 'The paste holds neither list.' };
  const withVariables = projectWithPastedVariables(current, variables);
  return 'error' in withVariables
    ? { kind: 'error', message: withVariables.error.message }
    : { kind: 'variables', project: withVariables.project, summary: withVariables.variables };
}

/**
 * Paste what `magento-cloud environment:list` (and `variable:list`) printed: read, previewed
 * with the plan it looks like (the user confirms or changes it), and applied only on "Apply".
 */
export function CliPasteDialog() {
  const openDialog = useAppStore((s) => s.openDialog);
  const currentPlan = useAppStore((s) => s.plan);
  const current = useAppStore(selectProject);
  const id = useId();
  const [text, setText] = useState('');
  const [read, setRead] = useState<CliPaste | null>(null);
  const [guess, setGuess] = useState<PlanGuess | null>(null);
  const [plan, setPlan] = useState<PlanId>(currentPlan);
  const [variablesEnv, setVariablesEnv] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const pasted = readCliPaste(text);
    setRead(pasted);
    const guessed = pasted.ok && pasted.environments ? inferPlan(pasted.environments) : null;
    setGuess(guessed);
    if (!pasted.ok) return;
    if (guessed) setPlan(guessed.plan);
    setVariablesEnv(
      pasted.variables?.environment ??
        pasted.environments?.current ??
        (pasted.environments ? '' : (useAppStore.getState().selection[currentPlan] ?? '')),
    );
  };

  const outcome = useMemo(
    () => (read?.ok ? outcomeOf(read, plan, variablesEnv, current) : null),
    [read, plan, variablesEnv, current],
  );
  const envChoices = read?.ok
    ? (read.environments?.environments.map((e) => e.id) ??
      tableValues(current.environments).map((e) => e.id))
    : [];
  const needsEnvironment =
    read?.ok && read.variables?.variables.some((v) => v.level === 'environment');

  const apply = () => {
    if (!outcome || outcome.kind === 'error') return;
    const state = useAppStore.getState();
    state.replaceProject(outcome.project);
    if (outcome.kind === 'tree') {
      const { preview } = outcome;
      state.navigate(outcome.project.plan, preview.current);
      // A real project's many inactive branches would shrink the tree to specks. The canvas
      // keeps the selected one out of the fold and frames the new tree around it.
      const folded = selectFoldInactive(useAppStore.getState());
      const fold = preview.shownInactive > FOLD_FROM && !folded;
      if (fold) state.setCollapseInactive(true);
      state.announce(
        `Read ${count(preview.environments, 'environment')} from environment:list into the ${preview.planLabel} project${preview.current ? `; ${preview.current} selected` : ''}${(fold || folded) && preview.shownInactive > 1 ? '; inactive branches folded' : ''}. Undo brings back the previous project.`,
      );
    } else {
      state.announce(
        `Added the pasted variables to the ${planRules(current.plan, current.edition).label} project. Undo takes them away again.`,
      );
    }
    openDialog(null);
  };

  return (
    <ModalDialog title="Paste CLI output" onClose={() => openDialog(null)}>
      <p>Run one of these in your project's folder, and paste what it prints below:</p>
      <ul className="cli-paste__commands">
        <CopyableCommand
          command={ENVIRONMENT_LIST_COMMAND}
          what="your environments, as a tree (keep the table format)"
        />
        <CopyableCommand
          command={`${VARIABLE_LIST_COMMAND} -e master`}
          what="the variables one environment sees (paste it below the list, or on its own)"
        />
      </ul>
      <form className="inline-form" aria-label="Read CLI output" onSubmit={submit}>
        <label htmlFor={`${id}-text`}>CLI output</label>
        <textarea
          id={`${id}-text`}
          className="yaml-editor"
          rows={12}
          spellCheck={false}
          data-autofocus
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setRead(null);
          }}
        />
        <div className="inline-form__actions">
          <button type="submit" disabled={text.trim() === ''}>
            Read
          </button>
        </div>
      </form>
      {read && !read.ok && (
        <p role="alert" className="form-error">
          {read.problem.message} Nothing was changed.
        </p>
      )}
      {read?.ok && outcome && (
        <section aria-label="Preview" className="cli-paste__preview">
          <h3>Preview</h3>
          {read.environments && (
            <p>
              <label htmlFor={`${id}-plan`}>Plan of the pasted project</label>{' '}
              <select
                id={`${id}-plan`}
                value={plan}
                onChange={(event) => setPlan(event.target.value as PlanId)}
              >
                {PLAN_IDS.map((p) => (
                  <option key={p} value={p}>
                    {planRules(p, current.edition).label}
                  </option>
                ))}
              </select>{' '}
              <span>{guess?.reason}</span>
            </p>
          )}
          {needsEnvironment && (
            <p>
              <label htmlFor={`${id}-env`}>Environment the variables were listed for</label>{' '}
              <select
                id={`${id}-env`}
                value={variablesEnv}
                onChange={(event) => setVariablesEnv(event.target.value)}
              >
                <option value="">Choose…</option>
                {envChoices.map((envId) => (
                  <option key={envId} value={envId}>
                    {envId}
                  </option>
                ))}
              </select>
            </p>
          )}
          {outcome.kind === 'tree' && <TreePreview preview={outcome.preview} />}
          {outcome.kind === 'variables' && (
            <ul aria-label="What Apply does">
              <VariablesLine summary={outcome.summary} />
              <li>Your environments stay as they are.</li>
            </ul>
          )}
          {outcome.kind === 'error' && (
            <p role="alert" className="form-error">
              {outcome.message}
            </p>
          )}
          <div className="inline-form__actions">
            <button
              type="button"
              className="primary"
              disabled={outcome.kind === 'error'}
              onClick={apply}
            >
              Apply
            </button>
            <button type="button" onClick={() => openDialog(null)}>
              Cancel
            </button>
          </div>
        </section>
      )}
    </ModalDialog>
  );
}
