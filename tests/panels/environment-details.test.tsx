// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tableGet, tableWith } from '../../src/domain/table';
import { EnvironmentDetails } from '../../src/panels/environment-details';
import { selectProject, useAppStore } from '../../src/store/app-store';
import { operationsModule } from '../../src/store/lazy-module';
import { renderWithStore } from '../support/render-app';

afterEach(cleanup);

function selectEnvironment(plan: 'starter' | 'pro', id: string) {
  useAppStore.getState().navigate(plan, id);
}

function panel() {
  return screen.getByRole('complementary', { name: 'Environment details' });
}

describe('EnvironmentDetails', () => {
  it('explains the plan until an environment is selected', () => {
    renderWithStore(<EnvironmentDetails />);
    expect(within(panel()).queryByRole('heading', { level: 2 })).toBeNull();
    expect(panel()).toHaveTextContent('Starter plan.');
  });

  it('shows the selected environment title, role, branch and parent', async () => {
    renderWithStore(<EnvironmentDetails />);
    selectEnvironment('starter', 'feature-checkout');
    expect(await within(panel()).findByRole('heading', { level: 2 })).toHaveTextContent(
      'Checkout with RabbitMQ',
    );
    expect(panel()).toHaveTextContent('RoleIntegration');
    expect(panel()).toHaveTextContent('Parentstaging');
  });

  it('lists services as id and type:version, and rabbitmq only where the commit adds it', async () => {
    renderWithStore(<EnvironmentDetails />);
    selectEnvironment('starter', 'feature-checkout');
    const services = await screen.findByRole('list', { name: 'Services from services.yaml' });
    const items = within(services).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringContaining('mysql mysql:10.0'),
      expect.stringContaining('redis redis:3.0'),
      expect.stringContaining('elasticsearch elasticsearch:2.4'),
      expect.stringContaining('rabbitmq rabbitmq:3.5'),
    ]);
    selectEnvironment('starter', 'staging');
    expect(
      await screen.findByRole('list', { name: 'Services from services.yaml' }),
    ).not.toHaveTextContent('rabbitmq');
  });

  it('puts the variable name in the first cell and the badge in the row', async () => {
    renderWithStore(<EnvironmentDetails />);
    selectEnvironment('starter', 'staging');
    const rows = await screen.findAllByRole('row');
    const byName = (name: string) =>
      rows.filter((row) => within(row).queryAllByRole('cell')[0]?.textContent === name);
    expect(byName('ADMIN_URL')[0]).toHaveTextContent('Overridden');
    expect(byName('ADMIN_PASSWORD')[0]).toHaveTextContent('Inherited');
    expect(byName('ADMIN_EMAIL').map((r) => r.textContent)).toEqual([
      expect.not.stringContaining('Inactive'),
      expect.stringContaining('Inactive'),
    ]);
  });

  it('never puts a sensitive value in the DOM', async () => {
    renderWithStore(<EnvironmentDetails />);
    for (const id of ['master', 'staging', 'feature-checkout']) {
      selectEnvironment('starter', id);
      await screen.findByRole('heading', { name: 'Variables' });
      expect(document.body.innerHTML).not.toContain('Live-Adm1n-Secret!');
      expect(document.body.innerHTML).not.toContain('9f8e7d6c');
    }
  });

  it('keeps a sensitive value when it is edited without typing a new one', async () => {
    await operationsModule.load();
    renderWithStore(<EnvironmentDetails />);
    selectEnvironment('starter', 'master');
    const row = (await screen.findAllByRole('row')).find((r) =>
      r.textContent?.startsWith('ADMIN_PASSWORD'),
    );
    if (!row) throw new Error('no ADMIN_PASSWORD row');
    fireEvent.click(within(row).getByRole('button', { name: /^Edit/ }));
    const form = screen.getByRole('form', { name: 'Set a variable' });
    expect(within(form).getByLabelText('Value')).toHaveValue('');
    expect(within(form).getByLabelText('Value')).toHaveAccessibleDescription(
      /leave it empty to keep it/,
    );
    fireEvent.click(within(form).getByLabelText('Visible at build'));
    fireEvent.click(within(form).getByRole('button', { name: 'Save variable' }));
    const master = tableGet(selectProject(useAppStore.getState()).environments, 'master');
    expect(master?.variables.ADMIN_PASSWORD).toMatchObject({
      value: 'Live-Adm1n-Secret!',
      flags: { sensitive: true, build: false },
    });
    expect(document.body.innerHTML).not.toContain('Live-Adm1n-Secret!');
  });

  it('shows the three Production nodes on Pro', async () => {
    renderWithStore(<EnvironmentDetails />);
    selectEnvironment('pro', 'production');
    const nodes = await screen.findByRole('list', { name: 'Cluster nodes' });
    const items = within(nodes).getAllByText(/^Node \d$/);
    expect(items.map((n) => n.textContent)).toEqual(['Node 1', 'Node 2', 'Node 3']);
    expect(nodes).toHaveTextContent('production.2.uvwxyz3pro.ent.magento.cloud');
    expect(panel()).toHaveTextContent('production.c.uvwxyz3pro.ent.magento.cloud');
  });

  it('shows a failing section as a message in the panel, not a blank page', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    renderWithStore(<EnvironmentDetails />);
    const project = useAppStore.getState().projects['2.1'].starter;
    const staging = tableGet(project.environments, 'staging');
    if (!staging) throw new Error('no staging');
    // A head commit that does not exist makes the Services section throw.
    useAppStore.getState().replaceProject({
      ...project,
      environments: tableWith(project.environments, {
        ...staging,
        head: 'missing',
        deployment: { commit: 'missing', applied: 'missing', variables: null, maintenance: false },
      }),
    });
    selectEnvironment('starter', 'staging');
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((a) => a.textContent)).toContainEqual(
      expect.stringContaining('Services could not be shown'),
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Staging');
    quiet.mockRestore();
  });
});
