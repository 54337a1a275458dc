import { beforeEach, describe, expect, it } from 'vitest';
import { resolveServices } from '../../src/domain/resolve-services';
import { useAppStore } from '../../src/store/app-store';
import { COMMANDS, commandStates } from '../../src/store/commands';
import { resetStore } from '../support/render-app';

const state = () => useAppStore.getState();
const undoStore = () => useAppStore.temporal.getState();
const serviceIds = (env: string) =>
  resolveServices(state().projects[state().plan], env).services.map((s) => s.id);

beforeEach(resetStore);

describe('running operations from the store', () => {
  it('applies a merge, announces it and makes it one undo entry', () => {
    expect(state().run('merge', { env: 'feature-checkout' })).toBe(true);
    expect(serviceIds('staging')).toContain('rabbitmq');
    expect(state().announcement?.text).toMatch(/Merged feature-checkout into staging/);
    expect(undoStore().pastStates).toHaveLength(1);
  });

  it('logs a refusal with its reason but adds no undo entry and changes nothing else', () => {
    const before = state().projects.starter;
    expect(state().run('merge', { env: 'feature-old-theme' })).toBe(false);
    const after = state().projects.starter;
    expect(undoStore().pastStates).toHaveLength(0);
    expect(after.environments).toBe(before.environments);
    expect(after.commits).toBe(before.commits);
    expect(after.activity.at(-1)).toMatchObject({
      type: 'merge',
      environment: 'feature-old-theme',
      result: 'refused',
    });
    expect(state().announcement?.text).toMatch(/inactive/);
  });

  it('undo then redo returns exactly the same projects', () => {
    state().run('merge', { env: 'feature-checkout' });
    const merged = state().projects;
    undoStore().undo();
    expect(serviceIds('staging')).not.toContain('rabbitmq');
    undoStore().redo();
    expect(state().projects).toEqual(merged);
  });

  it('keeps each plan’s project when the other changes', () => {
    state().run('merge', { env: 'feature-checkout' });
    state().setPlan('pro');
    expect(serviceIds('integration')).not.toContain('rabbitmq');
    state().setPlan('starter');
    expect(serviceIds('staging')).toContain('rabbitmq');
  });

  it('resets the current plan to its default project as an undoable step', () => {
    state().run('merge', { env: 'feature-checkout' });
    state().resetProject();
    expect(serviceIds('staging')).not.toContain('rabbitmq');
    undoStore().undo();
    expect(serviceIds('staging')).toContain('rabbitmq');
  });
});

describe('command table', () => {
  it('gives every contract button a command', () => {
    expect(COMMANDS.map((c) => c.label)).toEqual(
      expect.arrayContaining([
        'Branch',
        'Merge',
        'Sync',
        'Activate',
        'Deactivate',
        'Delete',
        'Redeploy',
      ]),
    );
  });

  it('says why a command cannot run, in the platform’s words', () => {
    const starter = state().projects.starter;
    const onMaster = commandStates(starter, 'master');
    expect(onMaster.merge).toMatch(/master/);
    expect(onMaster.deactivate).not.toBeNull();
    expect(onMaster.branch).toBeNull();
    const pro = state().projects.pro;
    expect(commandStates(pro, 'staging').branch).toMatch(/integration/);
    expect(commandStates(pro, 'feature-checkout').merge).toBeNull();
    expect(commandStates(starter, 'feature-old-theme').merge).toMatch(/inactive/);
  });

  it('runs the same operation from a command as from the store', () => {
    const merge = COMMANDS.find((c) => c.id === 'merge');
    merge?.run(state(), 'feature-checkout');
    expect(serviceIds('staging')).toContain('rabbitmq');
  });

  it('opens a form for commands that need more input', () => {
    state().select('staging');
    COMMANDS.find((c) => c.id === 'branch')?.run(state(), 'staging');
    expect(state().form).toBe('branch');
    state().select('master');
    expect(state().form).toBeNull();
  });
});

describe('undo across plans', () => {
  it('switches to the plan whose project the undone step changes', async () => {
    const { undo } = await import('../../src/app/history-buttons');
    state().run('merge', { env: 'feature-checkout' });
    state().setPlan('pro');
    undo();
    expect(state().plan).toBe('starter');
    expect(serviceIds('staging')).not.toContain('rabbitmq');
    expect(state().announcement?.text).toBe('Undone in the Starter project.');
  });
});
