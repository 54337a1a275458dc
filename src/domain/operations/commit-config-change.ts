import { parseYaml, yamlProblemText } from '../config/yaml';
import { filesAt, makeCommit } from '../git/commit-graph';
import { tableWith } from '../table';
import {
  CONFIG_FILES,
  type ConfigFileName,
  type ConfigFiles,
  type EnvironmentId,
  type OperationResult,
  type Project,
} from '../types';
import { deployEnvironment } from './deploy-environment';
import {
  lookupEnvironment,
  type Operation,
  onEnvironment,
  refuse,
  succeed,
  withEnvironments,
} from './operation';

export type ConfigChangeArgs = Readonly<{
  env: EnvironmentId;
  /** New text of the files that change; the others stay as they are at the head. */
  files: Partial<ConfigFiles>;
  /** Commit message; a summary of the changed files when blank. */
  message: string;
}>;

/**
 * Commits a change of config files on an active environment (a push), which then redeploys,
 * or waits for a support ticket where its role needs one for YAML changes. Refused when
 * nothing changes and when a changed file does not parse ('yaml-invalid', naming file and
 * line).
 */
export function commitConfigChange(project: Project, args: ConfigChangeArgs): OperationResult {
  const env = lookupEnvironment(project, args.env, true);
  if ('error' in env) return env;
  const before = filesAt(project.commits, env.head);
  const changed = CONFIG_FILES.filter(
    (file) => args.files[file] !== undefined && args.files[file] !== before[file],
  );
  if (changed.length === 0) {
    return refuse('no-change', `Nothing to commit: ${env.id} already has these files.`);
  }
  const files: Record<ConfigFileName, string> = { ...before };
  for (const file of changed) {
    const text = args.files[file] ?? before[file];
    const parsed = parseYaml(file, text, { duplicateKeys: 'error' });
    if ('problem' in parsed) {
      return refuse(
        'yaml-invalid',
        `${yamlProblemText(parsed.problem)}. Fix the file, then commit again.`,
      );
    }
    files[file] = text;
  }

  const at = project.clock + 1;
  const message = args.message.trim() || `Update ${changed.join(', ')}`;
  const commit = makeCommit([env.head], message, at, files);
  const changedProject = { ...project, commits: tableWith(project.commits, commit) };
  const { environment, summary } = deployEnvironment(
    changedProject,
    env,
    commit.id,
    'new commit',
    at,
  );
  return succeed(
    withEnvironments(changedProject, environment),
    { type: 'commit', environment: env.id, activity: `committed "${message}"` },
    `Committed "${message}" on ${env.id}. ${summary}`,
  );
}

/** Commit (a push): a change of config files on one environment. */
export const commit: Operation<ConfigChangeArgs> = {
  type: 'commit',
  perform: commitConfigChange,
  subject: onEnvironment,
};
