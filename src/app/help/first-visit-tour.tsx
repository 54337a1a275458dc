import { type ReactNode, useRef, useState } from 'react';
import { ModalDialog } from '../../components/modal-dialog';
import { useAppStore } from '../../store/app-store';
import { dismissTour } from './first-visit';
import './help.css';

type Step = Readonly<{ title: string; body: ReactNode }>;

const STEPS: readonly Step[] = [
  {
    title: 'The diagram is your project',
    body: (
      <>
        <p>
          Each box is an environment: a Git branch with everything deployed for it. Its colour and
          icon give its role (Production, Staging, Integration…); a dashed, lighter box is inactive.
        </p>
        <p>
          Switch between the <strong>Starter</strong>, <strong>Pro</strong> and{' '}
          <strong>Pro legacy</strong> plans, and between the rules of the 2.1 docs and of today, at
          the top of the page.
        </p>
      </>
    ),
  },
  {
    title: 'Select an environment',
    body: (
      <p>
        Click an environment, or Tab to it and press Enter, to see its details beside the diagram:
        services, variables, deploys, and the buttons of its operations (Branch, Merge, Sync…). A
        button that cannot run says why.
      </p>
    ),
  },
  {
    title: 'Drag a branch onto its parent to merge',
    body: (
      <p>
        Arrows point from child to parent, the way code goes up. Drag a branch onto its parent: the
        valid target lights up, and dropping merges it, with the consequences the platform would
        produce. Dropped anywhere else, it springs back.
      </p>
    ),
  },
  {
    title: 'Watch it happen, and take it back',
    body: (
      <p>
        The <strong>Activity</strong> region under the diagram lists every operation and its deploy,
        newest first; click one for its log. Beside it, the <strong>Command line</strong> shows the
        magento-cloud command for each, and runs the ones you type. <strong>Undo</strong>
        (Ctrl/Cmd+Z) takes back any change, <strong>Redo</strong> brings it back.
      </p>
    ),
  },
  {
    title: 'Every command, and help',
    body: (
      <p>
        Press <kbd className="kbd">Ctrl/Cmd+K</kbd> for the command palette: every command,
        searchable, with its shortcut. <strong>Legend</strong> explains colours, icons, arrows and
        deploy states; <strong>Scenarios</strong> are guided exercises with goals; Help has the{' '}
        <strong>Glossary</strong> and brings this tour back.
      </p>
    ),
  },
];

/**
 * The first-visit tour: a few steps through the page. However it is closed (Skip, Done,
 * Close, Escape) it does not come back by itself; the "Take the tour" command reopens it.
 */
export function FirstVisitTour() {
  const openDialog = useAppStore((s) => s.openDialog);
  const [index, setIndex] = useState(0);
  const next = useRef<HTMLButtonElement>(null);
  const step = STEPS[index] ?? STEPS[0];
  const last = index === STEPS.length - 1;
  const close = () => {
    dismissTour();
    openDialog(null);
  };
  const back = () => {
    setIndex(index - 1);
    // Back is disabled on the first step: the focus goes on to Next.
    if (index === 1) next.current?.focus();
  };
  return (
    <ModalDialog title="A short tour" onClose={close}>
      <div className="help tour">
        <div className="tour__step" aria-live="polite">
          <p className="tour__count muted small">
            Step {index + 1} of {STEPS.length}
          </p>
          <h3>{step?.title}</h3>
          {step?.body}
        </div>
        <div className="tour__actions">
          {!last && (
            <button type="button" className="tour__skip" onClick={close}>
              Skip
            </button>
          )}
          <button type="button" disabled={index === 0} onClick={back}>
            Back
          </button>
          {/* One button for Next and Done, so the focus stays on it at the last step. */}
          <button
            ref={next}
            type="button"
            className="primary"
            data-autofocus
            onClick={() => (last ? close() : setIndex(index + 1))}
          >
            {last ? 'Done' : 'Next'}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
