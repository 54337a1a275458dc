import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/domain/config/yaml';
import { pushRejections, serviceRenames } from '../../../src/domain/deploy/config-checks';
import { checkEnvYaml } from '../../../src/domain/deploy/ece-tools';
import { scdPlacement } from '../../../src/domain/deploy/pipeline';
import { importConfig } from '../../../src/domain/import/import-config';
import { commitConfigChange } from '../../../src/domain/operations/commit-config-change';
import { mergeEnvironment } from '../../../src/domain/operations/merge-environment';
import { redeployEnvironment } from '../../../src/domain/operations/redeploy-environment';
import { projectToRecord } from '../../../src/domain/project-record';
import { tableGet } from '../../../src/domain/table';
import { type ConfigFiles, PLAN_IDS, type Project } from '../../../src/domain/types';
import { defaultProject, env } from '../../support/builders';
import { editYaml, fileOn, refused, succeeded } from '../builders';
import { FIXTURE_PROJECTS, fixtureFiles } from '../import/fixture-files';

const APP = '.magento.app.yaml';
const SERVICES = '.magento/services.yaml';
const ENV = '.magento.env.yaml';

function filesOn(project: Project, id: string): ConfigFiles {
  const head = tableGet(project.commits, env(project, id).head);
  if (!head) throw new Error(`no head for ${id}`);
  return head.files;
}

function parsedEnv(text: string) {
  const parsed = parseYaml(ENV, text);
  if ('problem' in parsed) throw new Error('does not parse');
  return parsed;
}

describe('the checks before a push builds anything', () => {
  const project = defaultProject('starter');
  const files = filesOn(project, 'staging');
  const context = { storageMb: 5120, running: files };
  const withFile = (file: keyof ConfigFiles, text: string) => ({ ...files, [file]: text });

  it('accept the default project as it is', () => {
    expect(pushRejections(files, context)).toEqual([]);
  });

  it('reject an unknown service type, at its line', () => {
    const text = editYaml(files[SERVICES], ['redis', 'type'], 'rediss:3.0');
    const [rejection, ...rest] = pushRejections(withFile(SERVICES, text), context);
    expect(rest).toEqual([]);
    expect(rejection).toMatchObject({
      file: SERVICES,
      setting: 'services.redis.type',
      message: "'rediss:3.0' is not a valid service type.",
    });
    expect(text.split('\n')[(rejection?.line ?? 0) - 1]).toContain('rediss:3.0');
  });

  it('reject a version the platform does not have, but take a major alone', () => {
    const unknown = editYaml(files[SERVICES], ['redis', 'type'], 'redis:3.9');
    expect(pushRejections(withFile(SERVICES, unknown), context)).toHaveLength(1);
    const major = editYaml(files[SERVICES], ['redis', 'type'], 'redis:5');
    expect(pushRejections(withFile(SERVICES, major), context)).toEqual([]);
  });

  it('reject a relationship to a service that services.yaml lacks, at its line', () => {
    const text = editYaml(files[APP], ['relationships', 'queue'], 'rabbitmq:rabbitmq');
    const [rejection, ...rest] = pushRejections(withFile(APP, text), context);
    expect(rest).toEqual([]);
    expect(rejection).toMatchObject({ file: APP, setting: 'relationships.queue' });
    expect(rejection?.message).toBe(
      `'rabbitmq:rabbitmq' names the service "rabbitmq", which .magento/services.yaml does not define (it defines mysql, redis, elasticsearch).`,
    );
    expect(text.split('\n')[(rejection?.line ?? 0) - 1]).toContain('queue:');
  });

  it('reject a downgrade of a running service, and take an upgrade', () => {
    const down = editYaml(files[SERVICES], ['mysql', 'type'], 'mysql:10.0');
    const running = withFile(SERVICES, editYaml(files[SERVICES], ['mysql', 'type'], 'mysql:10.2'));
    expect(pushRejections(withFile(SERVICES, down), { ...context, running })).toEqual([
      expect.objectContaining({
        setting: 'services.mysql.type',
        message:
          "'mysql:10.0' would downgrade the running mysql:10.2, which is not possible: keep mysql:10.2, or give the service a new name (a new service starts empty).",
      }),
    ]);
    const up = editYaml(files[SERVICES], ['mysql', 'type'], 'mysql:10.3');
    expect(pushRejections(withFile(SERVICES, up), context)).toEqual([]);
  });

  it('reject total disk over the project’s storage, in the platform’s words', () => {
    const text = editYaml(files[SERVICES], ['mysql', 'disk'], 8192);
    expect(pushRejections(withFile(SERVICES, text), context)).toEqual([
      expect.objectContaining({
        setting: 'disk',
        message:
          'Resources exceeding plan limit; disk: 10240.00MB > 5120.00MB; try removing a service, or add more storage to your plan',
      }),
    ]);
    expect(pushRejections(withFile(SERVICES, text), { ...context, storageMb: 10240 })).toEqual([]);
  });

  it('warn that a renamed service loses its data', () => {
    const renamed = files[SERVICES].replace('redis:\n', 'cache:\n');
    expect(serviceRenames(files, withFile(SERVICES, renamed))).toEqual([
      'Service "redis" is renamed "cache": the platform deletes redis and its data, and cache starts empty.',
    ]);
  });
});

describe('a rejected push or merge', () => {
  it('refuses the push, naming file and line, and changes nothing', () => {
    const project = defaultProject('starter');
    const text = editYaml(fileOn(project, 'staging', APP), ['relationships', 'queue'], 'mq:amqp');
    const error = refused(
      commitConfigChange(project, { env: 'staging', files: { [APP]: text }, message: 'queue' }),
    );
    expect(error.code).toBe('rejected');
    expect(error.message).toMatch(
      /^The push to staging was rejected before anything ran: - relationships\.queue: 'mq:amqp' names the service "mq".* \(\.magento\.app\.yaml, line \d+\) Nothing was deployed; fix the files, then try again\.$/,
    );
  });

  it('refuses a merge whose result is over the storage, though each side alone fits', () => {
    const project = defaultProject('starter');
    const bigger = editYaml(fileOn(project, 'staging', SERVICES), ['mysql', 'disk'], 3000);
    const staging = succeeded(
      commitConfigChange(project, { env: 'staging', files: { [SERVICES]: bigger }, message: '' }),
    ).project;
    const before = JSON.stringify(projectToRecord(staging));
    const error = refused(mergeEnvironment(staging, { env: 'feature-checkout' }));
    expect(error.code).toBe('rejected');
    expect(error.message).toContain(
      'The merge of feature-checkout into staging was rejected before anything ran: Error: Resources exceeding plan limit; disk: 5560.00MB > 5120.00MB',
    );
    expect(JSON.stringify(projectToRecord(staging))).toBe(before);
  });
});

describe('the ece-tools check of .magento.env.yaml', () => {
  const check = (text: string) => checkEnvYaml(parsedEnv(text));

  it('passes the options of the schema, in their stages, with their types and values', () => {
    expect(
      check(
        [
          'stage:',
          '    global:',
          '        SCD_ON_DEMAND: false',
          '        MIN_LOGGING_LEVEL: info',
          '    build:',
          '        SCD_THREADS: 4',
          '        SCD_STRATEGY: compact',
          '        SKIP_COMPOSER_DUMP_AUTOLOAD: true',
          '    deploy:',
          '        REDIS_BACKEND: \\Magento\\Framework\\Cache\\Backend\\RemoteSynchronizedCache',
          '        VALKEY_USE_SLAVE_CONNECTION: true',
          '        SCD_COMPRESSION_LEVEL: 9',
          '    post-deploy:',
          '        WARM_UP_PAGES: ["index.php"]',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('fails an option the schema does not declare', () => {
    expect(check('stage:\n    deploy:\n        SCD_THREADZ: 4\n')).toEqual([
      { line: 3, message: 'The SCD_THREADZ variable is not allowed in configuration.' },
    ]);
  });

  it('fails an option in a stage it does not belong to, naming the stages it does', () => {
    expect(check('stage:\n    build:\n        WARM_UP_PAGES: []\n')).toEqual([
      {
        line: 3,
        message:
          'The WARM_UP_PAGES variable is not supposed to be in stage build. Move it to one of the possible stages: post-deploy.',
      },
    ]);
  });

  it('fails a value of the wrong type, with PHP’s name for it', () => {
    expect(check('stage:\n    build:\n        SCD_THREADS: "four"\n')).toEqual([
      {
        line: 3,
        message:
          'The SCD_THREADS variable contains an invalid value of type string. Use the following type: integer.',
      },
    ]);
  });

  it('fails a value out of range or not one of the allowed ones', () => {
    const problems = check(
      'stage:\n    build:\n        SCD_COMPRESSION_LEVEL: 12\n        SCD_STRATEGY: fastest\n',
    );
    expect(problems).toEqual([
      {
        line: 3,
        message:
          'The SCD_COMPRESSION_LEVEL variable contains an invalid value 12. Use an integer value from 0 to 9.',
      },
      {
        line: 4,
        message:
          'The SCD_STRATEGY variable contains an invalid value fastest. Use one of the available value options: compact, quick, standard.',
      },
    ]);
  });
});

describe('where static content deploys', () => {
  const place = (text: string, dumped = false) => scdPlacement(parsedEnv(text), dumped);
  const nothing = 'stage:\n    global: {}\n';

  it('in the deploy phase, inside the maintenance window, while config.php has no scopes', () => {
    expect(place(nothing)).toMatchObject({
      where: 'deploy',
      reason: 'No stores/website/locales found in config.php',
    });
  });

  it('in the build once config:dump has written the scopes', () => {
    expect(place(nothing, true)).toMatchObject({
      where: 'build',
      reason: 'SCD on build is enabled',
    });
  });

  it('in the deploy phase when the build skips it, and nowhere when the deploy does too', () => {
    expect(place('stage:\n    build:\n        SKIP_SCD: true\n', true)).toMatchObject({
      where: 'deploy',
      reason: 'SKIP_SCD variable is enabled',
    });
    expect(
      place('stage:\n    build:\n        SKIP_SCD: true\n    deploy:\n        SKIP_SCD: true\n'),
    ).toMatchObject({ where: 'skipped' });
  });

  it('on demand when SCD_ON_DEMAND is on', () => {
    expect(place('stage:\n    global:\n        SCD_ON_DEMAND: true\n', true)).toMatchObject({
      where: 'on demand',
      seconds: 0,
    });
  });

  it('faster with more threads and the compact strategy', () => {
    const slow = place('stage:\n    build:\n        SCD_THREADS: 1\n').seconds;
    const fast = place('stage:\n    build:\n        SCD_THREADS: 8\n').seconds;
    const compact = place(
      'stage:\n    build:\n        SCD_THREADS: 1\n        SCD_STRATEGY: compact\n',
    );
    expect(fast).toBeLessThan(slow);
    expect(compact.seconds).toBeLessThan(slow);
  });

  it('in the deploy phase, the maintenance window is longer by its time', () => {
    const project = defaultProject('starter');
    const window = (p: Project) => {
      const m = succeeded(redeployEnvironment(p, { env: 'staging' })).project.activity.at(-1)
        ?.deploy?.maintenance;
      return m ? m.end - m.start : null;
    };
    const dumped = { ...project, configDumped: true };
    const inDeploy = window(project);
    const inBuild = window(dumped);
    const scd = scdPlacement(parsedEnv(fileOn(project, 'staging', ENV)), false).seconds;
    expect(inDeploy).not.toBeNull();
    expect((inDeploy ?? 0) - (inBuild ?? 0)).toBeGreaterThanOrEqual(scd);
  });
});

describe('the real projects', () => {
  const cases = FIXTURE_PROJECTS.flatMap((name) => PLAN_IDS.map((plan) => ({ name, plan })));

  it.each(cases)(
    '$name on $plan: its files pass every check, and it redeploys',
    ({ name, plan }) => {
      const result = importConfig(plan, fixtureFiles(name));
      if (!result.ok) throw new Error(`${name} did not import`);
      const { project } = result;
      for (const id of ['master', 'staging']) {
        if (!tableGet(project.environments, id)) continue;
        const files = filesOn(project, id);
        expect(pushRejections(files, { storageMb: project.storageMb, running: files })).toEqual([]);
        const after = succeeded(redeployEnvironment(project, { env: id })).project;
        expect(after.activity.at(-1)).toMatchObject({ state: 'complete', result: 'success' });
      }
    },
  );
});
