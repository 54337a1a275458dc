import { useLayoutEffect, useRef } from 'react';
import { PanelErrorBoundary } from '../components/panel-error-boundary';
import { readCommitConfig } from '../domain/config/read-config';
import { tableGet } from '../domain/table';
import { rootOf } from '../domain/tree';
import type { Project } from '../domain/types';
import { selectProject, selectSelectedEnvironment, useAppStore } from '../store/app-store';
import { BranchForm } from './branch-form';
import { ChangeParentForm } from './change-parent-form';
import { DeploysSection } from './deploys-section';
import { OperationsBar } from './operations-bar';
import { OverviewSection } from './overview-section';
import { PlanOverview } from './plan-overview';
import { RestoreForm } from './restore-form';
import { DeploySettingsSection, RoutesSection } from './running-config-sections';
import { ServicesSection } from './services-section';
import { SyncForm } from './sync-form';
import { VariablesSection } from './variables-section';

/**
 * Reads, while the page is idle, the configuration the first panel shows (the selected
 * environment's, else the root's): a page's first run of the YAML parser is several times
 * slower than the next ones, and it would otherwise fall on the first click.
 */
export function prepareFirstPanel(project: Project, selected: string | null): void {
  const env = (selected !== null && tableGet(project.environments, selected)) || rootOf(project);
  const commit = env?.head ? tableGet(project.commits, env.head) : undefined;
  if (commit) readCommitConfig(commit);
}

/** The side panel for the selected environment: overview, services and variables. */
export function EnvironmentDetails() {
  const project = useAppStore(selectProject);
  const env = useAppStore(selectSelectedEnvironment);
  const form = useAppStore((s) => s.form);
  const panel = useRef<HTMLElement>(null);
  const shownId = env?.id;
  // Another environment starts at its title, not where the last one was scrolled to. Only a
  // panel that was scrolled is reset: setting scrollTop forces a layout of the whole page.
  const scrolled = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new selection is the reason to run
  useLayoutEffect(() => {
    if (!panel.current || !scrolled.current) return;
    panel.current.scrollTop = 0;
    scrolled.current = false;
  }, [shownId]);
  return (
    <aside
      aria-label="Environment details"
      className="details"
      ref={panel}
      onScroll={(event) => {
        scrolled.current = event.currentTarget.scrollTop > 0;
      }}
    >
      {env === null ? (
        <PlanOverview project={project} />
      ) : (
        <>
          <h2>{env.title}</h2>
          <OperationsBar env={env.id} />
          {form === 'branch' && <BranchForm key={env.id} parent={env.id} mode="branch" />}
          {form === 'push' && <BranchForm key={env.id} parent={env.id} mode="push" />}
          {form === 'parent' && <ChangeParentForm key={env.id} project={project} env={env.id} />}
          {form === 'restore' && <RestoreForm key={env.id} project={project} env={env.id} />}
          {form === 'sync' && <SyncForm key={env.id} project={project} env={env.id} />}
          <PanelErrorBoundary name="Overview" resetKey={env}>
            <OverviewSection project={project} env={env} />
          </PanelErrorBoundary>
          <PanelErrorBoundary name="Deploys" resetKey={env}>
            <DeploysSection project={project} env={env} />
          </PanelErrorBoundary>
          <PanelErrorBoundary name="Services" resetKey={env}>
            <ServicesSection project={project} envId={env.id} />
          </PanelErrorBoundary>
          <PanelErrorBoundary name="Variables" resetKey={env}>
            <VariablesSection project={project} envId={env.id} />
          </PanelErrorBoundary>
          <PanelErrorBoundary name="Routes" resetKey={env}>
            <RoutesSection project={project} env={env} />
          </PanelErrorBoundary>
          <PanelErrorBoundary name="Deploy settings" resetKey={env}>
            <DeploySettingsSection project={project} env={env} />
          </PanelErrorBoundary>
        </>
      )}
    </aside>
  );
}
