// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCommandKeys } from '../../src/app/use-command-keys';
import { resolveServices } from '../../src/domain/resolve-services';
import { selectProject, useAppStore } from '../../src/store/app-store';
import {
  ariaKeyShortcuts,
  COMMANDS,
  chordLabel,
  command,
  commandContext,
  runCommand,
} from '../../src/store/commands';
import { operationsModule } from '../../src/store/lazy-module';
import { resetStore } from '../support/render-app';

const state = () => useAppStore.getState();
const reason = (id: Parameters<typeof command>[0], env: string | null) =>
  command(id).canRun(commandContext(env));
const serviceIds = (env: string) =>
  resolveServices(selectProject(state()), env).services.map((s) => s.id);

beforeAll(async () => {
  await operationsModule.load();
});
beforeEach(resetStore);
afterEach(() => vi.restoreAllMocks());

describe('the command table', () => {
  it('holds every button the contract names, each label once', () => {
    const labels = COMMANDS.map((c) => c.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toEqual(
      expect.arrayContaining([
        'Branch',
        'Merge',
        'Sync',
        'Activate',
        'Deactivate',
        'Delete',
        'Redeploy',
        'Undo',
        'Redo',
        'Import files',
      ]),
    );
  });

  it('gives no two commands the same key', () => {
    const chords = COMMANDS.flatMap((c) => (c.keys ?? []).map(chordLabel));
    expect(new Set(chords).size).toBe(chords.length);
  });

  it('says why an operation cannot run, in the platform’s words', () => {
    expect(reason('merge', 'master')).toMatch(/master is the root/);
    expect(reason('deactivate', 'master')).toMatch(/root/);
    expect(reason('branch', 'master')).toBeNull();
    expect(reason('merge', 'feature-old-theme')).toMatch(/inactive/);
    state().setPlan('pro');
    expect(reason('branch', 'staging')).toMatch(/Branch from integration instead/);
    expect(reason('merge', 'feature-checkout')).toBeNull();
  });

  it('says why Undo and Redo cannot run, and runs them once there is history', () => {
    expect(reason('undo', null)).toBe('Nothing to undo.');
    runCommand('merge', 'feature-checkout');
    expect(reason('undo', null)).toBeNull();
    expect(reason('redo', null)).toBe('Nothing to redo.');
    runCommand('undo');
    expect(serviceIds('staging')).not.toContain('rabbitmq');
    runCommand('redo');
    expect(serviceIds('staging')).toContain('rabbitmq');
  });

  it('refuses a blocked form command with its reason, in the log, without opening the form', () => {
    state().setPlan('pro');
    runCommand('branch', 'staging');
    expect(state().form).toBeNull();
    expect(state().projects['2.1'].pro.activity.at(-1)).toMatchObject({
      type: 'branch',
      environment: 'staging',
      result: 'refused',
    });
  });

  it('opens the form of a command that needs more input, on its environment', () => {
    runCommand('branch', 'staging');
    expect(state().selection.starter).toBe('staging');
    expect(state().form).toBe('branch');
  });

  it('writes aria-keyshortcuts with both Control and Meta for Ctrl/Cmd chords', () => {
    expect(ariaKeyShortcuts(command('undo').keys)).toBe('Control+Z Meta+Z');
    expect(ariaKeyShortcuts(command('redo').keys)).toBe(
      'Control+Shift+Z Meta+Shift+Z Control+Y Meta+Y',
    );
    expect(ariaKeyShortcuts(command('merge').keys)).toBe('M');
  });
});

describe('every shortcut of the table', () => {
  const withKeys = COMMANDS.flatMap((c) => (c.keys ?? []).map((chord) => ({ c, chord })));

  it.each(withKeys.map(({ c, chord }) => [c.id, chordLabel(chord), c, chord] as const))(
    '%s fires on %s, and only it does',
    (_id, _label, target, chord) => {
      renderHook(() => useCommandKeys());
      state().select('feature-checkout');
      const spies = COMMANDS.map((c) => vi.spyOn(c, 'run').mockImplementation(() => {}));
      window.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: chord.key.length === 1 ? chord.key.toUpperCase() : chord.key,
          ctrlKey: Boolean(chord.mod),
          shiftKey: Boolean(chord.shift),
          bubbles: true,
          cancelable: true,
        }),
      );
      const fired = COMMANDS.filter((_, i) => (spies[i]?.mock.calls.length ?? 0) > 0);
      expect(fired.map((c) => c.id)).toEqual([target.id]);
    },
  );

  it('leaves keys typed into a field alone', () => {
    renderHook(() => useCommandKeys());
    state().select('feature-checkout');
    const spy = vi.spyOn(command('merge'), 'run').mockImplementation(() => {});
    const input = document.createElement('input');
    document.body.append(input);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'm', bubbles: true }));
    input.remove();
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('Let a day pass', () => {
  it('ages snapshots until restore refuses them, as one undoable step', () => {
    runCommand('snapshot', 'staging');
    const [snap] = selectProject(state()).snapshots;
    if (!snap) throw new Error('no snapshot taken');
    for (let day = 0; day < 7; day++) runCommand('wait-day');
    expect(reason('restore', 'staging')).toBeNull();
    runCommand('wait-day');
    expect(reason('restore', 'staging')).toMatch(/no snapshot taken in the last 7 days/);
    expect(state().announcement?.text).toMatch(/A day passed in the Starter project/);
    state().undo();
    expect(reason('restore', 'staging')).toBeNull();
  });
});
