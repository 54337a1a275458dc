import { makeCommit } from '../commit';
import { readApp } from '../config/read-app';
import { planRules } from '../plans';
import { tableOf } from '../table';
import type { ConfigFileName, ConfigFiles, Environment, PlanId, Project } from '../types';

/** A host-name-safe id from the application's name (`My Shop` → `my-shop`). */
function projectIdOf(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 30);
  return slug === '' ? 'imported' : slug;
}

/**
 * A project of the plan built from imported config files: the plan's fixed branches, all
 * active at one commit holding the files, no other branches, no environment or project
 * variables (application variables come from `.magento.app.yaml` itself), clock 0 and an
 * empty activity log. `base` keeps its id and region.
 */
export function importedProject(
  plan: PlanId,
  files: ConfigFiles,
  imported: readonly ConfigFileName[],
  base?: Project,
): Project {
  const commit = makeCommit([], `Import ${imported.join(', ')}`, 0, files);
  const { name } = readApp(files['.magento.app.yaml']).app;
  const environments = planRules(plan).fixedBranches.map(
    (branch): Environment => ({
      ...branch,
      status: 'active',
      head: commit.id,
      deployed: commit.id,
      dataOrigin: branch.parentId === null ? null : { from: branch.parentId, at: 0 },
      variables: {},
      deployState: null,
    }),
  );
  return {
    id: base?.id ?? projectIdOf(name),
    title: `${name} (imported)`,
    plan,
    region: base?.region ?? 'us',
    environments: tableOf(environments),
    commits: tableOf([commit]),
    variables: {},
    activity: [],
    clock: 0,
  };
}
