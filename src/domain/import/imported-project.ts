import { readApp } from '../config/read-config';
import { makeCommit, treeIdOf } from '../git/commit-graph';
import { copiesParentData, planRules } from '../plans';
import { runningAsIs } from '../project-record';
import { tableOf } from '../table';
import type { ConfigFileName, ConfigFiles, Environment, PlanId, Project } from '../types';
import { withRunningVariables } from '../variable';
import type { ImportFile, ImportMessage } from './import-result';

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
 * empty activity log. `base` keeps its id and region; `storageMb` is the project's storage.
 */
export function importedProject(
  plan: PlanId,
  files: ConfigFiles,
  imported: readonly ConfigFileName[],
  base: Project | undefined,
  storageMb: number,
): Project {
  const commit = makeCommit([], `Import ${imported.join(', ')}`, 0, files);
  const { name } = readApp(files['.magento.app.yaml']).app;
  const rules = planRules(plan, base?.edition);
  const roleOf = (id: string | null) => rules.fixedBranches.find((b) => b.id === id)?.role;
  const environments = rules.fixedBranches.map(
    (branch): Environment => ({
      ...branch,
      status: 'active',
      head: commit.id,
      deployment: runningAsIs(commit.id),
      dataOrigin:
        branch.parentId === null
          ? null
          : {
              from: copiesParentData(rules, roleOf(branch.parentId) ?? branch.role, branch.role)
                ? branch.parentId
                : null,
              at: 0,
            },
      variables: {},
      deployState: null,
      failNext: null,
    }),
  );
  return withRunningVariables({
    id: base?.id ?? projectIdOf(name),
    title: `${name} (imported)`,
    plan,
    edition: base?.edition ?? '2.1',
    region: base?.region ?? 'us',
    environments: tableOf(environments),
    commits: tableOf([commit]),
    variables: {},
    activity: [],
    builds: tableOf([{ id: treeIdOf(files), at: 0 }]),
    storageMb,
    configDumped: false,
    snapshots: [],
    clock: 0,
  });
}

/** The application name the explorer gives a project imported without `.magento.app.yaml`. */
export const STAND_IN_APP_NAME = 'mymagento';

const MINIMAL_APP_YAML = `# No .magento.app.yaml was imported: a minimal application, without relationships.
name: ${STAND_IN_APP_NAME}
type: php
`;

/** What the platform serves when a project has no routes.yaml: every request to the app. */
function defaultRoutesYaml(appName: string): string {
  return `"http://{default}/":\n    type: upstream\n    upstream: "${appName}:http"\n`;
}

export type FilledFiles = Readonly<{
  files: ConfigFiles;
  /** One warning per missing file, saying what the project gets in its place. */
  notes: readonly ImportMessage[];
}>;

/**
 * The four files of the imported commit, with a stand-in for each one not imported: a
 * minimal application, no services, the default `http://{default}/` route to the
 * application, an empty env.yaml (ece-tools' defaults). `at` gives the path a missing file
 * would have had; `relationships` are the application's, to say what a missing
 * services.yaml leaves unreached.
 */
export function fillMissingFiles(
  chosen: Readonly<Partial<Record<ConfigFileName, ImportFile>>>,
  at: (name: ConfigFileName) => string,
  appName: string,
  relationships: readonly string[],
): FilledFiles {
  const notes: ImportMessage[] = [];
  const standIn = (name: ConfigFileName, text: string, message: string): string => {
    const given = chosen[name];
    if (given) return given.text;
    notes.push({ file: at(name), line: null, path: null, message: `no ${name}: ${message}` });
    return text;
  };
  const unreached =
    relationships.length > 0 ? `, so relationships ${relationships.join(', ')} reach nothing` : '';
  const files: ConfigFiles = {
    '.magento.app.yaml': standIn(
      '.magento.app.yaml',
      MINIMAL_APP_YAML,
      `the project gets a minimal application "${STAND_IN_APP_NAME}" without relationships, so no service is reachable`,
    ),
    '.magento/services.yaml': standIn(
      '.magento/services.yaml',
      '',
      `the project has no services${unreached}`,
    ),
    '.magento/routes.yaml': standIn(
      '.magento/routes.yaml',
      defaultRoutesYaml(appName),
      `the project gets the default route "http://{default}/" to ${appName}:http`,
    ),
    '.magento.env.yaml': standIn(
      '.magento.env.yaml',
      '',
      'ece-tools deploys with its default settings',
    ),
  };
  return { files, notes };
}
