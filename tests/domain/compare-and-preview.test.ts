import { describe, expect, it } from 'vitest';
import { compareEnvironments, previewMerge } from '../../src/domain/compare-and-preview';
import { mergeEnvironment } from '../../src/domain/operations/merge-environment';
import { tableGet } from '../../src/domain/table';
import { defaultProject, withVariable } from '../support/builders';

describe('compareEnvironments', () => {
  const starter = defaultProject('starter');

  it('marks the service only one side has', () => {
    const { services } = compareEnvironments(starter, 'staging', 'feature-checkout');
    expect(services.find((r) => r.name === 'rabbitmq')).toEqual({
      name: 'rabbitmq',
      left: null,
      right: 'rabbitmq:3.5, 512 MB',
      differs: true,
    });
    expect(services.find((r) => r.name === 'mysql')?.differs).toBe(false);
  });

  it('compares effective variable values, not where they come from', () => {
    const { variables } = compareEnvironments(starter, 'staging', 'feature-checkout');
    const adminUrl = variables.find((r) => r.name === 'ADMIN_URL');
    expect(adminUrl).toMatchObject({ differs: false, left: 'admin_staging · environment' });
    expect(adminUrl?.right).toBe('admin_staging · inherited from staging');
    const onMaster = compareEnvironments(starter, 'master', 'staging').variables;
    expect(onMaster.find((r) => r.name === 'ADMIN_URL')?.differs).toBe(true);
    expect(
      onMaster.find((r) => r.name === 'CONFIG__DEFAULT__PAYMENT__BRAINTREE__ENVIRONMENT'),
    ).toMatchObject({
      right: null,
      differs: true,
    });
  });

  it('never shows a sensitive value', () => {
    const project = withVariable(starter, 'staging', 'ADMIN_PASSWORD', 'Stage-Secret-1', {
      sensitive: true,
    });
    const text = JSON.stringify(compareEnvironments(project, 'master', 'staging'));
    expect(text).not.toContain('Stage-Secret-1');
    expect(text).not.toContain('Live-Adm1n-Secret!');
  });
});

describe('previewMerge', () => {
  it('lists the settings a merge would change in the parent, without merging', () => {
    const starter = defaultProject('starter');
    const preview = previewMerge(starter, 'feature-checkout');
    expect(preview).toMatchObject({
      ok: true,
      parent: 'staging',
      fastForward: true,
      pendingTicket: false,
    });
    if (!preview.ok) throw new Error('refused');
    expect(preview.changes.map((c) => `${c.kind} ${c.file}: ${c.setting}`)).toEqual([
      'added .magento.app.yaml: relationships.rabbitmq',
      'added .magento/services.yaml: rabbitmq',
    ]);
    expect(tableGet(starter.environments, 'staging')?.head).toBe(
      tableGet(defaultProject('starter').environments, 'staging')?.head,
    );
  });

  it('says a Pro staging change would wait for a support ticket', () => {
    const pro = defaultProject('pro');
    expect(previewMerge(pro, 'feature-checkout')).toMatchObject({ ok: true, pendingTicket: false });
    const merged = mergeEnvironment(pro, { env: 'feature-checkout' });
    if ('error' in merged) throw new Error(merged.error.message);
    expect(previewMerge(merged.project, 'integration')).toMatchObject({
      ok: true,
      parent: 'staging',
      pendingTicket: true,
    });
  });

  it('gives the refusal when the merge would be refused', () => {
    const preview = previewMerge(defaultProject('starter'), 'feature-old-theme');
    expect(preview).toMatchObject({ ok: false, error: { code: 'inactive' } });
  });
});
