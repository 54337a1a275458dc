// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DialogHost } from '../../src/app/dialog-host';
import {
  dismissTour,
  TOUR_DISMISSED_KEY,
  tourDismissed,
  useFirstVisitTour,
} from '../../src/app/help/first-visit';
import { ROLE_STYLE } from '../../src/canvas/node-display';
import { DEPLOY_STATE_KINDS, ROLES } from '../../src/domain/types';
import { COMMANDS, runCommand } from '../../src/store/commands';
import { resetStore } from '../support/render-app';

/** The page as far as help goes: the first-visit check and whichever dialog is open. */
function Page() {
  useFirstVisitTour();
  return <DialogHost />;
}

function openWith(id: 'legend' | 'glossary' | 'tour') {
  runCommand(id);
  render(<DialogHost />);
}

// jsdom has <dialog> without showModal and close: open and close it as a browser does.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.open = false;
};

const ROLE_NAMES = ['Global Master', 'Production', 'Staging', 'Integration', 'Development'];

beforeEach(() => {
  resetStore();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});
afterEach(cleanup);

describe('help commands', () => {
  it('are in the command table, so the palette lists them', () => {
    const labels = COMMANDS.map((c) => c.label);
    expect(labels).toEqual(expect.arrayContaining(['Legend', 'Glossary', 'Take the tour']));
  });
});

describe('legend', () => {
  it('names every role beside its icon, in the colour its nodes are drawn in', () => {
    openWith('legend');
    const legend = screen.getByRole('dialog', { name: 'Legend' });
    expect(ROLES).toHaveLength(ROLE_NAMES.length);
    ROLES.forEach((role, i) => {
      const name = ROLE_NAMES[i] ?? '';
      const label = within(legend).getByText(name, { exact: true, selector: '.env-node__role' });
      expect(label).toHaveTextContent(ROLE_STYLE[role].icon);
      const sample = label.closest<HTMLElement>('.env-node');
      expect(sample?.style.getPropertyValue('--role-color')).toBe(ROLE_STYLE[role].color);
    });
  });

  it('explains every deploy state a node can show', () => {
    openWith('legend');
    const legend = screen.getByRole('dialog', { name: 'Legend' });
    for (const kind of DEPLOY_STATE_KINDS) {
      const chip = within(legend).getByText(kind, { exact: true });
      expect(chip).toHaveClass(`env-node__deploy--${kind}`);
      expect(chip.closest('li')?.textContent?.length).toBeGreaterThan(kind.length + 20);
    }
  });

  it('says what inactive, the folded group and the arrows mean', () => {
    openWith('legend');
    const legend = screen.getByRole('dialog', { name: 'Legend' });
    expect(within(legend).getByText(/Dashed border, lighter face/)).toBeInTheDocument();
    expect(within(legend).getByText(/as one dashed box/)).toBeInTheDocument();
    expect(within(legend).getByText(/from a child to its parent/)).toHaveTextContent(
      /Branch and sync go the other way/,
    );
  });
});

describe('glossary', () => {
  const TERMS = [
    'Branch',
    'Merge',
    'Sync code',
    'Sync data',
    'Activate',
    'Inactive',
    'Deactivate',
    'Delete',
    'Redeploy',
    'Push new branch',
    'Relationship',
    'Service',
    'Project variable',
    'Environment variable',
    'Inheritable',
    'Sensitive',
    'Visible at build / runtime',
    'Support ticket',
    'Global Master',
    'Integration',
    'Staging',
    'Production',
    'Snapshot',
    'Active limit',
    'Build phase',
    'Deploy phase',
    'Post-deploy phase',
    'Maintenance mode',
  ];

  it('explains each term the explorer uses', () => {
    openWith('glossary');
    const glossary = screen.getByRole('dialog', { name: 'Glossary' });
    const terms = within(glossary)
      .getAllByRole('term')
      .map((t) => t.textContent);
    for (const term of TERMS) expect(terms).toContain(term);
    for (const dt of within(glossary).getAllByRole('term')) {
      expect(dt.nextElementSibling?.textContent?.length).toBeGreaterThan(40);
    }
  });

  it('narrows to the terms that match the filter, and says when none does', async () => {
    const user = userEvent.setup();
    openWith('glossary');
    const glossary = screen.getByRole('dialog', { name: 'Glossary' });
    await user.type(within(glossary).getByRole('searchbox', { name: 'Filter terms' }), 'snapshot');
    const terms = within(glossary)
      .getAllByRole('term')
      .map((t) => t.textContent);
    expect(terms).toContain('Snapshot');
    expect(terms).not.toContain('Merge');
    await user.type(within(glossary).getByRole('searchbox'), 'zzz');
    expect(within(glossary).queryAllByRole('term')).toHaveLength(0);
    expect(within(glossary).getByText(/No term matches/)).toBeInTheDocument();
  });
});

describe('first-visit tour', () => {
  it('opens on a first visit and steps forward and back', async () => {
    const user = userEvent.setup();
    render(<Page />);
    const tour = screen.getByRole('dialog', { name: 'A short tour' });
    expect(tour).toHaveTextContent('Step 1 of 5');
    expect(within(tour).getByRole('button', { name: 'Back' })).toBeDisabled();

    await user.click(within(tour).getByRole('button', { name: 'Next' }));
    expect(tour).toHaveTextContent('Step 2 of 5');
    expect(within(tour).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Select an environment',
    );
    await user.click(within(tour).getByRole('button', { name: 'Back' }));
    expect(tour).toHaveTextContent('Step 1 of 5');

    for (let step = 1; step < 5; step++)
      await user.click(within(tour).getByRole('button', { name: 'Next' }));
    expect(tour).toHaveTextContent('Step 5 of 5');
    expect(within(tour).queryByRole('button', { name: 'Next' })).toBeNull();
    expect(within(tour).queryByRole('button', { name: 'Skip' })).toBeNull();
    await user.click(within(tour).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(tourDismissed()).toBe(true);
  });

  it('Skip closes it for good: not on re-render, not on the next visit', async () => {
    const user = userEvent.setup();
    const { rerender, unmount } = render(<Page />);
    await user.click(screen.getByRole('button', { name: 'Skip' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(localStorage.getItem(TOUR_DISMISSED_KEY)).not.toBeNull();

    rerender(<Page />);
    expect(screen.queryByRole('dialog')).toBeNull();
    unmount();
    resetStore();
    render(<Page />);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('comes back only when asked for, with "Take the tour"', () => {
    dismissTour();
    render(<Page />);
    expect(screen.queryByRole('dialog')).toBeNull();
    cleanup();
    openWith('tour');
    expect(screen.getByRole('dialog', { name: 'A short tour' })).toHaveTextContent('Step 1 of 5');
  });

  it('stays away from a scenario, a shared project and a generated one', () => {
    for (const address of ['/?scenario=first-merge', '/?plan=pro#share=abc', '/?synthetic=100']) {
      window.history.replaceState(null, '', address);
      render(<Page />);
      expect(screen.queryByRole('dialog'), address).toBeNull();
      cleanup();
    }
  });

  it('stays away where storage throws, rather than coming back every visit', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    } as unknown as Storage;
    expect(tourDismissed(refusing)).toBe(true);
    expect(() => dismissTour(refusing)).not.toThrow();
    expect(tourDismissed(null)).toBe(true);
  });
});
