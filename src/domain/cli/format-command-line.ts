import type { Invocation } from '../operations/all-operations';
import { childrenOf } from '../tree';
import type { ConfigFileName, Project } from '../types';
import { EXECUTABLE, GIT_REMOTE } from './cli-grammar';
import { argumentsThenOptions, valuedOption } from './cli-input';
import { shellQuote } from './shell-words';
import { variableCommandLine } from './variable-command-line';

/**
 * The command line that does on a real project what an invocation does in the explorer:
 * `magento-cloud` with the full command name, or git where the platform's way is a push.
 * Every value is quoted so that the line pasted into bash does what it says, and every line
 * with a CLI equivalent parses back (parse-command-line.ts) to the same invocation.
 */

const cli = (...words: string[]) => [EXECUTABLE, ...words].join(' ');
const q = shellQuote;

/**
 * The command line of `invocation`, `project` being the state before it runs (whether a
 * variable exists decides between create and update; children, whether `environment:delete`
 * needs `--allow-delete-parent`). Operations with no CLI give a `# ` comment saying what a
 * person does instead.
 */
export function commandLineOf(invocation: Invocation, project: Project): string {
  switch (invocation.op) {
    case 'branch': {
      const { name, parent, title, withoutData } = invocation.args;
      const options = [
        ...(title !== undefined && title !== name ? [valuedOption('--title', title)] : []),
        ...(withoutData ? ['--no-clone-parent'] : []),
      ];
      return cli('environment:branch', ...argumentsThenOptions([name, parent], options));
    }
    case 'merge':
      return cli('environment:merge', '-e', q(invocation.args.env));
    case 'sync': {
      const { env, code, data } = invocation.args;
      const what = code && data ? ['both'] : code ? ['code'] : data ? ['data'] : [];
      return cli('environment:synchronize', ...what, '-e', q(env));
    }
    case 'activate':
      return cli('environment:activate', q(invocation.args.env));
    case 'deactivate':
    case 'deleteBranch': {
      // Deleting an active environment deactivates it; an inactive one loses its branch (§4.6).
      const { env } = invocation.args;
      const parent = childrenOf(project, env).length > 0 ? ['--allow-delete-parent'] : [];
      const branch = invocation.op === 'deactivate' ? '--no-delete-branch' : '--delete-branch';
      return cli('environment:delete', q(env), branch, ...parent);
    }
    case 'redeploy':
      return cli('environment:redeploy', '-e', q(invocation.args.env));
    case 'snapshot':
      return cli('snapshot:create', '-e', q(invocation.args.env));
    case 'restore':
      return cli('snapshot:restore', q(invocation.args.snapshot), '-e', q(invocation.args.env));
    case 'reparent':
      return cli(
        'environment:info',
        '-e',
        q(invocation.args.env),
        'parent',
        q(invocation.args.parent),
      );
    case 'push': {
      const { parent, name, title } = invocation.args;
      const git = `git checkout ${q(parent)} && git checkout -b ${q(name)} && git push ${GIT_REMOTE} ${q(name)}`;
      if (title === undefined || title === name) return git;
      return `${git} && ${cli('environment:info', '-e', q(name), 'title', q(title))}`;
    }
    case 'commit': {
      const { env, files, message } = invocation.args;
      const names = Object.keys(files) as ConfigFileName[];
      const text = message.trim() === '' ? `Update ${names.join(', ')}` : message;
      return [
        `# Edit ${names.join(', ') || 'no files'} on ${env} as in the explorer, then commit and push:`,
        `git checkout ${q(env)} && git add ${names.map(q).join(' ')} && git commit -m ${q(text)} && git push ${GIT_REMOTE} ${q(env)}`,
      ].join('\n');
    }
    case 'setVariable':
    case 'removeVariable':
      return variableCommandLine(invocation, project);
    case 'cancel':
      return cli('activity:cancel', String(invocation.args.activity));
    case 'ticket':
      return `# No CLI command applies changes that wait for a ticket: open a ticket with Adobe Commerce Support asking them to deploy the waiting configuration changes to ${invocation.args.env} (it can take up to 48 hours).`;
    case 'failNext':
      return invocation.args.phase === null
        ? `# Failure injection is the explorer's training tool, with no CLI command: nothing to undo on a real project.`
        : `# Failure injection is the explorer's training tool, with no CLI command: on a real project a deploy of ${invocation.args.env} fails only by itself (a build error, a failing hook), and you read why with magento-cloud log deploy.`;
  }
}
