import { parseYaml, yamlProblemText } from '../config/yaml';
import { pushRefusal, serviceRenames } from '../deploy/config-checks';
import { ticketNote } from '../deploy/deployment';
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
import {
  deployOf,
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
 * Commits a change of config files on an active environment and pushes it, which then builds
 * and deploys (settings of the ticket scope wait for a support ticket on Pro Staging and
 * Production). Refused when nothing changes, when a changed file does not parse
 * ('yaml-invalid', naming file and line) and when the platform would reject the files
 * ('rejected', DOMAIN.md §7). A service that looks renamed is warned about: its data goes.
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

  const rejected = pushRefusal(project, env, files, `The push to ${env.id}`);
  if (rejected) return rejected;

  const at = project.clock + 1;
  const message = args.message.trim() || `Update ${changed.join(', ')}`;
  const commit = makeCommit([env.head], message, at, files);
  const pushed = { ...env, head: commit.id };
  const renames = serviceRenames(before, files);
  const warning = renames.length > 0 ? ` Warning: ${renames.join(' ')}` : '';
  return succeed(
    withEnvironments({ ...project, commits: tableWith(project.commits, commit) }, pushed),
    {
      type: 'commit',
      environment: env.id,
      activity: `pushed "${message}"${warning}`,
      deploy: deployOf(pushed, `pushed "${message}"`),
    },
    `Pushed "${message}" to ${env.id}; it builds and deploys now.${ticketNote(project, env, files)}${warning}`,
  );
}

/** Commit (a push): a change of config files on one environment. */
export const commit: Operation<ConfigChangeArgs> = {
  type: 'commit',
  perform: commitConfigChange,
  subject: onEnvironment,
};
