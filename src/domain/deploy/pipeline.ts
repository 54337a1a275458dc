import { type CommitConfig, readCommitConfig, readConfigFiles } from '../config/read-config';
import type { ParsedYaml } from '../config/yaml';
import { environmentUrl } from '../environment-url';
import { filesAt } from '../git/commit-graph';
import { takeSettings } from '../git/merge';
import { roleRulesOf } from '../plans';
import { tableGet, tableHas } from '../table';
import {
  type Deployment,
  type DeployPhase,
  type DeployRun,
  type DeployTrigger,
  ENV_FILE,
  type Environment,
  type LogLine,
  type PhaseRun,
  type Project,
} from '../types';
import { runningVariables } from '../variable';
import { ticketScopeOf } from './deployment';
import { checkEnvYaml, ECE_INVALID_CONFIG, ECE_INVALID_CONFIG_CAUSE, envOption } from './ece-tools';

/**
 * How one deploy goes (DOMAIN.md §7), decided when it starts, from what the project holds
 * then: build (skipped when the tree was built), deploy (maintenance mode while the deploy
 * hook runs), post-deploy; how long each takes in simulated seconds; the log it prints; and
 * what the environment runs afterwards. The durations are illustrative, but they move the
 * way the real ones do: static content deploy with its strategy and threads, and inside
 * the maintenance window when it cannot run in the build.
 */

/** Where static content deploy runs, from `.magento.env.yaml` and app/etc/config.php. */
export type ScdPlacement = Readonly<{
  where: 'build' | 'deploy' | 'on demand' | 'skipped';
  /** Why there, in ece-tools' words where it has them. */
  reason: string;
  seconds: number;
}>;

const STRATEGY_FACTOR: Readonly<Record<string, number>> = {
  '': 1,
  quick: 1,
  standard: 1.6,
  compact: 0.6,
};

/**
 * Where static content deploy runs for these files. ece-tools runs it in the build unless
 * SCD_ON_DEMAND is on, SKIP_SCD is set for the build, or app/etc/config.php holds no store
 * scopes (`configDumped`: `ece-tools config:dump` was run); otherwise in the deploy, in
 * the maintenance window, unless SKIP_SCD is set there too.
 */
export function scdPlacement(envYaml: ParsedYaml | null, configDumped: boolean): ScdPlacement {
  const strategy = envOption(envYaml, 'build', 'SCD_STRATEGY');
  const threadsSetting = envOption(envYaml, 'build', 'SCD_THREADS');
  const threads = typeof threadsSetting === 'number' && threadsSetting > 0 ? threadsSetting : 4;
  const factor = STRATEGY_FACTOR[typeof strategy === 'string' ? strategy : ''] ?? 1;
  const seconds = Math.round(30 + (150 * factor) / threads);
  if (envOption(envYaml, 'global', 'SCD_ON_DEMAND') === true) {
    return { where: 'on demand', reason: 'SCD on demand is enabled', seconds: 0 };
  }
  if (envOption(envYaml, 'build', 'SKIP_SCD') !== true && configDumped) {
    return { where: 'build', reason: 'SCD on build is enabled', seconds };
  }
  const whyNotBuild =
    envOption(envYaml, 'build', 'SKIP_SCD') === true
      ? 'SKIP_SCD variable is enabled'
      : 'No stores/website/locales found in config.php';
  if (envOption(envYaml, 'deploy', 'SKIP_SCD') === true) {
    return { where: 'skipped', reason: `${whyNotBuild}, and SKIP_SCD for the deploy`, seconds: 0 };
  }
  return { where: 'deploy', reason: whyNotBuild, seconds };
}

type Planned = Readonly<{
  phases: PhaseRun[];
  maintenance: DeployRun['maintenance'];
  log: LogLine[];
  outcome: NonNullable<DeployRun['outcome']>;
  /** The tree built, for the project's builds (none when the build was skipped or failed). */
  built: string | null;
}>;

class LogWriter {
  readonly lines: LogLine[] = [];
  at = 0;
  line(text: string, after = 0): void {
    this.at += after;
    this.lines.push({ after: this.at, text });
  }
  /** An ece-tools line: its level, then the message. */
  ece(level: 'INFO' | 'NOTICE' | 'WARNING' | 'ERROR' | 'CRITICAL', text: string, after = 0) {
    this.line(`    ${level}: ${text}`, after);
  }
}

/**
 * The config the deploy puts in place: the commit's, with what waits for a ticket as it ran
 * (parsed; a commit's own config is parsed once, see read-config.ts).
 */
function appliedConfig(
  project: Project,
  env: Environment,
  trigger: DeployTrigger,
): { config: CommitConfig; applied: string } {
  const commit = tableGet(project.commits, trigger.commit);
  const code = commit
    ? readCommitConfig(commit)
    : readConfigFiles(filesAt(project.commits, trigger.commit));
  const scope = ticketScopeOf(project, env);
  const old = env.deployment;
  if (!old || trigger.applyTicket || scope.length === 0 || old.applied === trigger.commit) {
    return { config: code, applied: trigger.commit };
  }
  const files = filesAt(project.commits, trigger.commit);
  const held = takeSettings(files, filesAt(project.commits, old.applied), scope);
  const waits = scope.some(({ file }) => held[file] !== files[file]);
  return waits
    ? { config: readConfigFiles(held), applied: old.applied }
    : { config: code, applied: trigger.commit };
}

function environmentConfiguration(config: CommitConfig, log: LogWriter): void {
  const { app } = config;
  log.line('  Environment configuration');
  log.line(`    ${app.name} (type: ${app.type}${app.disk ? `, disk: ${app.disk}` : ''})`);
  for (const s of config.services) {
    log.line(`    ${s.id} (type: ${s.type}${s.disk ? `, disk: ${s.disk}` : ''})`);
  }
}

function environmentRoutes(
  project: Project,
  env: Environment,
  config: CommitConfig,
  log: LogWriter,
) {
  const host = new URL(environmentUrl(project, env)).host;
  log.line('  Environment routes');
  for (const route of config.routes) {
    const url = route.pattern.replace(/\{(default|all)\}/g, host);
    if (route.type === 'redirect') {
      log.line(`    ${url} redirects to ${(route.to ?? '').replace(/\{(default|all)\}/g, host)}`);
    } else {
      const upstream = (route.upstream ?? '').split(':')[0];
      log.line(`    ${url} is served by application \`${upstream}\``);
    }
  }
}

/**
 * The deploy `trigger` asks for on `env`, planned as it starts at `start`: its phases, log,
 * maintenance window and outcome. A failure injected on the environment is used up here.
 */
export function planDeploy(
  project: Project,
  env: Environment,
  trigger: DeployTrigger,
  start: number,
): Planned {
  const rules = roleRulesOf(project, env.role);
  const { config, applied } = appliedConfig(project, env, trigger);
  const { app, tree } = config;
  const scd = scdPlacement(config.env, project.configDumped);
  // The build of a tree is reused: one built anywhere in the project, or the one running here.
  const running = env.deployment && tableGet(project.commits, env.deployment.commit);
  const runningTree = running ? readCommitConfig(running).tree : null;
  const reused = !trigger.rebuild && (tableHas(project.builds, tree) || runningTree === tree);
  const eceProblems = checkEnvYaml(config.env);
  const fails = (phase: DeployPhase) => env.failNext === phase;
  const log = new LogWriter();
  const phases: PhaseRun[] = [];
  const phase = (name: DeployPhase, from: number, result: PhaseRun['result']) =>
    phases.push({ phase: name, start: start + from, end: start + log.at, result });

  // --- build
  log.line(
    `Building application '${app.name}' (runtime type: ${app.type}, tree: ${tree.slice(0, 7)})`,
  );
  const rejected = trigger.rejected ?? [];
  if (rejected.length > 0) {
    log.line('  Validating configuration files.', 1);
    for (const line of rejected) log.line(line);
    phase('build', 0, 'failure');
    return failedBuild(phases, log);
  }
  if (reused) {
    log.line('  Slug already built for this tree id, skipping', 2);
    if (fails('build')) {
      log.line('  (The build failure chosen for the next deploy waits for one that builds.)');
    }
    phase('build', 0, 'skipped');
  } else {
    log.line('  Generating runtime configuration.', 1);
    log.line('  Executing build hook...', 1);
    log.ece(
      'INFO',
      'Starting scenario(s): scenario/build/generate.xml scenario/build/transfer.xml',
    );
    log.ece('NOTICE', 'Validating configuration', 3);
    if (eceProblems.length > 0) {
      log.ece('CRITICAL', `[10] ${ECE_INVALID_CONFIG}`, 2);
      for (const p of eceProblems) {
        log.line(`    ${p.message}${p.line === null ? '' : ` (${ENV_FILE}, line ${p.line})`}`);
      }
      log.line(`  ${ECE_INVALID_CONFIG_CAUSE}`);
      log.line(
        'E: Error building project: The build hook failed with status code 1. Aborted build.',
        1,
      );
      phase('build', 0, 'failure');
      return failedBuild(phases, log);
    }
    log.ece('NOTICE', 'End of validation', 1);
    log.ece('NOTICE', 'Running DI compilation', 30);
    log.ece('NOTICE', 'End of running DI compilation', 45);
    if (scd.where === 'build') {
      log.ece('NOTICE', 'Generating fresh static content', 1);
      log.ece('NOTICE', 'End of generating fresh static content', scd.seconds);
    } else {
      log.ece('NOTICE', `Skipping static content deploy: ${scd.reason}`, 1);
    }
    if (fails('build')) {
      log.ece('ERROR', 'The build hook failed (failure injected by the trainer).', 5);
      log.line(
        'E: Error building project: The build hook failed with status code 1. Aborted build.',
        1,
      );
      phase('build', 0, 'failure');
      return failedBuild(phases, log);
    }
    log.ece('INFO', 'Scenario(s) finished', 5);
    log.line('  Executing pre-flight checks...', 1);
    log.line('  Compressing application.', 5);
    log.line('  Beaming package to its final destination.', 3);
    phase('build', 0, 'success');
  }

  // --- deploy
  const deployFrom = log.at;
  if (rules.dedicated) {
    log.line('Deploying applications', 1);
    log.line('  Starting deployment');
    log.line('  Preparing slugs', 3);
  } else {
    log.line(`Redeploying environment ${env.id}`, 1);
    log.line('  Preparing deployment', 2);
    log.line(`  Closing service ${app.name}`, 1);
    log.line(`  Opening application ${app.name} and its relationships`, 2);
    log.line(`  Executing deploy hook for application ${app.name}`, 1);
  }
  log.ece('INFO', 'Starting scenario(s): scenario/deploy.xml', 1);
  log.ece('NOTICE', 'Starting pre-deploy.', 1);
  log.ece('NOTICE', 'End of pre-deploy.', 2);
  if (rules.dedicated) log.line('  Entering maintenance mode', 1);
  log.ece('NOTICE', 'Enabling Maintenance mode', rules.dedicated ? 0 : 1);
  const maintenanceFrom = log.at;
  log.ece('NOTICE', 'Starting update.', 2);
  if (fails('deploy')) {
    log.ece('CRITICAL', 'The deploy hook failed (failure injected by the trainer).', 12);
    log.line('  E: Failed to run deploy hook', 1);
    log.line('E: Error: Cannot complete deployment', 1);
    phase('deploy', deployFrom, 'failure');
    return {
      phases,
      maintenance: { start: start + maintenanceFrom, end: start + log.at },
      log: log.lines,
      outcome: {
        result: 'failure',
        deployment: deploymentAfter(project, env, trigger, applied, true),
      },
      built: reused ? null : tree,
    };
  }
  log.ece('NOTICE', 'End of update.', 25);
  if (scd.where === 'deploy') {
    log.ece('NOTICE', 'Generating fresh static content', 1);
    log.ece('NOTICE', 'End of generating fresh static content', scd.seconds);
  } else if (scd.where === 'on demand') {
    log.ece('NOTICE', 'Skipping static content deploy. SCD on demand is enabled.', 1);
  }
  log.ece('NOTICE', 'Maintenance mode is disabled.', 1);
  const maintenanceTo = log.at;
  if (rules.dedicated) log.line('  Exiting maintenance mode');
  log.ece('INFO', 'Scenario(s) finished', 1);
  log.line('  Opening environment', 2);
  environmentConfiguration(config, log);
  environmentRoutes(project, env, config, log);
  phase('deploy', deployFrom, 'success');

  // --- post-deploy
  const postFrom = log.at;
  log.line(`  Executing post deploy hook for service \`${app.name}\``, 1);
  log.ece('INFO', 'Starting scenario(s): scenario/post-deploy.xml', 1);
  log.ece('INFO', 'Starting page warmup', 2);
  const home = environmentUrl(project, env);
  let result: 'success' | 'failure' = 'success';
  if (fails('post_deploy')) {
    log.ece('ERROR', `Warming up failed: ${home}`, 4);
    log.line(
      '  W: The post_deploy hook failed (failure injected by the trainer); the site stays up.',
      1,
    );
    phase('post_deploy', postFrom, 'failure');
    result = 'failure';
  } else {
    log.ece('INFO', `Warmed up page: ${home}`, 4);
    log.ece('INFO', 'Scenario(s) finished', 1);
    phase('post_deploy', postFrom, 'success');
  }
  return {
    phases,
    maintenance: { start: start + maintenanceFrom, end: start + maintenanceTo },
    log: log.lines,
    outcome: { result, deployment: deploymentAfter(project, env, trigger, applied, false) },
    built: reused ? null : tree,
  };
}

function failedBuild(phases: PhaseRun[], log: LogWriter): Planned {
  log.line('  The environment keeps running its previous deploy: no downtime.');
  return {
    phases,
    maintenance: null,
    log: log.lines,
    outcome: { result: 'failure', deployment: null },
    built: null,
  };
}

function deploymentAfter(
  project: Project,
  env: Environment,
  trigger: DeployTrigger,
  applied: string,
  maintenance: boolean,
): Deployment {
  return {
    commit: trigger.commit,
    applied,
    variables: runningVariables(project, env),
    maintenance,
  };
}
