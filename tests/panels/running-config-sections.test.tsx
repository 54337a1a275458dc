// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeploySettingsSection, RoutesSection } from '../../src/panels/running-config-sections';
import { defaultProject, env, withFiles } from '../support/builders';

// The first render loads the panel's modules, which takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

afterEach(cleanup);

describe('the panel sections of the running configuration', () => {
  it('Deploy settings lists each stage option with its value and what it does', () => {
    const project = defaultProject('starter');
    render(<DeploySettingsSection project={project} env={env(project, 'staging')} />);
    const stage = screen.getByLabelText('Stage build');
    expect(stage).toHaveTextContent('SCD_THREADS: 2');
    expect(stage).toHaveTextContent('how many processes generate static content at once');
    expect(screen.getByLabelText('Stage deploy')).toHaveTextContent(
      'CACHE_CONFIGURATION: {2 keys}',
    );
    expect(screen.getByLabelText('Stage post-deploy')).toHaveTextContent(
      'so the first visitors find them cached',
    );
  });

  it('an option ece-tools does not know is said to stop the build; an empty file means defaults', () => {
    const base = defaultProject('starter');
    const odd = withFiles(base, 'staging', {
      '.magento.env.yaml': 'stage:\n  build:\n    SCD_THREDS: 2\n',
    });
    render(<DeploySettingsSection project={odd} env={env(odd, 'staging')} />);
    expect(screen.getByLabelText('Stage build')).toHaveTextContent(
      'SCD_THREDS: 2not an option ece-tools knows: the build stops on it',
    );
    cleanup();
    const empty = withFiles(base, 'staging', { '.magento.env.yaml': '# nothing\n' });
    render(<DeploySettingsSection project={empty} env={env(empty, 'staging')} />);
    expect(screen.getByRole('region', { name: 'Deploy settings' })).toHaveTextContent(
      'ece-tools builds and deploys with its defaults',
    );
  });

  it('Routes gives each route its upstream or redirect, its cache and SSI', () => {
    const base = defaultProject('starter');
    const project = withFiles(base, 'staging', {
      '.magento/routes.yaml':
        '"https://{default}/":\n  type: upstream\n  upstream: "mymagento:http"\n  cache:\n    enabled: true\n  ssi:\n    enabled: true\n"http://{default}/":\n  type: redirect\n  to: "https://{default}/"\n',
    });
    render(<RoutesSection project={project} env={env(project, 'staging')} />);
    const items = within(
      screen.getByRole('list', { name: 'Routes from routes.yaml' }),
    ).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'https://{default}/ to mymagento:http · cache on · SSI on',
      'http://{default}/ redirects to https://{default}/',
    ]);
  });
});
