import { useId, useRef } from 'react';
import { CommandButton } from '../components/command-button';
import { ThemeSelect } from '../components/theme-select';
import { useUiRequest } from '../components/use-ui-request';
import { EDITION_LABEL, planRules, rulesOf, SOURCES } from '../domain/plans';
import { activeLimitText } from '../domain/tree';
import { EDITIONS, type Edition, PLAN_IDS } from '../domain/types';
import { ProjectFileActions } from '../persistence/project-file-actions';
import { selectProject, useAppStore } from '../store/app-store';
import { type CommandId, runCommand } from '../store/commands';
import { useFirstVisitTour } from './help/first-visit';
import { HelpMenu } from './help/help-menu';
import { readFiles } from './import/import-files';

type Choice = Readonly<{ value: string; label: string; title?: string; command: CommandId }>;

/** A radio group of the header whose radios run commands of the table. */
function RadioSwitch(props: {
  name: string;
  label: string;
  current: string;
  choices: readonly Choice[];
}) {
  const labelId = useId();
  return (
    <div className="plan-switch" role="radiogroup" aria-labelledby={labelId}>
      <span id={labelId} className="plan-switch__label">
        {props.label}
      </span>
      {props.choices.map((choice) => (
        <label key={choice.value} title={choice.title}>
          <input
            type="radio"
            name={props.name}
            value={choice.value}
            checked={props.current === choice.value}
            onChange={() => runCommand(choice.command)}
          />
          {choice.label}
        </label>
      ))}
    </div>
  );
}

const PLAN_CHOICES: readonly Choice[] = PLAN_IDS.map((id) => ({
  value: id,
  label: planRules(id).label,
  command: `plan-${id}`,
}));

const EDITION_RADIO: Readonly<Record<Edition, string>> = { '2.1': '2.1 docs', today: 'Today' };

const EDITION_CHOICES: readonly Choice[] = EDITIONS.map((id) => ({
  value: id,
  label: EDITION_RADIO[id],
  title: EDITION_LABEL[id],
  command: `rules-${id}`,
}));

/** Radio group "Plan": Starter, Pro or Pro legacy; each keeps its own project and selection. */
function PlanSwitch() {
  const plan = useAppStore((s) => s.plan);
  return <RadioSwitch name="plan" label="Plan" current={plan} choices={PLAN_CHOICES} />;
}

/** Radio group "Rules": the 2.1 docs or today's Adobe Commerce on cloud (DOMAIN.md §8). */
function EditionSwitch() {
  const edition = useAppStore((s) => s.edition);
  return <RadioSwitch name="edition" label="Rules" current={edition} choices={EDITION_CHOICES} />;
}

const VIEW_CHOICES: readonly Choice[] = [
  { value: 'diagram', label: 'Diagram', command: 'view-diagram' },
  { value: 'list', label: 'List', command: 'view-list' },
];

/** Radio group "View": the diagram, or the environments as a list; the selection is shared. */
function ViewSwitch() {
  const view = useAppStore((s) => s.view);
  return <RadioSwitch name="view" label="View" current={view} choices={VIEW_CHOICES} />;
}

/** "active: N of 4": how close the project is to its plan's active limit, and why. */
function ActiveCount() {
  const project = useAppStore(selectProject);
  const limit = rulesOf(project).activeLimit;
  return (
    <p className="active-count" title={`${limit.counts} (${SOURCES[limit.source]})`}>
      {activeLimitText(project)}
    </p>
  );
}

const IMPORT_FILES = ['choose-import-files'] as const;

/** The file chooser behind "Import files": several .magento files at once. */
function ImportFileChooser() {
  const input = useRef<HTMLInputElement>(null);
  useUiRequest(IMPORT_FILES, () => input.current?.click());
  return (
    <input
      ref={input}
      type="file"
      multiple
      hidden
      accept=".yaml,.yml,.sample"
      aria-label="Choose .magento files"
      onChange={async (event) => {
        const chooser = event.currentTarget;
        const files = chooser.files ? [...chooser.files] : [];
        // Cleared so choosing the same files again still imports them.
        chooser.value = '';
        const reading = readFiles(files);
        const { runImport } = await import('./import/run-import');
        runImport(await reading);
      }}
    />
  );
}

/** The page's header: the plan, its active count, import, the project menu, history, help. */
export function AppHeader() {
  useFirstVisitTour();
  return (
    <header className="toolbar">
      <h1>Magento Cloud Explorer</h1>
      <PlanSwitch />
      <EditionSwitch />
      <ViewSwitch />
      <ActiveCount />
      <div className="toolbar__actions">
        <div className="import-buttons">
          <CommandButton id="import-files" />
          <ImportFileChooser />
          <CommandButton id="import-paste" />
          <CommandButton id="paste-cli" />
        </div>
        <ProjectFileActions />
        <div className="history">
          <CommandButton id="undo" />
          <CommandButton id="redo" />
          <CommandButton id="reset" />
        </div>
        <CommandButton id="palette" />
        <CommandButton id="scenarios" />
        <CommandButton id="legend" />
        <HelpMenu />
        <ThemeSelect />
      </div>
    </header>
  );
}
