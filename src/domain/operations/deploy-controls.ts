import { pendingTicket } from '../deploy/deployment';
import { roleRulesOf, rulesOf } from '../plans';
import { tableGet } from '../table';
import { environmentsWith } from '../tree';
import type {
  ActivityEntry,
  EnvironmentId,
  InjectedFailure,
  OperationResult,
  Project,
} from '../types';
import {
  deployOf,
  dryRunOn,
  lookupEnvironment,
  type Operation,
  onEnvironment,
  refuse,
  succeed,
} from './operation';

/**
 * Operations on deploys themselves: cancel one during its build, complete the support ticket
 * a Pro Staging/Production change waits for, and (for trainers) make the next deploy fail.
 */

export type CancelArgs = Readonly<{ activity: number }>;

/**
 * Cancels a pending activity, or one in progress while it is still building (DOMAIN.md §7:
 * a deployment can be cancelled during its build phase only). Nothing it would have
 * deployed is applied; the environment keeps running its previous deploy.
 */
export function cancelActivity(project: Project, args: CancelArgs): OperationResult {
  const activity = project.activity.findLast((a) => a.id === args.activity);
  if (!activity?.deploy) {
    return refuse('no-activity', `There is no deploy activity #${args.activity} to cancel.`);
  }
  if (activity.state !== 'pending' && activity.state !== 'in_progress') {
    return refuse(
      'not-cancellable',
      `The activity cannot be cancelled in its current state (${activity.state.replace('_', ' ')}).`,
    );
  }
  const at = project.clock;
  const build = activity.deploy.phases.find((p) => p.phase === 'build');
  if (activity.state === 'in_progress' && build && at >= build.end) {
    return refuse(
      'past-build',
      `A deployment can only be cancelled during its build phase: ${activity.environment} is already deploying.`,
    );
  }
  const cancelled: ActivityEntry = {
    ...activity,
    state: 'cancelled',
    result: 'failure',
    completedAt: at,
    deploy: {
      ...activity.deploy,
      // What had run until now, and no more.
      phases: activity.deploy.phases
        .filter((p) => p.start < at)
        .map((p) => ({ ...p, end: Math.min(p.end, at), result: 'failure' as const })),
      log: [
        ...activity.deploy.log.filter(
          (line) => (activity.deploy?.startedAt ?? at) + line.after <= at,
        ),
        {
          after: at - (activity.deploy.startedAt ?? at),
          text: 'Activity cancelled: nothing was deployed; the previous deploy keeps running.',
        },
      ],
      outcome: null,
    },
  };
  const index = project.activity.findLastIndex((a) => a.id === activity.id);
  const activities = [...project.activity];
  activities[index] = cancelled;
  const env = tableGet(project.environments, activity.environment);
  const environments = env
    ? environmentsWith(project.environments, {
        ...env,
        deployState: env.deployment
          ? {
              kind: 'deployed',
              label: 'deployed: the previous deploy (the new one was cancelled)',
              at,
            }
          : null,
      })
    : project.environments;
  return {
    project: { ...project, activity: activities, environments, clock: at + 1 },
    message: `Cancelled the ${activity.type} activity on ${activity.environment}: nothing was deployed.`,
  };
}

/** Cancel: a deploy, while it builds. */
export const cancel: Operation<CancelArgs> = {
  type: 'cancel',
  perform: cancelActivity,
  subject: (args) => String(args.activity),
};

export type TicketArgs = Readonly<{ env: EnvironmentId }>;

/**
 * Completes the support ticket a Pro Staging/Production environment's changes wait for
 * (DOMAIN.md §3): a deploy that applies them. Real tickets take up to 48 hours.
 */
export function completeTicket(project: Project, args: TicketArgs): OperationResult {
  const env = lookupEnvironment(project, args.env, true);
  if ('error' in env) return env;
  const rules = roleRulesOf(project, env.role);
  if (rules.ticketScope.length === 0) {
    return refuse(
      'no-ticket',
      `${rulesOf(project).label} ${rules.label} takes its changes without a support ticket.`,
    );
  }
  const waiting = pendingTicket(project, env);
  if (waiting.length === 0) {
    return refuse('nothing-pending', `Nothing waits for a support ticket on ${env.id}.`);
  }
  const settings = waiting.map((c) => `${c.file}${c.setting ? `: ${c.setting}` : ''}`).join(', ');
  return succeed(
    project,
    {
      type: 'ticket',
      environment: env.id,
      activity: `support ticket completed: ${settings}`,
      deploy: deployOf(env, 'support ticket completed', {
        commit: env.deployment?.commit ?? env.head,
        applyTicket: true,
      }),
    },
    `Support completed the ticket for ${env.id} (real tickets take up to 48 hours): ${settings} deploy now.`,
  );
}

/** Complete support ticket: Pro Staging/Production takes the changes that waited. */
export const ticket: Operation<TicketArgs> = {
  type: 'ticket',
  perform: completeTicket,
  subject: onEnvironment,
  blockedOn: dryRunOn(completeTicket),
};

export type FailNextArgs = Readonly<{ env: EnvironmentId; phase: InjectedFailure | null }>;

const PHASE_TEXT: Readonly<Record<InjectedFailure, string>> = {
  build: 'in the build',
  deploy: 'in the deploy hook',
  post_deploy: 'in the post-deploy hook',
};

/** For trainers: the next deploy of the environment fails in `phase` (null: it does not). */
export function failNextDeploy(project: Project, args: FailNextArgs): OperationResult {
  const env = lookupEnvironment(project, args.env, true);
  if ('error' in env) return env;
  if (env.failNext === args.phase) {
    return refuse(
      'no-change',
      args.phase
        ? `The next deploy of ${env.id} already fails ${PHASE_TEXT[args.phase]}.`
        : `No failure is set for ${env.id}.`,
    );
  }
  const what = args.phase
    ? `the next deploy fails ${PHASE_TEXT[args.phase]} (failure injection)`
    : 'no failure injected any more';
  return succeed(
    {
      ...project,
      environments: environmentsWith(project.environments, { ...env, failNext: args.phase }),
    },
    { type: 'inject-failure', environment: env.id, activity: what },
    `${env.id}: ${what}.`,
  );
}

/** Make the next deploy fail: a trainer's tool. */
export const failNext: Operation<FailNextArgs> = {
  type: 'inject-failure',
  perform: failNextDeploy,
  subject: onEnvironment,
};
