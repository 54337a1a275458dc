import { describe, expect, it } from 'vitest';
import { mergeHeads } from '../../../src/domain/git/merge';
import { defaultProject, env } from '../../support/builders';
import { commitSetting, fileOn } from '../builders';

const sides = { ours: 'staging', theirs: 'feature-checkout' };

describe('mergeHeads', () => {
  const project = defaultProject('starter');
  const staging = env(project, 'staging').head;
  const checkout = env(project, 'feature-checkout').head;

  it('fast-forwards when ours is behind theirs', () => {
    expect(mergeHeads(project.commits, staging, checkout, sides)).toEqual({
      kind: 'fast-forward',
      head: checkout,
    });
  });

  it('has nothing to do when ours already holds theirs', () => {
    expect(mergeHeads(project.commits, checkout, staging, sides)).toEqual({ kind: 'up-to-date' });
    expect(mergeHeads(project.commits, checkout, checkout, sides)).toEqual({ kind: 'up-to-date' });
  });

  it('merges the files against the merge base when both moved on', () => {
    const moved = commitSetting(
      project,
      'staging',
      '.magento/services.yaml',
      ['redis', 'type'],
      'redis:3.2',
    );
    const result = mergeHeads(moved.commits, env(moved, 'staging').head, checkout, sides);
    expect(result.kind).toBe('merge');
    const services = result.kind === 'merge' ? result.files['.magento/services.yaml'] : '';
    expect(services).toContain('redis:3.2');
    expect(services).toContain('rabbitmq:3.5');
    expect(result.kind === 'merge' && result.files['.magento.app.yaml']).toBe(
      fileOn(project, 'feature-checkout', '.magento.app.yaml'),
    );
  });

  it('reports conflicts when both changed a setting differently', () => {
    const moved = commitSetting(project, 'staging', '.magento/services.yaml', ['rabbitmq'], {
      type: 'rabbitmq:3.7',
    });
    const result = mergeHeads(moved.commits, env(moved, 'staging').head, checkout, sides);
    expect(result.kind === 'conflict' && result.conflicts.map((c) => c.label)).toEqual([
      '.magento/services.yaml: rabbitmq',
    ]);
  });
});
