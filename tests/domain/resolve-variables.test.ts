import { describe, expect, it } from 'vitest';
import { resolveVariables, type VariableRow } from '../../src/domain/resolve-variables';
import type { Project } from '../../src/domain/types';
import { defaultProject, withVariable } from '../support/builders';

function rowsNamed(project: Project, envId: string, name: string): VariableRow[] {
  return resolveVariables(project, envId).filter((r) => r.name === name);
}

function only(project: Project, envId: string, name: string, level?: VariableRow['level']) {
  const rows = rowsNamed(project, envId, name).filter((r) => !level || r.level === level);
  expect(rows).toHaveLength(1);
  return rows[0] as VariableRow;
}

describe('resolveVariables', () => {
  const starter = defaultProject('starter');

  it('shows a variable set on the environment itself as its own, without a badge', () => {
    const row = only(starter, 'master', 'ADMIN_URL');
    expect(row).toMatchObject({ level: 'environment', value: 'admin_live', effective: true });
    expect(row.source).toEqual({ kind: 'own' });
    expect(row.badges).toEqual([]);
  });

  it('inherits an environment variable from the nearest ancestor that sets it', () => {
    const row = only(starter, 'feature-checkout', 'ADMIN_URL');
    expect(row.value).toBe('admin_staging');
    expect(row.source).toEqual({ kind: 'inherited', from: 'staging' });
    expect(row.badges).toEqual(['Inherited']);
  });

  it('marks an own value that replaces an inherited one as Overridden', () => {
    const row = only(starter, 'staging', 'ADMIN_URL');
    expect(row.value).toBe('admin_staging');
    expect(row.badges).toEqual(['Overridden']);
  });

  it('keeps a non-inheritable variable on the environment that set it', () => {
    const name = 'CONFIG__DEFAULT__PAYMENT__BRAINTREE__ENVIRONMENT';
    expect(only(starter, 'master', name).value).toBe('production');
    expect(rowsNamed(starter, 'staging', name)).toEqual([]);
    expect(rowsNamed(starter, 'feature-checkout', name)).toEqual([]);
  });

  it('lets a further ancestor show through when the nearer one is not inheritable', () => {
    const project = withVariable(starter, 'staging', 'ADMIN_URL', 'admin_hidden', {
      inheritable: false,
    });
    const row = only(project, 'feature-checkout', 'ADMIN_URL');
    expect(row.value).toBe('admin_live');
    expect(row.source).toEqual({ kind: 'inherited', from: 'master' });
  });

  it('never hands out the value of a sensitive variable, own or inherited', () => {
    expect(only(starter, 'master', 'ADMIN_PASSWORD').value).toBeNull();
    const inherited = only(starter, 'feature-checkout', 'ADMIN_PASSWORD');
    expect(inherited.value).toBeNull();
    expect(inherited.flags?.sensitive).toBe(true);
    expect(only(starter, 'master', 'env:COMPOSER_AUTH').value).toBeNull();
    const everything = JSON.stringify(resolveVariables(starter, 'feature-checkout'));
    expect(everything).not.toContain('Live-Adm1n-Secret!');
    expect(everything).not.toContain('9f8e7d6c');
  });

  it('shows a project variable as effective where no environment sets the name', () => {
    const row = only(starter, 'master', 'ADMIN_EMAIL');
    expect(row).toMatchObject({ level: 'project', value: 'admin@example.com', effective: true });
    expect(row.badges).toEqual([]);
  });

  it('marks a project variable Inactive where an environment variable of that name wins', () => {
    const projectRow = only(starter, 'staging', 'ADMIN_EMAIL', 'project');
    expect(projectRow.badges).toEqual(['Inactive']);
    expect(projectRow.effective).toBe(false);
    const envRow = only(starter, 'staging', 'ADMIN_EMAIL', 'environment');
    expect(envRow.effective).toBe(true);
    // Below staging the environment value is inherited and still beats the project one.
    expect(only(starter, 'feature-checkout', 'ADMIN_EMAIL', 'project').badges).toEqual([
      'Inactive',
    ]);
    expect(only(starter, 'feature-checkout', 'ADMIN_EMAIL', 'environment').badges).toEqual([
      'Inherited',
    ]);
  });

  it('reads application variables from .magento.app.yaml as prefix:name', () => {
    const row = only(starter, 'master', 'php:memory_limit');
    expect(row).toMatchObject({ level: 'application', value: '1G', effective: true, flags: null });
    expect(row.source).toEqual({ kind: 'application' });
  });

  it('marks an application variable Inactive when a project or environment variable names it', () => {
    const viaProject = withVariable(starter, null, 'env:ADMIN_LOCALE', 'fr_FR');
    expect(only(viaProject, 'staging', 'env:ADMIN_LOCALE', 'application').badges).toEqual([
      'Inactive',
    ]);
    const viaEnv = withVariable(starter, 'feature-checkout', 'php:memory_limit', '2G');
    expect(only(viaEnv, 'feature-checkout', 'php:memory_limit', 'application').badges).toEqual([
      'Inactive',
    ]);
    expect(only(viaEnv, 'staging', 'php:memory_limit', 'application').badges).toEqual([]);
  });

  it('orders rows by precedence: environment, then project, then application', () => {
    const levels = resolveVariables(starter, 'staging').map((r) => r.level);
    const firstProject = levels.indexOf('project');
    const firstApp = levels.indexOf('application');
    expect(levels.slice(0, firstProject).every((l) => l === 'environment')).toBe(true);
    expect(levels.slice(firstProject, firstApp).every((l) => l === 'project')).toBe(true);
    expect(levels.slice(firstApp).every((l) => l === 'application')).toBe(true);
  });

  it('resolves the same way on Pro, down the longer tree', () => {
    const pro = defaultProject('pro');
    expect(only(pro, 'integration', 'ADMIN_URL').source).toEqual({
      kind: 'inherited',
      from: 'staging',
    });
    expect(only(pro, 'production', 'ADMIN_URL').source).toEqual({
      kind: 'inherited',
      from: 'master',
    });
  });
});

describe('variables named like members of every JavaScript object', () => {
  it.each(['constructor', 'toString', 'hasOwnProperty'])(
    'resolves %s like any other name, inherited and pending its redeploy',
    (name) => {
      const project = withVariable(defaultProject('starter'), 'staging', name, 'x');
      const own = resolveVariables(project, 'staging').filter((r) => r.name === name);
      expect(own).toMatchObject([{ level: 'environment', value: 'x' }]);
      const below = resolveVariables(project, 'feature-checkout').filter((r) => r.name === name);
      expect(below).toMatchObject([{ level: 'environment', value: 'x', badges: ['Inherited'] }]);
    },
  );
});
