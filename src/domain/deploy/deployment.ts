import { type CommitConfig, readCommitConfig, readConfigFiles } from '../config/read-config';
import { diffSettings, type SettingChange } from '../config/settings';
import { runningConfigs } from '../derived-indexes';
import { filesAt } from '../git/commit-graph';
import { takeSettings } from '../git/merge';
import { roleRulesOf } from '../plans';
import { tableGet } from '../table';
import type { CommitId, ConfigFiles, Environment, Project } from '../types';

/**
 * What runs in an environment, as opposed to what its branch holds: the code and settings
 * of its last deploy (DOMAIN.md §3, §7), with the settings a support ticket has not yet
 * applied still as they were.
 */

/** The commit whose code runs (its head while nothing has been deployed yet). */
export function deployedCommit(env: Environment): CommitId {
  return env.deployment?.commit ?? env.head;
}

/** The plan's ticket scope for this environment: the settings that wait for a ticket. */
export function ticketScopeOf(project: Project, env: Environment) {
  return roleRulesOf(project, env.role).ticketScope;
}

/**
 * The config files as they run: the deployed commit's, with the ticket-scoped settings of
 * the commit a ticket last applied. The head's files where nothing is deployed.
 */
export function runningFiles(project: Project, env: Environment): ConfigFiles {
  const { deployment } = env;
  if (!deployment) return filesAt(project.commits, env.head);
  const code = filesAt(project.commits, deployment.commit);
  if (deployment.applied === deployment.commit) return code;
  return takeSettings(
    code,
    filesAt(project.commits, deployment.applied),
    ticketScopeOf(project, env),
  );
}

/**
 * Whether a deploy of `files` on `env` would leave some of their changes waiting for a
 * support ticket (the ticket-scoped settings differ from those applied there).
 */
export function wouldWaitForTicket(
  project: Project,
  env: Environment,
  files: ConfigFiles,
): boolean {
  const scope = ticketScopeOf(project, env);
  if (scope.length === 0 || !env.deployment) return false;
  const held = takeSettings(files, filesAt(project.commits, env.deployment.applied), scope);
  return scope.some(({ file }) => held[file] !== files[file]);
}

/** The sentence for a change that will wait for a ticket on `env`, or ''. */
export function ticketNote(project: Project, env: Environment, files: ConfigFiles): string {
  if (!wouldWaitForTicket(project, env, files)) return '';
  const rules = roleRulesOf(project, env.role);
  return ` On Pro ${rules.label} the code deploys, but its changes to ${rules.ticketScope.map((s) => s.path?.join('.') ?? s.file).join(', ')} wait for a support ticket.`;
}

/** The parsed configuration that runs (see `runningFiles`). */
export function runningConfig(project: Project, env: Environment): CommitConfig {
  const { deployment } = env;
  const id = deployment?.commit ?? env.head;
  const commit = tableGet(project.commits, id);
  if (!deployment || deployment.applied === deployment.commit) {
    return commit ? readCommitConfig(commit) : readConfigFiles(filesAt(project.commits, id));
  }
  const cached = runningConfigs.get(deployment);
  if (cached) return cached;
  const config = readConfigFiles(runningFiles(project, env));
  runningConfigs.set(deployment, config);
  return config;
}

/** The changes of the deployed code that wait for a support ticket (none off Pro S/P). */
export function pendingTicket(project: Project, env: Environment): SettingChange[] {
  const { deployment } = env;
  if (!deployment || deployment.applied === deployment.commit) return [];
  return diffSettings(runningFiles(project, env), filesAt(project.commits, deployment.commit));
}
