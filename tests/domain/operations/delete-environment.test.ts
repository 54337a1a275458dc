import { describe, expect, it } from 'vitest';
import { branchEnvironment } from '../../../src/domain/operations/branch-environment';
import { deactivateEnvironment } from '../../../src/domain/operations/deactivate-environment';
import { deleteEnvironment } from '../../../src/domain/operations/delete-environment';
import { tableGet, tableKeys } from '../../../src/domain/table';
import { defaultProject, withEnvironment } from '../../support/builders';
import { refused, succeeded } from '../builders';

describe('delete', () => {
  it.each(['starter', 'pro'] as const)(
    'removes an inactive branch on %s and keeps its commits',
    (plan) => {
      const project = defaultProject(plan);
      const { project: after, message } = succeeded(
        deleteEnvironment(project, { env: 'feature-old-theme' }),
      );
      expect(tableGet(after.environments, 'feature-old-theme')).toBeUndefined();
      expect(tableKeys(after.environments)).toHaveLength(
        tableKeys(project.environments).length - 1,
      );
      expect(after.commits).toBe(project.commits);
      expect(message).toBe('Deleted feature-old-theme; its commits stay in the history.');
      expect(after.activity.at(-1)).toMatchObject({
        type: 'delete',
        environment: 'feature-old-theme',
      });
    },
  );

  it.each(['starter', 'pro'] as const)('refuses an active environment on %s', (plan) => {
    expect(refused(deleteEnvironment(defaultProject(plan), { env: 'feature-checkout' }))).toEqual({
      code: 'is-active',
      message: 'feature-checkout is active: deactivate it first, then delete it.',
    });
  });

  it('refuses an environment with children', () => {
    let project = succeeded(
      branchEnvironment(defaultProject('starter'), { parent: 'feature-checkout', name: 'child' }),
    ).project;
    project = succeeded(deactivateEnvironment(project, { env: 'child' })).project;
    project = succeeded(deactivateEnvironment(project, { env: 'feature-checkout' })).project;
    expect(refused(deleteEnvironment(project, { env: 'feature-checkout' }))).toEqual({
      code: 'has-children',
      message: 'feature-checkout has child environments (child): delete them first.',
    });
  });

  it('refuses the root even when it is inactive', () => {
    const project = withEnvironment(defaultProject('starter'), 'master', { status: 'inactive' });
    expect(refused(deleteEnvironment(project, { env: 'master' })).code).toBe('is-root');
  });
});
