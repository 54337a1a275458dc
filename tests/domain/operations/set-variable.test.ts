import { describe, expect, it } from 'vitest';
import { setVariableOn } from '../../../src/domain/operations/variables';
import { variable } from '../../../src/domain/variable';
import { defaultProject, env } from '../../support/builders';
import { refused, succeeded } from '../builders';

describe('setVariable', () => {
  it('adds an environment variable and redeploys that environment only', () => {
    const project = defaultProject('starter');
    const added = variable('env:FEATURE_FLAG', 'on');
    const { project: after, message } = succeeded(
      setVariableOn(project, { env: 'staging', variable: added }),
    );
    expect(env(after, 'staging').variables['env:FEATURE_FLAG']).toEqual(added);
    expect(env(after, 'staging').deployState).toMatchObject({
      kind: 'deployed',
      label: 'deployed: variable env:FEATURE_FLAG added',
    });
    expect(env(after, 'feature-checkout')).toBe(env(project, 'feature-checkout'));
    expect(env(after, 'master')).toBe(env(project, 'master'));
    expect(message).toBe(
      'On staging: variable env:FEATURE_FLAG added. staging redeploys, with a new build; its child environments keep the value they were deployed with until they redeploy.',
    );
    expect(after.activity.at(-1)).toMatchObject({
      type: 'variable',
      environment: 'staging',
      message: 'variable env:FEATURE_FLAG added',
    });
  });

  it('logs a change of an existing variable as changed', () => {
    const { project } = succeeded(
      setVariableOn(defaultProject('pro'), {
        env: 'staging',
        variable: variable('ADMIN_URL', 'qa'),
      }),
    );
    expect(env(project, 'staging').variables.ADMIN_URL?.value).toBe('qa');
    expect(project.activity.at(-1)?.message).toBe('variable ADMIN_URL changed');
  });

  it('sets a project variable without redeploying anything, logged on the root', () => {
    const project = defaultProject('pro');
    const { project: after, message } = succeeded(
      setVariableOn(project, { env: null, variable: variable('ADMIN_LOCALE', 'de_DE') }),
    );
    expect(after.variables.ADMIN_LOCALE?.value).toBe('de_DE');
    expect(after.environments).toBe(project.environments);
    expect(message).toMatch(/^Project variable ADMIN_LOCALE added/);
    expect(after.activity.at(-1)).toMatchObject({
      environment: 'master',
      message: 'project variable ADMIN_LOCALE added',
    });
  });

  it('stores a variable on an inactive environment without deploying it', () => {
    const { project } = succeeded(
      setVariableOn(defaultProject('starter'), {
        env: 'feature-old-theme',
        variable: variable('X', '1'),
      }),
    );
    expect(env(project, 'feature-old-theme')).toMatchObject({
      variables: { X: variable('X', '1') },
      deployState: null,
    });
  });

  it.each(['has space', 'slash/name', '', 'x'.repeat(257)])('refuses the name %j', (name) => {
    expect(
      refused(
        setVariableOn(defaultProject('starter'), { env: 'staging', variable: variable(name, '1') }),
      ).code,
    ).toBe('name-invalid');
  });

  it('refuses a JSON-flagged value that is not JSON', () => {
    const error = refused(
      setVariableOn(defaultProject('starter'), {
        env: null,
        variable: variable('env:AUTH', '{oops', { json: true }),
      }),
    );
    expect(error.code).toBe('value-invalid');
  });

  it('refuses a variable that already has this value and these flags', () => {
    const project = defaultProject('starter');
    const same = env(project, 'staging').variables.ADMIN_URL;
    if (!same) throw new Error('default project lost staging ADMIN_URL');
    expect(refused(setVariableOn(project, { env: 'staging', variable: same })).code).toBe(
      'no-change',
    );
  });

  it('refuses an environment that does not exist', () => {
    expect(
      refused(
        setVariableOn(defaultProject('starter'), { env: 'nope', variable: variable('X', '1') }),
      ).code,
    ).toBe('not-found');
  });
});
