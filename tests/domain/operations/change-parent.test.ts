import { describe, expect, it } from 'vitest';
import { branchEnvironment } from '../../../src/domain/operations/branch-environment';
import { changeParent, reparent } from '../../../src/domain/operations/change-parent';
import { mergeEnvironment } from '../../../src/domain/operations/merge-environment';
import { generateSyntheticProject } from '../../../src/domain/synthetic/generate-synthetic-project';
import { tableValues } from '../../../src/domain/table';
import { childrenOf } from '../../../src/domain/tree';
import { defaultProject, env } from '../../support/builders';
import { refused, succeeded } from '../builders';

describe('change parent', () => {
  const withSibling = () =>
    succeeded(branchEnvironment(defaultProject('starter'), { parent: 'staging', name: 'next' }))
      .project;

  it('makes the new parent the merge and sync target; code, data and deployment stay', () => {
    const project = withSibling();
    const before = env(project, 'feature-checkout');
    const { project: after, message } = succeeded(
      changeParent(project, { env: 'feature-checkout', parent: 'next' }),
    );
    expect(env(after, 'feature-checkout')).toEqual({ ...before, parentId: 'next' });
    expect(childrenOf(after, 'next').map((e) => e.id)).toEqual(['feature-checkout']);
    expect(after.activity.at(-1)).toMatchObject({
      type: 'change-parent',
      message: 'parent changed from staging to next',
      deploy: null,
    });
    expect(message).toMatch(/now merges into and syncs from next \(was staging\)/);
    // The merge now goes into next.
    expect(
      succeeded(mergeEnvironment(after, { env: 'feature-checkout' })).project.activity.at(-1),
    ).toMatchObject({ environment: 'next', message: 'feature-checkout merged into next' });
  });

  it('refuses the root, the current parent, itself and its descendants', () => {
    const project = withSibling();
    expect(refused(changeParent(project, { env: 'master', parent: 'staging' })).code).toBe(
      'is-root',
    );
    expect(refused(changeParent(project, { env: 'next', parent: 'staging' })).code).toBe(
      'no-change',
    );
    expect(refused(changeParent(project, { env: 'next', parent: 'next' })).code).toBe('cycle');
    const error = refused(changeParent(project, { env: 'staging', parent: 'feature-checkout' }));
    expect(error).toEqual({
      code: 'cycle',
      message:
        "feature-checkout is below staging: a parent cannot be one of its own descendants. Choose an environment outside staging's branch.",
    });
  });

  it('refuses an inactive parent for an active environment', () => {
    expect(
      refused(
        changeParent(defaultProject('starter'), {
          env: 'feature-checkout',
          parent: 'feature-old-theme',
        }),
      ).code,
    ).toBe('parent-inactive');
  });

  it.each(['master', 'production', 'staging'])('refuses %s as a parent on Pro', (parent) => {
    expect(
      refused(changeParent(defaultProject('pro'), { env: 'feature-checkout', parent })).code,
    ).toBe('parent-forbidden');
  });

  // The button's state: blocked exactly where no environment of the project can be the parent.
  it.each([
    ['the default Starter project', defaultProject('starter')],
    ['the default Pro project', defaultProject('pro')],
    ['a synthetic Starter project of 300', generateSyntheticProject('starter', 300, 7)],
    ['a synthetic Pro project of 300', generateSyntheticProject('pro', 300, 7)],
  ])('is offered on %s exactly where some parent is allowed', (_, project) => {
    for (const environment of tableValues(project.environments)) {
      const anyAllowed = tableValues(project.environments).some(
        (candidate) =>
          !('error' in changeParent(project, { env: environment.id, parent: candidate.id })),
      );
      const blocked = reparent.blockedOn?.(project, environment.id) ?? null;
      expect(blocked === null, environment.id).toBe(anyAllowed);
    }
  });
});
