import { filesAt, sameConfigFiles } from '../git/commit-graph';
import { planRules, roleRules } from '../plans';
import type { CommitId, Environment, Project } from '../types';

export type Deployment = Readonly<{
  environment: Environment;
  /** A sentence for the status line: redeployed, or waiting for a support ticket. */
  summary: string;
}>;

/**
 * `env` after building and deploying `head` (which must be in `project.commits`). Where the
 * role's YAML changes need a support ticket (Pro Staging/Production) and `head` carries
 * other config than what is deployed, the code moves but `deployed` stays, pending the
 * ticket.
 */
export function deployEnvironment(
  project: Project,
  env: Environment,
  head: CommitId,
  reason: string,
  at: number,
): Deployment {
  const rules = roleRules(project.plan, env.role);
  const configChanged = !sameConfigFiles(
    filesAt(project.commits, head),
    filesAt(project.commits, env.deployed),
  );
  if (rules.yamlNeedsTicket && configChanged) {
    return {
      environment: {
        ...env,
        head,
        deployState: { kind: 'pending-ticket', label: 'pending: needs a support ticket', at },
      },
      summary: `${env.id} has the new code, but on ${planRules(project.plan).label} ${rules.label} its configuration change takes effect only through a support ticket.`,
    };
  }
  return {
    environment: {
      ...env,
      head,
      deployed: head,
      deployState: { kind: 'deployed', label: `deployed: ${reason}`, at },
    },
    summary: `${env.id} redeployed.`,
  };
}
