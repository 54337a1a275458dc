import { readCommitConfig } from '../config/read-config';
import { filesAt, treeIdOf } from '../git/commit-graph';
import { tableGet, tableWith } from '../table';
import { environmentsWith } from '../tree';
import type { ActivityEntry, DeployRun, DeployState, Environment, Project } from '../types';
import { pendingTicket } from './deployment';
import { planDeploy } from './pipeline';

/**
 * The project's clock and the activities it drives (DOMAIN.md §7). An operation that deploys
 * queues an activity (`pending`); `advanceClock` starts it once its environment has nothing
 * else running, plans it then (pipeline.ts), moves it through its phases, and applies what it
 * deployed when it completes. Only this module moves time, so every result is reproducible.
 */

type Running = ActivityEntry & { deploy: DeployRun };

const isOpen = (a: ActivityEntry) => a.state === 'pending' || a.state === 'in_progress';

/** The activities that have not ended, oldest first. */
export function openActivities(project: Project): ActivityEntry[] {
  return project.activity.filter(isOpen);
}

/** When an activity in progress ends: the end of its last phase. */
function endOf(a: Running): number {
  return a.deploy.phases.at(-1)?.end ?? a.deploy.startedAt ?? a.at;
}

function withActivity(project: Project, activity: ActivityEntry): Project {
  const index = project.activity.findLastIndex((a) => a.id === activity.id);
  const activities = [...project.activity];
  activities[index] = activity;
  return { ...project, activity: activities };
}

function withEnvironment(project: Project, env: Environment): Project {
  return { ...project, environments: environmentsWith(project.environments, env) };
}

/** What the node says while `run` is at time `at`. */
export function deployStateAt(run: DeployRun, at: number): DeployState {
  const reason = run.trigger.reason;
  const current = run.phases.find((p) => at >= p.start && at < p.end) ?? run.phases.at(-1);
  const inMaintenance =
    run.maintenance !== null && at >= run.maintenance.start && at < run.maintenance.end;
  if (!current || current.phase === 'build') {
    return { kind: 'building', label: `building: ${reason}`, at };
  }
  if (current.phase === 'deploy') {
    return inMaintenance
      ? { kind: 'maintenance', label: `deploying (maintenance mode): ${reason}`, at }
      : { kind: 'deploying', label: `deploying: ${reason}`, at };
  }
  return { kind: 'post-deploy', label: `post-deploy: ${reason}`, at };
}

/** What the node says once `run` has ended. */
function finalState(project: Project, env: Environment, run: DeployRun, at: number): DeployState {
  const reason = run.trigger.reason;
  const failed = run.phases.find((p) => p.result === 'failure')?.phase;
  if (failed === 'build') {
    return { kind: 'failed', label: 'failed build: no downtime', at };
  }
  if (failed === 'deploy') {
    return { kind: 'failed', label: 'failed deploy: maintenance mode', at };
  }
  if (failed === 'post_deploy') {
    return { kind: 'failed', label: 'failed post-deploy: site up', at };
  }
  // Short words first: the node shows one line.
  const waiting = pendingTicket(project, env).length > 0 ? ', a support ticket waits' : '';
  return { kind: 'deployed', label: `deployed${waiting}: ${reason}`, at };
}

/**
 * Starts `activity` at `at`: plans its deploy from the project as it is, and uses up the
 * failure chosen for the next deploy if its phase runs (a redeploy does not build, so a
 * build failure waits for a deploy that does).
 */
function start(project: Project, activity: Running, at: number): Project {
  const env = tableGet(project.environments, activity.environment);
  if (env?.status !== 'active') {
    const why = env ? `${env.id} was deactivated` : `${activity.environment} was deleted`;
    return withActivity(project, {
      ...activity,
      state: 'cancelled',
      result: 'failure',
      completedAt: at,
      deploy: {
        ...activity.deploy,
        log: [{ after: 0, text: `Activity cancelled: ${why} before it could start.` }],
      },
    });
  }
  const planned = planDeploy(project, env, activity.deploy.trigger, at);
  const deploy: DeployRun = {
    ...activity.deploy,
    startedAt: at,
    phases: planned.phases,
    maintenance: planned.maintenance,
    log: planned.log,
    outcome: planned.outcome,
  };
  const started = withActivity(project, { ...activity, state: 'in_progress', deploy });
  return withEnvironment(started, {
    ...env,
    failNext: planned.phases.some((p) => p.phase === env.failNext && p.result !== 'skipped')
      ? null
      : env.failNext,
    deployState: deployStateAt(deploy, at),
  });
}

/** Completes `activity` at `at`: what it deployed now runs there. */
function complete(project: Project, activity: Running, at: number): Project {
  const { deploy } = activity;
  const outcome = deploy.outcome;
  const done = withActivity(project, {
    ...activity,
    state: 'complete',
    result: outcome?.result ?? 'failure',
    completedAt: at,
  });
  const env = tableGet(done.environments, activity.environment);
  if (!env) return done;
  const updated: Environment = { ...env, deployment: outcome?.deployment ?? env.deployment };
  const after = withEnvironment(done, updated);
  const built = deploy.phases.find((p) => p.phase === 'build' && p.result === 'success');
  const withBuild =
    built && outcome?.deployment
      ? {
          ...after,
          builds: tableWith(after.builds, { id: treeOf(after, outcome.deployment.commit), at }),
        }
      : after;
  return withEnvironment(withBuild, {
    ...updated,
    deployState: finalState(withBuild, updated, deploy, at),
  });
}

function treeOf(project: Project, id: string): string {
  const commit = tableGet(project.commits, id);
  return commit ? readCommitConfig(commit).tree : treeIdOf(filesAt(project.commits, id));
}

/** When `env` last finished an activity (it can start the next one from then). */
function idleSince(project: Project, envId: string): number {
  return (
    project.activity.findLast((a) => a.environment === envId && !isOpen(a) && a.deploy)
      ?.completedAt ?? Number.NEGATIVE_INFINITY
  );
}

/** Starts every pending activity whose environment has nothing running. */
function startReady(project: Project): Project {
  let p = project;
  const busy = new Set(
    p.activity.filter((a) => a.state === 'in_progress').map((a) => a.environment),
  );
  for (const a of p.activity) {
    if (a.state !== 'pending' || !a.deploy || busy.has(a.environment)) continue;
    busy.add(a.environment);
    p = start(p, a as Running, Math.max(a.at, idleSince(p, a.environment)));
  }
  return p;
}

/**
 * The project at time `to` (not before its clock): activities that end by then have ended,
 * in order, each starting the next one of its environment, and the ones still running show
 * their phase on their environment's node.
 */
export function advanceClock(project: Project, to: number): Project {
  let p = project;
  for (;;) {
    p = startReady(p);
    const running = p.activity.filter((a): a is Running => a.state === 'in_progress' && !!a.deploy);
    const next = running.reduce<Running | null>(
      (best, a) => (best && endOf(best) <= endOf(a) ? best : a),
      null,
    );
    if (!next || endOf(next) > to) break;
    p = complete(p, next, endOf(next));
  }
  for (const a of p.activity) {
    if (a.state !== 'in_progress' || !a.deploy) continue;
    const env = tableGet(p.environments, a.environment);
    const state = deployStateAt(a.deploy, to);
    if (env && (env.deployState?.kind !== state.kind || env.deployState.label !== state.label)) {
      p = withEnvironment(p, { ...env, deployState: state });
    }
  }
  return to > p.clock ? { ...p, clock: to } : p;
}

/** When the next activity ends (or can start), or null when none is open. */
export function nextEvent(project: Project): number | null {
  const open = openActivities(project);
  if (open.length === 0) return null;
  const ends = open.filter((a): a is Running => a.state === 'in_progress' && !!a.deploy).map(endOf);
  return ends.length > 0 ? Math.min(...ends) : project.clock;
}

/** The project once every open activity has ended: what the instant deploy speed shows. */
export function settle(project: Project): Project {
  let p = project;
  for (let next = nextEvent(p); next !== null; next = nextEvent(p)) {
    const before = p;
    p = advanceClock(p, Math.max(next, p.clock));
    if (p === before) break;
  }
  return p;
}

/** One sentence on how a deploy ended, for the live region. */
function outcomeSentence(a: ActivityEntry): string {
  const failed = a.deploy?.phases.find((p) => p.result === 'failure')?.phase;
  const where = a.environment;
  if (a.state === 'cancelled') return `The deploy of ${where} was cancelled: nothing was deployed.`;
  if (a.result === 'success') return `${where} deployed (${a.type}).`;
  if (failed === 'deploy') {
    return `The deploy hook of ${where} failed: the site is in maintenance mode until a deploy succeeds.`;
  }
  if (failed === 'post_deploy') return `The post-deploy hook of ${where} failed: the site is up.`;
  return `The build of ${where} failed: the previous deploy keeps running, no downtime.`;
}

/**
 * How each deploy open in `before` and ended in `after` went, one sentence each, oldest
 * first; `failuresOnly` leaves out those that succeeded.
 */
export function endedDeploys(before: Project, after: Project, failuresOnly = false): string[] {
  const open = new Set(openActivities(before).map((a) => a.id));
  return after.activity
    .filter((a) => open.has(a.id) && !isOpen(a) && (!failuresOnly || a.result !== 'success'))
    .map(outcomeSentence);
}
