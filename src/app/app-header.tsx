import { useRef } from 'react';
import { CommandButton } from '../components/command-button';
import { useUiRequest } from '../components/use-ui-request';
import { planRules } from '../domain/plans';
import { activeCount } from '../domain/tree';
import { PLAN_IDS } from '../domain/types';
import { ProjectFileActions } from '../persistence/project-file-actions';
import { selectProject, useAppStore } from '../store/app-store';
import { runCommand } from '../store/commands';
import { readFiles } from './import/import-files';

/** Radio group "Plan": Starter or Pro; each plan keeps its own project and selection. */
function PlanSwitch() {
  const plan = useAppStore((s) => s.plan);
  return (
    <div className="plan-switch" role="radiogroup" aria-labelledby="plan-switch-label">
      <span id="plan-switch-label" className="plan-switch__label">
        Plan
      </span>
      {PLAN_IDS.map((id) => (
        <label key={id}>
          <input
            type="radio"
            name="plan"
            value={id}
            checked={plan === id}
            onChange={() => runCommand(`plan-${id}`)}
          />
          {planRules(id).label}
        </label>
      ))}
    </div>
  );
}

/** "active: N of 4": how close the project is to its plan's active limit. */
function ActiveCount() {
  const project = useAppStore(selectProject);
  const limit = planRules(project.plan).activeLimit;
  return (
    <p className="active-count" title={limit.label}>
      active: {activeCount(project)} of {limit.max}
      <span className="visually-hidden"> ({limit.label})</span>
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

/** The page's header: the plan, its active count, import, the project menu, history. */
export function AppHeader() {
  return (
    <header className="toolbar">
      <h1>Magento Cloud Explorer</h1>
      <PlanSwitch />
      <ActiveCount />
      <div className="toolbar__actions">
        <div className="import-buttons">
          <CommandButton id="import-files" />
          <ImportFileChooser />
          <CommandButton id="import-paste" />
        </div>
        <ProjectFileActions />
        <div className="history">
          <CommandButton id="undo" />
          <CommandButton id="redo" />
          <CommandButton id="reset" />
        </div>
        <CommandButton id="palette" />
      </div>
    </header>
  );
}
