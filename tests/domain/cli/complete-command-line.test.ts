import { describe, expect, it } from 'vitest';
import { completeCommandLine } from '../../../src/domain/cli/complete-command-line';
import { createDefaultProject } from '../../../src/domain/defaults/default-project';
import type { Project } from '../../../src/domain/types';

const starter = createDefaultProject('starter', '2.1');
const complete = (line: string, project: Project = starter) => completeCommandLine(line, project);

describe('completeCommandLine', () => {
  it('offers the prefix, git and command names for the first word', () => {
    const { from, candidates } = complete('');
    expect(from).toBe(0);
    expect(candidates.slice(0, 2)).toEqual(['magento-cloud', 'git']);
    expect(candidates).toContain('environment:merge');
    expect(complete('ma')).toEqual({ from: 0, candidates: ['magento-cloud'] });
  });

  it('completes command names after the prefix, by part as the CLI abbreviates them', () => {
    expect(complete('magento-cloud env:br')).toEqual({
      from: 14,
      candidates: ['environment:branch'],
    });
    expect(complete('magento-cloud snapshot:').candidates).toEqual([
      'snapshot:create',
      'snapshot:list',
      'snapshot:restore',
    ]);
  });

  it("offers the command's options", () => {
    expect(complete('merge --e')).toEqual({ from: 6, candidates: ['--environment'] });
    expect(complete('branch x --')).toMatchObject({
      candidates: expect.arrayContaining(['--title', '--no-clone-parent']),
    });
  });

  it('offers environment ids after -e and where the environment argument goes', () => {
    expect(complete('merge -e fe')).toEqual({
      from: 9,
      candidates: ['feature-checkout', 'feature-old-theme'],
    });
    expect(complete('magento-cloud merge --environment=st')).toEqual({
      from: 34,
      candidates: ['staging'],
    });
    expect(complete('environment:activate ').candidates).toEqual([
      'master',
      'staging',
      'feature-checkout',
      'feature-old-theme',
    ]);
    expect(complete('branch feature-x m')).toEqual({ from: 17, candidates: ['master'] });
    expect(complete('environment:info -e feature-checkout parent ').candidates).toContain('master');
  });

  it('offers what synchronize takes, and the levels', () => {
    expect(complete('sync ')).toEqual({ from: 5, candidates: ['code', 'data', 'both'] });
    expect(complete('sync code d')).toEqual({ from: 10, candidates: ['data'] });
    expect(complete('variable:list --level ')).toEqual({
      from: 22,
      candidates: ['project', 'environment'],
    });
  });

  it("offers the environment's snapshot ids and variable names", () => {
    const project: Project = {
      ...starter,
      snapshots: [
        { id: 'aaa111', environment: 'staging', at: 0, data: null },
        { id: 'bbb222', environment: 'master', at: 0, data: null },
      ],
    };
    expect(complete('snapshot:restore -e staging ', project).candidates).toEqual(['aaa111']);
    expect(complete('variable:delete -e staging ADMIN_').candidates).toEqual([
      'ADMIN_EMAIL',
      'ADMIN_PASSWORD',
      'ADMIN_URL',
    ]);
  });

  it('completes git checkout and push', () => {
    expect(complete('git checkout st')).toEqual({ from: 13, candidates: ['staging'] });
    expect(complete('git checkout staging && git push ma')).toEqual({
      from: 33,
      candidates: ['magento'],
    });
  });

  it('offers nothing where a new name goes', () => {
    expect(complete('branch ').candidates).toEqual([]);
  });
});
