// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MainView } from '../../src/app/main-view';
import { useAppStore } from '../../src/store/app-store';
import { runCommand } from '../../src/store/commands';
import { resetStore } from '../support/render-app';

const VIEW_KEY = 'magento-cloud-explorer:view';

vi.setConfig({ testTimeout: 30_000 });
beforeEach(() => {
  resetStore();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});
afterEach(cleanup);

function renderMain() {
  return render(
    <MainView>
      <section className="canvas" aria-label="Diagram" />
    </MainView>,
  );
}

describe('the main view', () => {
  it('shows the diagram, then the list over it when asked, and keeps the choice', async () => {
    const { container } = renderMain();
    expect(screen.queryByRole('treegrid')).toBeNull();
    act(() => runCommand('view-list'));
    expect(await screen.findByRole('treegrid', { name: 'Environments' })).toBeInTheDocument();
    // The diagram is still there, under the list, hidden.
    expect(container.querySelector('.workspace__view--list > section.canvas')).not.toBeNull();
    expect(localStorage.getItem(VIEW_KEY)).toBe('list');
    act(() => runCommand('view-diagram'));
    expect(screen.queryByRole('treegrid')).toBeNull();
    expect(localStorage.getItem(VIEW_KEY)).toBe('diagram');
  });

  it('starts on the view this browser chose last', async () => {
    localStorage.setItem(VIEW_KEY, 'list');
    renderMain();
    expect(await screen.findByRole('treegrid', { name: 'Environments' })).toBeInTheDocument();
    expect(useAppStore.getState().view).toBe('list');
  });

  it('starts on ?view=list, and keeps the address true as the view changes', async () => {
    localStorage.setItem(VIEW_KEY, 'diagram');
    window.history.replaceState(null, '', '/?plan=pro&view=list');
    renderMain();
    expect(await screen.findByRole('treegrid', { name: 'Environments' })).toBeInTheDocument();
    act(() => runCommand('view-diagram'));
    expect(window.location.search).toBe('?plan=pro&view=diagram');
  });
});
