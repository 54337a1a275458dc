import { describe, expect, it } from 'vitest';
import { mergeEnvironment } from '../../../src/domain/operations/merge-environment';
import { recordRefusal } from '../../../src/domain/operations/operation';
import { defaultProject } from '../../support/builders';
import { deepFreeze, refused, succeeded } from '../builders';

describe('recordRefusal', () => {
  it('logs a refused attempt with its reason, one tick later, without touching the input', () => {
    const project = deepFreeze(
      succeeded(mergeEnvironment(defaultProject('starter'), { env: 'feature-checkout' })).project,
    );
    const error = refused(mergeEnvironment(project, { env: 'feature-old-theme' }));
    const after = recordRefusal(project, {
      type: 'merge',
      environment: 'feature-old-theme',
      error,
    });
    expect(after.clock).toBe(project.clock + 1);
    expect(after.activity).toEqual([
      ...project.activity,
      {
        id: 2,
        at: project.clock + 1,
        type: 'merge',
        environment: 'feature-old-theme',
        state: 'complete',
        result: 'refused',
        message: error.message,
        completedAt: project.clock + 1,
        deploy: null,
      },
    ]);
    expect(after.environments).toBe(project.environments);
  });
});
