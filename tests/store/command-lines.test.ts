import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tableGet } from '../../src/domain/table';
import type { Project } from '../../src/domain/types';
import { selectProject, useAppStore } from '../../src/store/app-store';
import {
  COMMANDS,
  type CommandId,
  commandLine,
  runCommand,
  runTypedCommand,
} from '../../src/store/commands';
import { operationsModule } from '../../src/store/lazy-module';
import { resetStore } from '../support/render-app';

const state = () => useAppStore.getState();
const project = () => selectProject(state());
const lastActivity = () => project().activity.at(-1);

beforeAll(async () => {
  await operationsModule.load();
});
beforeEach(resetStore);

const GIT_COMMIT =
  "# Edit .magento/services.yaml on feature-checkout as in the explorer, then commit and push:\ngit checkout feature-checkout && git add .magento/services.yaml && git commit -m 'Change services' && git push magento feature-checkout";
const FAILURE_NOTE =
  "# Failure injection is the explorer's training tool, with no CLI command: on a real project a deploy of feature-checkout fails only by itself (a build error, a failing hook), and you read why with magento-cloud log deploy.";

/** Every command on Starter's feature-checkout: its command line, or null for the explorer's own. */
const EXPECTED: Readonly<Record<CommandId, string | null>> = {
  branch: 'magento-cloud environment:branch new-branch feature-checkout',
  merge: 'magento-cloud environment:merge -e feature-checkout',
  sync: 'magento-cloud environment:synchronize both -e feature-checkout',
  activate: 'magento-cloud environment:activate feature-checkout',
  deactivate: 'magento-cloud environment:delete feature-checkout --no-delete-branch',
  delete: 'magento-cloud environment:delete feature-checkout --delete-branch',
  redeploy: 'magento-cloud environment:redeploy -e feature-checkout',
  snapshot: 'magento-cloud snapshot:create -e feature-checkout',
  restore: 'magento-cloud snapshot:restore SNAPSHOT_ID -e feature-checkout',
  push: 'git checkout feature-checkout && git checkout -b new-branch && git push magento new-branch',
  'change-parent': 'magento-cloud environment:info -e feature-checkout parent staging',
  'add-variable':
    'magento-cloud variable:create --level environment -e feature-checkout --name NAME --value value',
  'add-service': GIT_COMMIT,
  'edit-yaml': GIT_COMMIT,
  'complete-ticket':
    '# No CLI command applies changes that wait for a ticket: open a ticket with Adobe Commerce Support asking them to deploy the waiting configuration changes to feature-checkout (it can take up to 48 hours).',
  'fail-next-build': FAILURE_NOTE,
  'fail-next-deploy': FAILURE_NOTE,
  'fail-next-post-deploy': FAILURE_NOTE,
  'fail-next-none':
    "# Failure injection is the explorer's training tool, with no CLI command: nothing to undo on a real project.",
  'cancel-deploy': null, // nothing is deploying
  'preview-merge': null,
  compare: null,
  'context-menu': null,
  undo: null,
  redo: null,
  reset: null,
  'import-files': null,
  'import-paste': null,
  'paste-cli': null,
  'export-json': null,
  'export-json-sensitive': null,
  'open-json': null,
  'share-link': null,
  'export-png': null,
  'export-svg': null,
  'plan-starter': null,
  'plan-pro': null,
  'plan-pro-legacy': null,
  'rules-2.1': null,
  'rules-today': null,
  'fold-inactive': null,
  direction: null,
  find: null,
  palette: null,
  'wait-day': null,
  'speed-instant': null,
  'speed-watch': null,
  'speed-slow': null,
  scenarios: null,
  legend: null,
  glossary: null,
  tour: null,
  'view-diagram': null,
  'view-list': null,
  'theme-system': null,
  'theme-light': null,
  'theme-dark': null,
};

describe('the CLI equivalent of every command', () => {
  it('is the expected command line, for every command of the table', () => {
    const actual = Object.fromEntries(
      COMMANDS.map((c) => [c.id, commandLine(c.id, 'feature-checkout')]),
    );
    expect(actual).toEqual(EXPECTED);
  });

  it('names the deploy to cancel while one runs', () => {
    state().setDeploySpeed('watch');
    runCommand('redeploy', 'staging');
    const open = lastActivity();
    expect(commandLine('cancel-deploy', 'staging')).toBe(
      `magento-cloud activity:cancel ${open?.id}`,
    );
  });
});

describe('the command line', () => {
  it('runs a typed merge through the same operation, and the activity shows that command', () => {
    const line = 'magento-cloud environment:merge -e feature-checkout';
    const outcome = runTypedCommand(line);
    expect(outcome.error).toBe(false);
    expect(lastActivity()).toMatchObject({ type: 'merge', environment: 'staging', command: line });
    const services = tableGet(project().environments, 'staging')?.deployment;
    expect(services).not.toBeNull();
  });

  it('logs a refused typed command with its line, and says why', () => {
    const outcome = runTypedCommand('magento-cloud environment:merge -e master');
    expect(outcome.error).toBe(true);
    expect(lastActivity()).toMatchObject({
      result: 'refused',
      command: 'magento-cloud environment:merge -e master',
    });
  });

  it('answers an unknown command with the nearest one, changing nothing', () => {
    const before = project();
    const outcome = runTypedCommand('magento-cloud environment:mrege -e feature-checkout');
    expect(outcome).toMatchObject({ error: true });
    expect(outcome.lines.join('\n')).toContain('environment:merge');
    expect(project()).toBe(before);
  });

  it('answers a listing with output and no activity', () => {
    const before = project();
    const outcome = runTypedCommand('magento-cloud environment:list');
    expect(outcome.error).toBe(false);
    expect(outcome.lines.join('\n')).toMatch(/feature-checkout/);
    expect(project()).toBe(before);
  });

  // Each command as a button does it, then its logged line typed into a fresh store: the same project.
  const ROUND_TRIPS: readonly [CommandId, string][] = [
    ['merge', 'feature-checkout'],
    ['activate', 'feature-old-theme'],
    ['deactivate', 'feature-checkout'],
    ['delete', 'feature-old-theme'],
    ['redeploy', 'staging'],
    ['snapshot', 'staging'],
  ];
  it.each(ROUND_TRIPS)('%s on %s, typed back in, does the same thing', (id, env) => {
    runCommand(id, env);
    const entry = lastActivity();
    const byButton: Project = project();
    expect(entry?.command).toBeTruthy();
    resetStore();
    const outcome = runTypedCommand(entry?.command ?? '');
    expect(outcome.error).toBe(false);
    expect(project()).toEqual(byButton);
  });

  it('runs nothing for an action no CLI command does (its line is a comment)', () => {
    const line = commandLine('complete-ticket', 'staging') ?? '';
    expect(line).toMatch(/^# No CLI command/);
    const before = project();
    runTypedCommand(line);
    expect(project()).toBe(before);
  });

  it('types back a branch, a sync, a change of parent and a variable as the forms made them', () => {
    const ops = operationsModule.get();
    if (!ops) throw new Error('operations not loaded');
    const steps = [
      () => state().run(ops.branch, { parent: 'staging', name: 'feature-x', title: 'Feature X' }),
      () => state().run(ops.sync, { env: 'feature-checkout', code: false, data: true }),
      () => state().run(ops.push, { parent: 'staging', name: 'pushed' }),
      () => state().run(ops.reparent, { env: 'pushed', parent: 'feature-x' }),
      () =>
        state().run(ops.setVariable, {
          env: 'feature-x',
          variable: {
            name: 'env:GREETING',
            value: 'it\'s "quoted" $HOME',
            flags: {
              inheritable: false,
              sensitive: false,
              build: true,
              runtime: true,
              json: false,
            },
          },
        }),
      () => state().run(ops.removeVariable, { env: 'feature-x', name: 'env:GREETING' }),
    ];
    for (const step of steps) expect(step()).toBe(true);
    const byForms = project();
    const lines = byForms.activity.map((a) => a.command ?? '').filter((l) => l !== '');
    expect(lines).toHaveLength(steps.length);
    resetStore();
    for (const line of lines) expect(runTypedCommand(line)).toMatchObject({ error: false });
    expect(project()).toEqual(byForms);
  });
});
