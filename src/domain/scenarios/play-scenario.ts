import { createDefaultProject } from '../defaults/default-project';
import { settle } from '../deploy/activities';
import { type Invocation, invoke, OPERATIONS } from '../operations/all-operations';
import type { Operation } from '../operations/operation';
import { recordRefusal } from '../operations/operation';
import { projectFromRecord } from '../project-record';
import { tableGet } from '../table';
import type { EnvironmentId, OperationError, Project } from '../types';
import { withRunningVariables } from '../variable';
import { describeGoal, type Goal, goalMet } from './goals';
import type { Scenario, ScenarioProblem, SolutionStep } from './scenario-format';

/**
 * Playing a scenario: the project it starts from, how far a project has got (goals met, steps
 * taken against the fewest), and its solution played step by step for "Show me".
 */

export type StepOutcome = Readonly<{
  /** The project after the step, its deploys run to their end (the Instant deploy speed). */
  project: Project;
  /** Why the operation was refused (the attempt is then in the activity log); null if it ran. */
  refused: OperationError | null;
  /** The status line's sentence: the operation's, or the refusal's. */
  message: string;
}>;

/**
 * Performs one step as the store does at the Instant deploy speed: the operation, then every
 * deploy it set off to its end; a refusal is logged (result "refused") and changes nothing else.
 */
export function playStep(project: Project, step: Invocation): StepOutcome {
  const result = invoke(project, step);
  if ('error' in result) {
    const operation = OPERATIONS[step.op] as Operation<typeof step.args>;
    const logged = recordRefusal(project, {
      type: operation.type,
      environment: operation.subject(step.args) ?? '',
      error: result.error,
    });
    return { project: logged, refused: result.error, message: result.error.message };
  }
  return { project: settle(result.project), refused: null, message: result.message };
}

type Started = { project: Project } | { problem: ScenarioProblem };

const starts = new WeakMap<Scenario, Started>();

function build(scenario: Scenario): Started {
  const record = scenario.start.project;
  let project = settle(
    record
      ? withRunningVariables(projectFromRecord(record))
      : createDefaultProject(scenario.plan, scenario.edition),
  );
  for (const [index, step] of scenario.start.steps.entries()) {
    const outcome = playStep(project, step);
    if (outcome.refused) {
      return {
        problem: {
          path: `start.steps[${index}]`,
          message: `refused (${outcome.refused.code}): ${outcome.refused.message}`,
        },
      };
    }
    project = outcome.project;
  }
  return { project };
}

function started(scenario: Scenario): Started {
  const known = starts.get(scenario);
  if (known) return known;
  const result = build(scenario);
  starts.set(scenario, result);
  return result;
}

/**
 * The project a scenario starts from: its embedded project or the plan's default, with its
 * start steps applied and their deploys ended. The same object each time for one scenario.
 * Throws for a start step that is refused, which `readScenario` and the built-in scenarios'
 * tests rule out.
 */
export function scenarioStart(scenario: Scenario): Project {
  const result = started(scenario);
  if ('problem' in result) {
    throw new Error(`Scenario ${scenario.id}: ${result.problem.path} ${result.problem.message}`);
  }
  return result.project;
}

/** The fewest steps the scenario needs: as stated, or its solution's steps that are not refusals. */
export function fewestSteps(scenario: Scenario): number {
  return scenario.fewestSteps ?? scenario.solution.filter((s) => s.expect !== 'refused').length;
}

export type GoalProgress = Readonly<{ goal: Goal; text: string; met: boolean }>;

export type ScenarioProgress = Readonly<{
  goals: readonly GoalProgress[];
  allMet: boolean;
  /** Operations that went through since the start (refused attempts do not count). */
  steps: number;
  fewest: number;
}>;

/** How far `project` has got with the scenario, counting from its start. */
export function scenarioProgress(scenario: Scenario, project: Project): ScenarioProgress {
  const since = scenarioStart(scenario).clock;
  const goals = scenario.goals.map((goal) => ({
    goal,
    text: describeGoal(goal, scenario),
    met: goalMet(goal, project, since),
  }));
  return {
    goals,
    allMet: goals.every((g) => g.met),
    steps: project.activity.filter((a) => a.at > since && a.result !== 'refused').length,
    fewest: fewestSteps(scenario),
  };
}

/** A solution step for "Show me": what it does in words, and the project once it has. */
export type PlayedStep = Readonly<{
  step: SolutionStep;
  text: string;
  outcome: StepOutcome;
}>;

/**
 * The solution played from the start, one entry per step: its sentence (e.g. "Merge
 * feature-checkout into staging") and the project after it.
 */
export function solutionSteps(scenario: Scenario): PlayedStep[] {
  let project = scenarioStart(scenario);
  return scenario.solution.map((step) => {
    const text = describeStep(step, project);
    const outcome = playStep(project, step);
    project = outcome.project;
    return { step, text, outcome };
  });
}

function parentOf(project: Project | undefined, env: EnvironmentId): string {
  return (project && tableGet(project.environments, env)?.parentId) ?? 'its parent';
}

/**
 * One step in words, naming the UI's action: "Branch hotfix from integration". With the
 * project it runs on, a merge or sync names the parent.
 */
export function describeStep(step: Invocation, project?: Project): string {
  switch (step.op) {
    case 'branch':
      return `Branch ${step.args.name} from ${step.args.parent}${step.args.withoutData ? ', without data' : ''}`;
    case 'merge':
      return `Merge ${step.args.env} into ${parentOf(project, step.args.env)}`;
    case 'sync': {
      const what =
        step.args.code && step.args.data ? 'code and data' : step.args.code ? 'code' : 'data';
      return `Sync ${step.args.env}'s ${what} from ${parentOf(project, step.args.env)}`;
    }
    case 'activate':
      return `Activate ${step.args.env}`;
    case 'deactivate':
      return `Deactivate ${step.args.env}`;
    case 'deleteBranch':
      return `Delete ${step.args.env}`;
    case 'redeploy':
      return `Redeploy ${step.args.env}`;
    case 'snapshot':
      return `Take a snapshot of ${step.args.env}`;
    case 'restore':
      return `Restore snapshot ${step.args.snapshot} on ${step.args.env}`;
    case 'push':
      return `Push new branch ${step.args.name} (parent ${step.args.parent})`;
    case 'reparent':
      return `Change the parent of ${step.args.env} to ${step.args.parent}`;
    case 'commit':
      return `Commit and push to ${step.args.env}: ${step.args.message || Object.keys(step.args.files).join(', ')}`;
    case 'setVariable':
      return `Set variable ${step.args.variable.name} on ${step.args.env ?? 'the project'}`;
    case 'removeVariable':
      return `Remove variable ${step.args.name} from ${step.args.env ?? 'the project'}`;
    case 'cancel':
      return `Cancel activity #${step.args.activity}`;
    case 'ticket':
      return `Complete support ticket on ${step.args.env}`;
    case 'failNext':
      return step.args.phase
        ? `Make the next deploy of ${step.args.env} fail (${step.args.phase.replace('_', '-')})`
        : `Let the next deploy of ${step.args.env} run normally`;
  }
}

/**
 * What playing the scenario finds wrong, each at its path: a start step refused, goals all met
 * before anything is done, a solution step that is refused where it should run (or runs where
 * it should be refused), a goal the solution leaves unmet, a stated fewest above the solution's.
 */
export function checkScenario(scenario: Scenario): ScenarioProblem[] {
  const start = started(scenario);
  if ('problem' in start) return [start.problem];
  const since = start.project.clock;
  const problems: ScenarioProblem[] = [];
  if (scenario.goals.every((goal) => goalMet(goal, start.project, since))) {
    problems.push({ path: 'goals', message: 'every goal is met at the start: nothing to do' });
  }
  let project = start.project;
  for (const [index, step] of scenario.solution.entries()) {
    const outcome = playStep(project, step);
    const path = `solution[${index}]`;
    if (outcome.refused && step.expect !== 'refused') {
      problems.push({
        path,
        message: `refused (${outcome.refused.code}): ${outcome.refused.message}`,
      });
      return problems;
    }
    if (!outcome.refused && step.expect === 'refused') {
      problems.push({ path: `${path}.expect`, message: 'expected a refusal, but the step ran' });
      return problems;
    }
    project = outcome.project;
  }
  for (const [index, goal] of scenario.goals.entries()) {
    if (!goalMet(goal, project, since)) {
      problems.push({
        path: `goals[${index}]`,
        message: `not met once the solution has run: ${describeGoal(goal, scenario)}`,
      });
    }
  }
  const solutionLength = scenario.solution.filter((s) => s.expect !== 'refused').length;
  if (scenario.fewestSteps !== undefined && scenario.fewestSteps > solutionLength) {
    problems.push({
      path: 'fewestSteps',
      message: `the solution takes ${solutionLength} steps, fewer than the ${scenario.fewestSteps} stated`,
    });
  }
  return problems;
}
