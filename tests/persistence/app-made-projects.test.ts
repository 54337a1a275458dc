import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importConfig } from '../../src/domain/import/import-config';
import { OPERATIONS } from '../../src/domain/operations/all-operations';
import { tableKeys } from '../../src/domain/table';
import { PLAN_IDS, type PlanId, type Project } from '../../src/domain/types';
import { projectFileText, readProjectFile } from '../../src/persistence/project-file';
import { FIXTURE_PROJECTS, fixtureFiles } from '../domain/import/fixture-files';
import { imported } from '../domain/import/import-outcome';
import { defaultProject } from '../support/builders';

// A saved state is refused on load when its project breaks a rule, so every project the app
// itself can reach must pass the checks, or a user's own work would be discarded on reload.

type Step = Readonly<{ op: keyof typeof OPERATIONS; pick: number; name: string }>;

const step = fc.record<Step>({
  op: fc.constantFrom(
    'branch',
    'merge',
    'sync',
    'activate',
    'deactivate',
    'deleteBranch',
    'redeploy',
    'snapshot',
  ),
  pick: fc.nat({ max: 12 }),
  name: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
});

function perform(project: Project, s: Step): Project {
  const ids = tableKeys(project.environments).sort();
  const env = ids[s.pick % ids.length] ?? 'master';
  const args =
    s.op === 'branch'
      ? { parent: env, name: s.name }
      : s.op === 'sync'
        ? { env, code: true, data: s.pick % 2 === 0 }
        : { env };
  const result = OPERATIONS[s.op].perform(project, args as never);
  return 'project' in result ? result.project : project;
}

describe('projects the app makes are accepted back', () => {
  it('after any sequence of operations, export then import gives the same project', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<PlanId>(...PLAN_IDS),
        fc.array(step, { maxLength: 30 }),
        (plan, steps) => {
          const project = steps.reduce(perform, defaultProject(plan));
          expect(readProjectFile(projectFileText(project))).toEqual({ project });
        },
      ),
      { numRuns: 150 },
    );
    // Under a second alone; several beside other workers on a busy machine.
  }, 20_000);

  it.each(FIXTURE_PROJECTS)('accepts the project imported from %s', (name) => {
    for (const plan of PLAN_IDS) {
      const { project } = imported(importConfig(plan, fixtureFiles(name)));
      expect(readProjectFile(projectFileText(project))).toEqual({ project });
    }
  });
});
