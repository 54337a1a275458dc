// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { filesAt } from '../../src/domain/git/commit-graph';
import { ServicesSection } from '../../src/panels/services-section';
import { defaultProject, env, withEnvironment, withFiles } from '../support/builders';
import { renderWithStore } from '../support/render-app';

// The first render loads the panel's modules, which takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

afterEach(cleanup);

describe('the Services section says what the platform would', () => {
  it('disk over the project storage is said in words, with what the platform does about it', () => {
    const base = { ...defaultProject('starter'), storageMb: 1024 };
    renderWithStore(<ServicesSection project={base} envId="staging" />);
    const section = screen.getByRole('region', { name: 'Services' });
    expect(section).toHaveTextContent('Over the plan’s storage');
    expect(section).toHaveTextContent('the platform rejects the next push');
  });

  it('a service added on Pro Staging, waiting for its ticket and not yet reached, has one state', () => {
    const base = defaultProject('pro');
    const before = env(base, 'staging');
    const services = filesAt(base.commits, before.head)['.magento/services.yaml'];
    const changed = withFiles(base, 'staging', {
      '.magento/services.yaml': `${services}\nqueue:\n    type: rabbitmq:3.8\n`,
    });
    const staging = env(changed, 'staging');
    // The code deployed; the service change waits for the ticket, as on the platform.
    const waiting = withEnvironment(changed, 'staging', {
      deployment: staging.deployment && { ...staging.deployment, applied: before.head },
    });
    renderWithStore(<ServicesSection project={waiting} envId="staging" />);
    const item = within(screen.getByRole('list', { name: 'Services from services.yaml' }))
      .getAllByRole('listitem')
      .find((li) => li.textContent?.startsWith('queue'));
    expect(item).toHaveTextContent('pending: needs a support ticket (added)');
    expect(item).toHaveTextContent('no relationship in .magento.app.yaml reaches it yet');
    expect(item).not.toHaveTextContent('deployed but unused');
  });

  it('names the runtime the application really runs', () => {
    const base = defaultProject('starter');
    const app = filesAt(base.commits, env(base, 'staging').head)['.magento.app.yaml'];
    const node = withFiles(base, 'staging', {
      '.magento.app.yaml': app.replace(/type: php:[0-9.]+/, 'type: nodejs:20'),
    });
    renderWithStore(<ServicesSection project={node} envId="staging" />);
    expect(screen.getByRole('list', { name: 'Platform services' })).toHaveTextContent(
      'Node.js application server (nodejs:20)',
    );
  });
});
