import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import { branchEnvironment } from '../../src/domain/operations/branch-environment';
import type { ProjectRecord } from '../../src/domain/project-record';
import { tableWith } from '../../src/domain/table';
import type { Project } from '../../src/domain/types';
import {
  FILE_SCHEMA,
  projectFileName,
  projectFileText,
  readProjectFile,
} from '../../src/persistence/project-file';
import type { projectSchema } from '../../src/persistence/project-schema';
import { defaultProject, env, withEnvironment } from '../support/builders';

/** An export of `project` with the value at `path` replaced (undefined: removed), as by hand. */
function editedExport(project: Project, path: readonly string[], value: unknown): string {
  const file = JSON.parse(projectFileText(project));
  const key = path.at(-1) ?? '';
  const parent = path.slice(0, -1).reduce((node, step) => node[step], file);
  parent[key] = value;
  return JSON.stringify(file);
}

function errorOf(json: string) {
  const read = readProjectFile(json);
  expect(read).not.toHaveProperty('project');
  if (!('error' in read)) throw new Error('expected a refusal');
  return read.error;
}

describe('export then import', () => {
  it.each(['starter', 'pro'] as const)('gives back an equal %s project', (plan) => {
    const project = defaultProject(plan);
    expect(readProjectFile(projectFileText(project))).toEqual({ project });
  });

  it('gives back a project changed by operations, activity included', () => {
    const branched = branchEnvironment(defaultProject('starter'), {
      parent: 'staging',
      name: 'feature-search',
    });
    if ('error' in branched) throw new Error(branched.error.message);
    expect(readProjectFile(projectFileText(branched.project))).toEqual({
      project: branched.project,
    });
  });

  it('names the file after the project id and stamps schema and time', () => {
    const project = defaultProject('pro');
    const at = new Date('2025-03-04T05:06:07.000Z');
    expect(projectFileName(project)).toBe('uvwxyz3pro.json');
    expect(JSON.parse(projectFileText(project, at))).toMatchObject({
      schema: FILE_SCHEMA,
      exportedAt: '2025-03-04T05:06:07.000Z',
      project: { id: 'uvwxyz3pro' },
    });
  });

  it('keeps the schema in step with the Project type', () => {
    // The schema's output is mutable where ProjectRecord is Readonly; the fields must be the same.
    type Mutable<T> = T extends readonly (infer U)[]
      ? Mutable<U>[]
      : T extends object
        ? { -readonly [K in keyof T]: Mutable<T[K]> }
        : T;
    expectTypeOf<Mutable<z.output<typeof projectSchema>>>().toEqualTypeOf<Mutable<ProjectRecord>>();
  });
});

describe('importing a hand-edited file', () => {
  const starter = defaultProject('starter');

  it('refuses a wrong type and names its path', () => {
    const json = editedExport(starter, ['project', 'environments', 'staging', 'parentId'], 5);
    expect(errorOf(json).message).toContain(
      'project.environments.staging.parentId: expected a string or null, found the number 5',
    );
  });

  it('refuses a cycle of parents and names where it is', () => {
    const cyclic = withEnvironment(
      withEnvironment(starter, 'master', { parentId: 'feature-checkout' }),
      'staging',
      { parentId: 'feature-checkout' },
    );
    const looped = withEnvironment(cyclic, 'feature-checkout', { parentId: 'staging' });
    const error = errorOf(projectFileText(looped));
    expect(error.code).toBe('invalid-project');
    expect(error.message).toContain(
      'project.environments.feature-checkout.parentId: parents form a cycle: feature-checkout → staging → feature-checkout',
    );
  });

  it('refuses a commit that is its own parent, naming it', () => {
    const head = env(starter, 'staging').head;
    const json = editedExport(starter, ['project', 'commits', head, 'parents'], [head]);
    expect(errorOf(json).message).toContain(
      `project.commits.${head}.parents[0]: a commit cannot be its own parent`,
    );
  });

  describe('keeps the name rules of the forms', () => {
    /** An export with the inactive leaf `feature-old-theme` stored under (and named) `id`. */
    function withLeafId(id: string): string {
      const file = JSON.parse(projectFileText(starter));
      const leaf = file.project.environments['feature-old-theme'];
      delete file.project.environments['feature-old-theme'];
      file.project.environments[id] = { ...leaf, id };
      return JSON.stringify(file);
    }

    it.each([
      ['a|b', 'use only lowercase letters, digits, - _ and . (not |)'],
      ['a]b', 'use only lowercase letters, digits, - _ and . (not ])'],
      ['<b>x', '< > are reserved for your Linux shell'],
      ['Feature X', 'it would be "feature-x"'],
      ['release..1', 'Git refuses ".." in a branch name'],
    ])('refuses the branch id %j, saying why', (id, why) => {
      expect(errorOf(withLeafId(id)).message).toContain(
        `project.environments[${JSON.stringify(id)}].id: "${id}" cannot be a branch name`,
      );
      expect(errorOf(withLeafId(id)).message).toContain(why);
    });

    it('refuses a title of two lines, a variable name with a space, a project id and region that cannot stand in a host', () => {
      let json = editedExport(starter, ['project', 'environments', 'staging', 'title'], 'a\nb');
      expect(errorOf(json).message).toContain(
        'project.environments.staging.title: a title is one line, with no control characters',
      );
      const file = JSON.parse(projectFileText(starter));
      file.project.variables['BAD NAME'] = {
        ...file.project.variables.ADMIN_EMAIL,
        name: 'BAD NAME',
      };
      expect(errorOf(JSON.stringify(file)).message).toContain(
        'project.variables["BAD NAME"].name: "BAD NAME" cannot be a variable name',
      );
      json = editedExport(starter, ['project', 'id'], 'x/../y');
      expect(errorOf(json).message).toContain('project.id: "x/../y" cannot be a project id');
      json = editedExport(starter, ['project', 'region'], 'us.evil.example');
      expect(errorOf(json).message).toContain(
        'project.region: "us.evil.example" cannot be a region',
      );
    });
  });

  describe('a deep chain of inactive branches, each the parent of the next', () => {
    /** `starter` with `depth` inactive branches hanging one under the other from staging. */
    function chain(depth: number): Project {
      const base = env(starter, 'feature-old-theme');
      let environments = starter.environments;
      for (let i = 0; i < depth; i++) {
        const parentId = i === 0 ? 'staging' : `deep-${i - 1}`;
        environments = tableWith(environments, {
          ...base,
          id: `deep-${i}`,
          title: `deep ${i}`,
          parentId,
        });
      }
      return { ...starter, environments };
    }

    it('opens whole at 3000 deep', () => {
      const read = readProjectFile(projectFileText(chain(3000)));
      expect('project' in read && env(read.project, 'deep-2999').parentId).toBe('deep-2998');
    });

    it('finds a cycle at its far end once, at its smallest id', () => {
      const looped = withEnvironment(chain(3000), 'deep-2000', { parentId: 'deep-2999' });
      const error = errorOf(projectFileText(looped));
      const cycles = error.message.split('\n').filter((line) => line.includes('cycle'));
      expect(cycles).toHaveLength(1);
      expect(cycles[0]).toMatch(
        /environments\.deep-2000\.parentId: parents form a cycle: deep-2000 → deep-2999 → deep-2998 → .* → deep-2001 → deep-2000\.$/,
      );
    });
  });

  it.each([
    [
      'a parent that does not exist',
      'feature-checkout',
      { parentId: 'nowhere' },
      'project.environments.feature-checkout.parentId: parent "nowhere" is not an environment of this project',
    ],
    [
      'a second root',
      'staging',
      { parentId: null },
      'project.environments: exactly one root environment is allowed (parentId null), found 2: master, staging',
    ],
    [
      'a head that is not among the commits',
      'staging',
      { head: 'deadbeef' },
      'project.environments.staging.head: commit "deadbeef" is not among the project\'s commits',
    ],
    [
      'a role the plan does not have',
      'master',
      { role: 'global-master' },
      'project.environments.master.role: "global-master" is not a role of the Starter plan',
    ],
  ] as const)('refuses %s and names where', (_, id, patch, expected) => {
    const edited = withEnvironment(starter, id, patch);
    expect(errorOf(projectFileText(edited)).message).toContain(expected);
  });

  it('refuses an unknown plan', () => {
    const json = editedExport(starter, ['project', 'plan'], 'enterprise');
    expect(errorOf(json).message).toContain(
      'project.plan: expected "starter", "pro" or "pro-legacy", found the text "enterprise"',
    );
  });

  it('refuses more active environments than the plan allows', () => {
    const busy = withEnvironment(starter, 'feature-old-theme', { status: 'active' });
    const extra: Project = {
      ...busy,
      environments: tableWith(busy.environments, {
        ...env(busy, 'feature-old-theme'),
        id: 'extra',
      }),
    };
    expect(errorOf(projectFileText(extra)).message).toContain(
      'project.environments: 5 active environments, master included, but the Starter plan allows 4',
    );
  });

  it('says a missing field is missing', () => {
    const json = editedExport(starter, ['project', 'commits'], undefined);
    expect(errorOf(json).message).toContain('project.commits: missing');
  });

  it('refuses text that is not JSON', () => {
    expect(errorOf('{"schema": 1, "project": ').code).toBe('not-json');
  });

  it('refuses JSON that is not an export', () => {
    const error = errorOf('{"name": "my-shop", "version": "1.0.0"}');
    expect(error.code).toBe('not-ours');
    expect(error.message).toContain('schema: missing');
  });

  it('refuses a file from a newer version', () => {
    const json = editedExport(starter, ['schema'], FILE_SCHEMA + 1);
    expect(errorOf(json)).toMatchObject({ code: 'future-schema' });
  });
});
