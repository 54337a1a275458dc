import { describe, expect, it } from 'vitest';
import { removeVariableFrom } from '../../../src/domain/operations/variables';
import { defaultProject, env } from '../../support/builders';
import { refused, succeeded } from '../builders';

describe('removeVariable', () => {
  it('removes an environment variable and redeploys that environment', () => {
    const project = defaultProject('starter');
    const { project: after } = succeeded(
      removeVariableFrom(project, { env: 'staging', name: 'ADMIN_URL' }),
    );
    expect(env(after, 'staging').variables.ADMIN_URL).toBeUndefined();
    expect(env(after, 'staging').variables.ADMIN_EMAIL).toBeDefined();
    expect(env(after, 'staging').deployState).toMatchObject({
      kind: 'deployed',
      label: 'deployed: variable ADMIN_URL removed',
    });
    expect(env(after, 'master')).toBe(env(project, 'master'));
  });

  it('removes a project variable without redeploying anything', () => {
    const project = defaultProject('pro');
    const { project: after } = succeeded(
      removeVariableFrom(project, { env: null, name: 'ADMIN_EMAIL' }),
    );
    expect(after.variables.ADMIN_EMAIL).toBeUndefined();
    expect(after.environments).toBe(project.environments);
    expect(after.activity.at(-1)?.message).toBe('project variable ADMIN_EMAIL removed');
  });

  it('refuses a name the level does not set, even when it inherits one', () => {
    expect(
      refused(
        removeVariableFrom(defaultProject('starter'), {
          env: 'feature-checkout',
          name: 'ADMIN_URL',
        }),
      ),
    ).toEqual({
      code: 'no-variable',
      message: 'There is no variable named ADMIN_URL set on feature-checkout.',
    });
    expect(
      refused(removeVariableFrom(defaultProject('starter'), { env: null, name: 'NOPE' })).code,
    ).toBe('no-variable');
  });
});
