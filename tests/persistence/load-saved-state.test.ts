// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { projectToRecord } from '../../src/domain/project-record';
import { defaultSlots, withProject } from '../../src/domain/project-slots';
import type { Project } from '../../src/domain/types';
import {
  defaultSavedState,
  loadSavedState,
  SAVED_SCHEMA,
  serializeSavedState,
} from '../../src/persistence/saved-state';
import { useSavedStateNotice } from '../../src/persistence/saved-state-notice-store';
import { STORAGE_KEY, UNREADABLE_KEY } from '../../src/persistence/storage';
import { defaultProject, withEnvironment, withVariable } from '../support/builders';
import { resetSavedStateNotice } from '../support/render-app';

const notice = () => useSavedStateNotice.getState();
const AT = new Date('2025-01-02T03:04:05.000Z');

/** A Starter project that differs from the default, so a load can be told from a reset. */
function changedStarter(): Project {
  return withVariable(
    withEnvironment(defaultProject('starter'), 'feature-old-theme', { status: 'active' }),
    null,
    'SHOP_NAME',
    'Changed shop',
  );
}

beforeEach(() => {
  localStorage.clear();
  resetSavedStateNotice();
});

describe('loadSavedState', () => {
  it('starts from the default projects when nothing is saved', () => {
    expect(loadSavedState()).toEqual({ state: defaultSavedState(), revision: 0, source: 'none' });
    expect(notice().unreadable).toBeNull();
  });

  it('reads back a saved state with its revision', () => {
    const state = {
      projects: withProject(defaultSlots(), changedStarter()),
      plan: 'pro',
      edition: 'today',
    } as const;
    localStorage.setItem(STORAGE_KEY, serializeSavedState(state, 7, AT));
    expect(loadSavedState()).toEqual({ state, revision: 7, source: 'saved' });
  });

  it('migrates a schema 1 save, which held only the Starter project', () => {
    const project = changedStarter();
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        schema: 1,
        savedAt: AT.toISOString(),
        state: { project: projectToRecord(project) },
      }),
    );
    const loaded = loadSavedState();
    expect(loaded.source).toBe('migrated');
    expect(loaded.state).toEqual({
      projects: withProject(defaultSlots(), project),
      plan: 'starter',
      edition: '2.1',
    });
    expect(notice().unreadable).toBeNull();
  });

  it('refuses a schema 1 save whose project is broken, naming the path', () => {
    const project = withEnvironment(changedStarter(), 'staging', { parentId: 'gone' });
    const saved = JSON.stringify({
      schema: 1,
      savedAt: AT.toISOString(),
      state: { project: projectToRecord(project) },
    });
    localStorage.setItem(STORAGE_KEY, saved);
    expect(loadSavedState().source).toBe('unreadable');
    expect(notice().unreadable?.message).toContain(
      'state.projects["2.1"].starter.environments.staging.parentId: parent "gone"',
    );
  });

  const wrongShape = JSON.stringify({
    schema: SAVED_SCHEMA,
    savedAt: AT.toISOString(),
    revision: 3,
    state: {
      plan: 'starter',
      edition: '2.1',
      projects: {
        '2.1': {
          starter: { ...projectToRecord(defaultProject('starter')), environments: 'none' },
          pro: projectToRecord(defaultProject('pro')),
          'pro-legacy': projectToRecord(defaultProject('pro-legacy')),
        },
        today: {
          starter: projectToRecord(defaultProject('starter', 'today')),
          pro: projectToRecord(defaultProject('pro', 'today')),
          'pro-legacy': projectToRecord(defaultProject('pro-legacy', 'today')),
        },
      },
    },
  });

  it.each([
    ['bad JSON', '{"schema": 2, "state": {"projects"', /not valid JSON/],
    [
      'a wrong shape',
      wrongShape,
      /state\.projects\["2\.1"\]\.starter\.environments: expected an object of entries by id, found the text "none"/,
    ],
    [
      'a future schema',
      JSON.stringify({ schema: SAVED_SCHEMA + 1, savedAt: '', revision: 1, state: {} }),
      /newer version of the explorer \(schema 5/,
    ],
    ['a value that is not an envelope', '[1, 2, 3]', /no schema number/],
  ])('starts from the defaults on %s, says why and keeps the text', (_, saved, why) => {
    localStorage.setItem(STORAGE_KEY, saved);
    const loaded = loadSavedState(localStorage, () => AT);
    expect(loaded).toEqual({ state: defaultSavedState(), revision: 0, source: 'unreadable' });
    expect(notice().unreadable).toEqual({
      text: saved,
      message: expect.stringMatching(why),
      foundAt: AT.toISOString(),
    });
    expect(JSON.parse(localStorage.getItem(UNREADABLE_KEY) ?? '{}').text).toBe(saved);
  });

  it('keeps showing the unreadable copy after a reload until it is dismissed', () => {
    localStorage.setItem(STORAGE_KEY, 'not json');
    loadSavedState();
    localStorage.setItem(STORAGE_KEY, serializeSavedState(defaultSavedState(), 1, AT));
    resetSavedStateNotice(); // a reload starts with an empty notice store

    expect(loadSavedState().source).toBe('saved');
    expect(notice().unreadable?.text).toBe('not json');

    notice().dismissUnreadable();
    expect(notice().unreadable).toBeNull();
    expect(localStorage.getItem(UNREADABLE_KEY)).toBeNull();
    resetSavedStateNotice();
    loadSavedState();
    expect(notice().unreadable).toBeNull();
  });
});
