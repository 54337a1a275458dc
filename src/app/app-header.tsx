import { Fragment, type MouseEvent, type ReactNode, useId, useRef } from 'react';
import { CommandButton } from '../components/command-button';
import { HeaderMenu } from '../components/header-menu';
import { ThemeSelect } from '../components/theme-select';
import { useUiRequest } from '../components/use-ui-request';
import { EDITION_LABEL, planRules, rulesOf, SOURCES } from '../domain/plans';
import { activeLimitText } from '../domain/tree';
import { EDITIONS, type Edition, PLAN_IDS } from '../domain/types';
import { ProjectFileActions } from '../persistence/project-file-actions';
import { selectProject, useAppStore } from '../store/app-store';
import { type CommandId, runCommand } from '../store/commands';
import { useHeaderOverflow } from './header-overflow';
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
    <span className="active-count" title={`${limit.counts} (${SOURCES[limit.source]})`}>
      {activeLimitText(project)}
    </span>
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

/** The project shown, its id as the platform gives it, and its active count. */
function ProjectLine() {
  const project = useAppStore(selectProject);
  return (
    <p className="toolbar__project">
      <span className="toolbar__name" title={`Project ${project.title} (${project.id})`}>
        {project.title}
      </span>
      <ActiveCount />
    </p>
  );
}

type Part = Readonly<{
  key: string;
  node: ReactNode;
  /** Parts go into "More" in this order when the header would take more rows than it may. */
  rank: number;
  side: 'context' | 'actions';
}>;

// Ranked so that what a small screen keeps is what a person reaches for most: the plan,
// undo and redo, the project menu and import; the palette, the legend and help go first.
const PARTS: readonly Part[] = [
  { key: 'plan', node: <PlanSwitch />, rank: 14, side: 'context' },
  { key: 'rules', node: <EditionSwitch />, rank: 8, side: 'context' },
  { key: 'view', node: <ViewSwitch />, rank: 9, side: 'context' },
  {
    key: 'import',
    node: <CommandButton id="import-files" />,
    rank: 11,
    side: 'actions',
  },
  { key: 'paste', node: <CommandButton id="import-paste" />, rank: 5, side: 'actions' },
  { key: 'paste-cli', node: <CommandButton id="paste-cli" />, rank: 4, side: 'actions' },
  { key: 'project', node: <ProjectFileActions />, rank: 10, side: 'actions' },
  {
    key: 'history',
    node: (
      <div className="history">
        <CommandButton id="undo" />
        <CommandButton id="redo" />
      </div>
    ),
    rank: 13,
    side: 'actions',
  },
  { key: 'reset', node: <CommandButton id="reset" />, rank: 7, side: 'actions' },
  { key: 'palette', node: <CommandButton id="palette" />, rank: 6, side: 'actions' },
  { key: 'scenarios', node: <CommandButton id="scenarios" />, rank: 3, side: 'actions' },
  { key: 'legend', node: <CommandButton id="legend" />, rank: 2, side: 'actions' },
  { key: 'help', node: <HelpMenu />, rank: 1, side: 'actions' },
];

/** A choice made in "More" closes it; opening a menu or a radio inside it does not. */
function closeOnCommand(event: MouseEvent<HTMLElement>, close: () => void): void {
  const target = event.target as HTMLElement;
  if (target.closest('button:not(summary)')) close();
}

/**
 * The page's header: the title, the project and its active count, the plan, rules and view, then
 * import, the project menu, history, commands, scenarios, legend, help and theme. It keeps to
 * two rows (three on a phone): what does not fit goes into "More", in the order of its rank.
 */
export function AppHeader() {
  useFirstVisitTour();
  const header = useRef<HTMLElement>(null);
  const content = useAppStore((s) => `${s.plan}:${s.edition}:${selectProject(s).title}`);
  const hidden = useHeaderOverflow(header, PARTS.length, content);
  const inMenu = (part: Part) => part.rank <= hidden;
  const shown = (side: Part['side']) =>
    PARTS.filter((part) => part.side === side && !inMenu(part)).map((part) => (
      <Fragment key={part.key}>{part.node}</Fragment>
    ));
  const folded = PARTS.filter(inMenu);
  return (
    <header className="toolbar" ref={header}>
      <div className="toolbar__title">
        <h1>Magento Cloud Explorer</h1>
        <ProjectLine />
      </div>
      {shown('context')}
      <div className="toolbar__actions">
        {shown('actions')}
        {folded.length > 0 && (
          <HeaderMenu label="More" className="toolbar__more">
            {(close) => (
              // biome-ignore lint/a11y/noStaticElementInteractions: the clicks are the buttons' own
              // biome-ignore lint/a11y/useKeyWithClickEvents: Enter and Space on a button click it
              <div className="toolbar__folded" onClick={(event) => closeOnCommand(event, close)}>
                {folded.map((part) => (
                  <Fragment key={part.key}>{part.node}</Fragment>
                ))}
              </div>
            )}
          </HeaderMenu>
        )}
        <ThemeSelect />
      </div>
      <ImportFileChooser />
    </header>
  );
}
