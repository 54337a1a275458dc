import { beforeEach, describe, expect, it } from 'vitest';
import { OPERATIONS } from '../../src/domain/operations/all-operations';
import { resolveServices } from '../../src/domain/resolve-services';
import { selectProject, useAppStore } from '../../src/store/app-store';
import { resetStore } from '../support/render-app';

const state = () => useAppStore.getState();
const undoStore = () => useAppStore.temporal.getState();
const serviceIds = (env: string) =>
  resolveServices(selectProject(state()), env).services.map((s) => s.id);

beforeEach(resetStore);

describe('running operations from the store', () => {
  it('applies a merge, announces it and makes it one undo entry', () => {
    expect(state().run(OPERATIONS.merge, { env: 'feature-checkout' })).toBe(true);
    expect(serviceIds('staging')).toContain('rabbitmq');
    expect(state().announcement?.text).toMatch(/Merged feature-checkout into staging/);
    expect(undoStore().pastStates).toHaveLength(1);
  });

  it('logs a refusal with its reason but adds no undo entry and changes nothing else', () => {
    const before = state().projects['2.1'].starter;
    expect(state().run(OPERATIONS.merge, { env: 'feature-old-theme' })).toBe(false);
    const after = state().projects['2.1'].starter;
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

  it('undo then redo returns the very same project objects', () => {
    const before = state().projects['2.1'].starter;
    state().run(OPERATIONS.merge, { env: 'feature-checkout' });
    const merged = state().projects['2.1'].starter;
    state().undo();
    expect(state().projects['2.1'].starter).toBe(before);
    state().redo();
    expect(state().projects['2.1'].starter).toBe(merged);
  });

  it('keeps each plan’s project when the other changes', () => {
    state().run(OPERATIONS.merge, { env: 'feature-checkout' });
    state().setPlan('pro');
    expect(serviceIds('integration')).not.toContain('rabbitmq');
    state().setPlan('starter');
    expect(serviceIds('staging')).toContain('rabbitmq');
  });

  it('resets the current plan to its default project as an undoable step', () => {
    state().run(OPERATIONS.merge, { env: 'feature-checkout' });
    state().resetProject();
    expect(serviceIds('staging')).not.toContain('rabbitmq');
    undoStore().undo();
    expect(serviceIds('staging')).toContain('rabbitmq');
  });
});

describe('undo across plans', () => {
  it('switches to the plan whose project the undone step changes, and says what it undid', () => {
    state().run(OPERATIONS.merge, { env: 'feature-checkout' });
    state().setPlan('pro');
    state().undo();
    expect(state().plan).toBe('starter');
    expect(serviceIds('staging')).not.toContain('rabbitmq');
    expect(state().announcement?.text).toBe(
      'Undone: merge of staging (feature-checkout merged into staging), in the Starter project.',
    );
  });
});
