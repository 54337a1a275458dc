import { describe, expect, it } from 'vitest';
import {
  branchEnvironment,
  branchFromRefusal,
  pushNewBranch,
} from '../../../src/domain/operations/branch-environment';
import { tableGet, tableValues } from '../../../src/domain/table';
import { defaultProject, env } from '../../support/builders';
import { refused, started, succeeded } from '../builders';

describe('branch', () => {
  it('creates an active child with the parent’s code, a copy of its data and no own variables', () => {
    const project = defaultProject('starter');
    const queued = started(
      branchEnvironment(project, { parent: 'staging', name: 'feature-search' }),
    );
    const head = env(project, 'staging').head;
    // At once: the branch exists, with nothing deployed yet and its first deploy queued.
    expect(env(queued.project, 'feature-search')).toEqual({
      id: 'feature-search',
      title: 'feature-search',
      parentId: 'staging',
      role: 'integration',
      status: 'active',
      head,
      deployment: null,
      dataOrigin: { from: 'staging', at: 1 },
      variables: {},
      deployState: { kind: 'pending', label: 'pending: branched from staging', at: 1 },
      failNext: null,
    });
    expect(queued.message).toMatch(/^Branched feature-search from staging/);
    expect(queued.project.clock).toBe(1);
    expect(queued.project.activity).toMatchObject([
      {
        id: 1,
        at: 1,
        type: 'branch',
        environment: 'feature-search',
        state: 'pending',
        result: null,
        message: 'branched from staging',
      },
    ]);
    // Once deployed: staging's build of the same tree is reused.
    const after = succeeded(
      branchEnvironment(project, { parent: 'staging', name: 'feature-search' }),
    );
    expect(env(after.project, 'feature-search')).toMatchObject({
      deployment: { commit: head, applied: head, maintenance: false },
      deployState: { kind: 'deployed', label: 'deployed: branched from staging' },
    });
    expect(after.project.activity.at(-1)?.deploy?.log.map((l) => l.text)).toContain(
      '  Slug already built for this tree id, skipping',
    );
  });

  it('uses the given title', () => {
    const { project } = succeeded(
      branchEnvironment(defaultProject('starter'), {
        parent: 'staging',
        name: 'x',
        title: 'Search',
      }),
    );
    expect(env(project, 'x').title).toBe('Search');
  });

  it('lowercases the name and turns spaces into dashes', () => {
    const { project } = succeeded(
      branchEnvironment(defaultProject('starter'), { parent: 'staging', name: '  New  Search ' }),
    );
    expect(tableGet(project.environments, 'new-search')).toBeDefined();
  });

  it.each(['{', '}', '(', ')', '*', '<', '>', '&', '%'])('refuses a name containing %s', (char) => {
    const error = refused(
      branchEnvironment(defaultProject('starter'), { parent: 'staging', name: `bad${char}name` }),
    );
    expect(error.code).toBe('name-invalid');
    expect(error.message).toBe(
      `"bad${char}name" cannot be a branch name: ${char} is reserved for your Linux shell; remove it.`,
    );
  });

  it.each(['', '   ', 'a..b', '-start', 'end.', 'x.lock', 'what?'])(
    'refuses the name %j that Git or the platform would not take',
    (name) => {
      const error = refused(
        branchEnvironment(defaultProject('starter'), { parent: 'staging', name }),
      );
      expect(error.code).toBe('name-invalid');
    },
  );

  it('refuses a name that is taken, after normalising it', () => {
    const error = refused(
      branchEnvironment(defaultProject('starter'), { parent: 'staging', name: 'Feature Checkout' }),
    );
    expect(error).toEqual({
      code: 'name-taken',
      message: 'An environment named feature-checkout already exists: choose another name.',
    });
  });

  it('refuses an inactive parent', () => {
    const error = refused(
      branchEnvironment(defaultProject('starter'), { parent: 'feature-old-theme', name: 'x' }),
    );
    expect(error.code).toBe('parent-inactive');
    expect(error.message).toMatch(/^feature-old-theme is inactive: activate it first/);
  });

  it('refuses a parent that does not exist', () => {
    expect(
      refused(branchEnvironment(defaultProject('pro'), { parent: 'nope', name: 'x' })).code,
    ).toBe('not-found');
  });

  it('refuses to branch from master on Pro', () => {
    expect(
      refused(branchEnvironment(defaultProject('pro'), { parent: 'master', name: 'x' })),
    ).toEqual({
      code: 'branch-forbidden',
      message:
        'Pro: branch from integration, not master (Magento Commerce Cloud 2.1: Pro architecture).',
    });
  });

  it.each(['production', 'staging'])(
    'refuses to branch from %s on Pro, in the console’s words',
    (parent) => {
      expect(refused(branchEnvironment(defaultProject('pro'), { parent, name: 'x' }))).toEqual({
        code: 'branch-forbidden',
        message:
          'You cannot create branches from Pro Staging and Production environments. Branch from integration instead (Magento Commerce Cloud 2.1: Pro architecture).',
      });
    },
  );

  it('branches development environments from integration and below on Pro', () => {
    const first = succeeded(
      branchEnvironment(defaultProject('pro'), { parent: 'integration', name: 'a' }),
    ).project;
    const second = succeeded(
      branchEnvironment(first, { parent: 'feature-checkout', name: 'b' }),
    ).project;
    expect(env(second, 'a').role).toBe('development');
    expect(env(second, 'b')).toMatchObject({ role: 'development', parentId: 'feature-checkout' });
  });

  it('branches from master and staging on Starter', () => {
    const fromMaster = succeeded(
      branchEnvironment(defaultProject('starter'), { parent: 'master', name: 'hotfix' }),
    ).project;
    expect(env(fromMaster, 'hotfix')).toMatchObject({ role: 'integration', parentId: 'master' });
  });

  it('refuses a fifth active environment on Starter, master included', () => {
    const four = succeeded(
      branchEnvironment(defaultProject('starter'), { parent: 'staging', name: 'a' }),
    ).project;
    expect(refused(branchEnvironment(four, { parent: 'staging', name: 'b' }))).toEqual({
      code: 'active-limit',
      message:
        'Branching b would make 5 active environments, master included; Starter allows 4 (Magento Commerce Cloud 2.1: Cloud plans). Deactivate one first, or push the branch instead: a pushed branch stays inactive.',
    });
  });

  it('counts only the Integration group toward the Pro limit of 5', () => {
    let project = defaultProject('pro');
    for (const name of ['a', 'b', 'c']) {
      project = succeeded(branchEnvironment(project, { parent: 'integration', name })).project;
    }
    // master, production and staging are active too: 8 in all.
    expect(tableValues(project.environments).filter((e) => e.status === 'active')).toHaveLength(8);
    const error = refused(branchEnvironment(project, { parent: 'integration', name: 'd' }));
    expect(error.code).toBe('active-limit');
    expect(error.message).toBe(
      'Branching d would make 6 active in the Integration group (integration and its branches); Pro allows 5 (Magento Commerce Cloud 2.1: Pro architecture). Deactivate one first, or push the branch instead: a pushed branch stays inactive.',
    );
  });
});

describe('branch names that are also object keys', () => {
  it('branches and looks up an environment called "constructor"', () => {
    const { project } = succeeded(
      branchEnvironment(defaultProject('starter'), { parent: 'staging', name: 'constructor' }),
    );
    expect(env(project, 'constructor').parentId).toBe('staging');
    expect(refused(branchEnvironment(project, { parent: 'toString', name: 'x' })).code).toBe(
      'not-found',
    );
  });
});

describe('branchFromRefusal (whether any branch can be made)', () => {
  it('is null where branching is allowed', () => {
    expect(branchFromRefusal(defaultProject('starter'), 'staging')).toBeNull();
    expect(branchFromRefusal(defaultProject('pro'), 'integration')).toBeNull();
  });

  it('gives the plan rule on Pro staging', () => {
    expect(branchFromRefusal(defaultProject('pro'), 'staging')?.error).toEqual({
      code: 'branch-forbidden',
      message:
        'You cannot create branches from Pro Staging and Production environments. Branch from integration instead (Magento Commerce Cloud 2.1: Pro architecture).',
    });
  });

  it('gives the active limit without naming a branch nobody asked for', () => {
    const full = succeeded(
      branchEnvironment(defaultProject('starter'), { parent: 'staging', name: 'x' }),
    ).project;
    const refusal = branchFromRefusal(full, 'staging');
    expect(refusal?.error.code).toBe('active-limit');
    expect(refusal?.error.message).toMatch(
      /^A new branch of staging would make 5 active environments/,
    );
  });

  it('gives the inactive parent', () => {
    expect(branchFromRefusal(defaultProject('starter'), 'feature-old-theme')?.error.code).toBe(
      'parent-inactive',
    );
  });
});

describe('push a new branch', () => {
  it('creates it inactive, with the parent’s code, nothing deployed and no data', () => {
    const project = defaultProject('starter');
    const { project: after, message } = succeeded(
      pushNewBranch(project, { parent: 'staging', name: 'Pushed Work' }),
    );
    expect(env(after, 'pushed-work')).toMatchObject({
      parentId: 'staging',
      role: 'integration',
      status: 'inactive',
      head: env(project, 'staging').head,
      deployment: null,
      dataOrigin: null,
    });
    expect(after.activity.at(-1)).toMatchObject({ type: 'push', result: 'success', deploy: null });
    expect(message).toMatch(/inactive, with nothing deployed and no data/);
  });

  it('is allowed at the active limit, where Branch is refused', () => {
    const full = succeeded(
      branchEnvironment(defaultProject('starter'), { parent: 'staging', name: 'x' }),
    ).project;
    expect(refused(branchEnvironment(full, { parent: 'staging', name: 'y' })).code).toBe(
      'active-limit',
    );
    expect(
      env(succeeded(pushNewBranch(full, { parent: 'staging', name: 'y' })).project, 'y').status,
    ).toBe('inactive');
  });

  it('refuses a taken or invalid name, a missing parent, and Pro staging as parent', () => {
    const project = defaultProject('pro');
    expect(refused(pushNewBranch(project, { parent: 'integration', name: 'staging' })).code).toBe(
      'name-taken',
    );
    expect(refused(pushNewBranch(project, { parent: 'integration', name: 'a..b' })).code).toBe(
      'name-invalid',
    );
    expect(refused(pushNewBranch(project, { parent: 'nope', name: 'x' })).code).toBe('not-found');
    expect(refused(pushNewBranch(project, { parent: 'staging', name: 'x' })).code).toBe(
      'branch-forbidden',
    );
  });
});

describe('branch without data', () => {
  it('starts with empty data of its own', () => {
    const after = succeeded(
      branchEnvironment(defaultProject('starter'), {
        parent: 'staging',
        name: 'empty',
        withoutData: true,
      }),
    ).project;
    expect(env(after, 'empty')).toMatchObject({ status: 'active', dataOrigin: { from: null } });
    expect(after.activity.at(-1)?.message).toBe('branched from staging, without data');
  });
});
