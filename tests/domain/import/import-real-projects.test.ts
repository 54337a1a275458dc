import { describe, expect, it } from 'vitest';
import { importConfig } from '../../../src/domain/import/import-config';
import type { ImportMessage } from '../../../src/domain/import/import-result';
import { planRules } from '../../../src/domain/plans';
import { resolveServices } from '../../../src/domain/resolve-services';
import { resolveVariables } from '../../../src/domain/resolve-variables';
import { tableValues } from '../../../src/domain/table';
import { PLAN_IDS, type Project } from '../../../src/domain/types';
import { FIXTURE_PROJECTS, fixtureFiles } from './fixture-files';
import { imported } from './import-outcome';

type Expected = Readonly<{
  title: string;
  /** `id type version relationships` as the environments show them; `-` for none. */
  services: readonly string[];
  /** `file path line` of each warning, the file relative to the project folder. */
  warnings: readonly string[];
}>;

const SOURCE_IGNORED = 'SOURCE.txt - -';
const NO_ENV = '.magento.env.yaml - -';
/** The files ask for more disk than the plan's 5 GB: the project gets the storage they need. */
const STORAGE = '.magento/services.yaml - -';

// Services and relationships as the fixtures' README lists them, per project.
const EXPECTED: Readonly<Record<string, Expected>> = {
  achinthala__n8n: {
    title: 'mymagento (imported)',
    services: [
      'mysql mysql:10.6 10.6 database',
      'redis redis:7.2 7.2 -',
      'opensearch opensearch:2 2 opensearch',
      'cache valkey:8.0 8.0 valkey',
    ],
    warnings: [
      STORAGE,
      '.magento/services.yaml redis 9',
      SOURCE_IGNORED,
      '.magento/routes.yaml - -',
    ],
  },
  'artmouse__firt-project-magento2': {
    title: 'mymagento (imported)',
    services: [
      'mysql mysql:10.2 10.2 database,mbi',
      'redis redis:5.0 5.0 redis',
      'elasticsearch elasticsearch:6.5 6.5 elasticsearch',
      'rabbitmq rabbitmq:3.5 3.5 rabbitmq',
    ],
    warnings: [STORAGE, SOURCE_IGNORED],
  },
  'blueacorninc__adobe-commerce-cloud-hosting-examples-pwa': {
    title: 'mypwa (imported)',
    services: [],
    warnings: [SOURCE_IGNORED, '.magento/services.yaml - -', NO_ENV],
  },
  chubin1999__datn: {
    title: 'mymagento (imported)',
    services: [
      'mysql mysql:10.3 10.3 database',
      'redis redis:5.0 5.0 redis',
      'elasticsearch elasticsearch:7.7 7.7 elasticsearch',
      'rabbitmq rabbitmq:3.8 3.8 rabbitmq',
    ],
    warnings: [STORAGE, SOURCE_IGNORED],
  },
  'congvt305__staging-twap': {
    title: 'mymagento (imported)',
    services: [
      'mysql mysql:10.2 10.2 database',
      'redis redis:5.0 5.0 redis',
      'elasticsearch elasticsearch:7.7 7.7 elasticsearch',
    ],
    warnings: [STORAGE, SOURCE_IGNORED],
  },
  karlhass15__sport: {
    title: 'mymagento (imported)',
    services: [
      'mysql mysql:10.0 10.0 database',
      'redis redis:3.0 3.0 redis',
      'elasticsearch elasticsearch:1.7 1.7 elasticsearch',
      'rabbitmq rabbitmq - rabbitmq',
    ],
    warnings: ['.magento/services.yaml rabbitmq.type 17', SOURCE_IGNORED],
  },
  'magento-thunder__empty-cloud': {
    title: 'mymagento (imported)',
    services: [],
    warnings: [SOURCE_IGNORED, NO_ENV],
  },
  'magento__magento-cloud@2016': {
    title: 'mymagento (imported)',
    services: [
      'mysql mysql:10.0 10.0 database',
      'redis redis:3.0 3.0 redis',
      'solr solr:4.10 4.10 solr',
    ],
    warnings: [SOURCE_IGNORED, NO_ENV],
  },
  'magento__magento-cloud@2019': {
    title: 'mymagento (imported)',
    services: [
      'mysql mysql:10.2 10.2 database',
      'redis redis:5.0 5.0 redis',
      'elasticsearch elasticsearch:6.5 6.5 elasticsearch',
    ],
    warnings: [SOURCE_IGNORED, NO_ENV],
  },
  'magento__magento-cloud@2020': {
    title: 'mymagento (imported)',
    services: [
      'mysql mysql:10.3 10.3 database',
      'redis redis:5.0 5.0 redis',
      'elasticsearch elasticsearch:7.7 7.7 elasticsearch',
    ],
    warnings: [SOURCE_IGNORED, NO_ENV],
  },
  'magento__magento-cloud@2026-appserver': {
    title: 'mymagento (imported)',
    services: [
      'mariadb mariadb:11.4 11.4 database',
      'cache valkey:8.0 8.0 valkey',
      'opensearch opensearch:3 3 opensearch',
    ],
    warnings: [
      STORAGE,
      'application-server/.magento/.magento.app.yaml.sample - 1',
      SOURCE_IGNORED,
      NO_ENV,
    ],
  },
  mahesharige253__bat_magento_rubik: {
    title: 'mymagento (imported)',
    services: [
      'mysql mysql:10.6 10.6 database',
      'redis redis:7.0 7.0 redis',
      'opensearch opensearch:2 2 opensearch',
      'rabbitmq rabbitmq:3.11 3.11 rabbitmq',
    ],
    warnings: ['.magento.env.yaml integration 14', STORAGE, SOURCE_IGNORED],
  },
  'maroooooon__coca-cola-japan': {
    title: 'mymagento (imported)',
    services: [
      'mysql mysql:10.4 10.4 database',
      'redis redis:6.2 6.2 redis',
      'opensearch opensearch:1.2 1.2 opensearch',
    ],
    warnings: [STORAGE, SOURCE_IGNORED],
  },
  thamnt98__market: {
    title: 'mymagento (imported)',
    services: [
      'mysql mysql:10.2 10.2 database',
      'redis redis:5.0 5.0 redis',
      'elasticsearch elasticsearch:6.5 6.5 elasticsearch',
      'rabbitmq rabbitmq:3.8 3.8 rabbitmq',
    ],
    warnings: [STORAGE, SOURCE_IGNORED],
  },
  'the-it-nerd__aulas-open-source': {
    title: 'origenes (imported)',
    services: [
      'mysql mariadb:10.6 10.6 database',
      'redis redis:7.0 7.0 redis',
      'opensearch opensearch:2.4 2.4 opensearch',
      'rabbitmq rabbitmq:3.9 3.9 rabbitmq',
    ],
    warnings: [STORAGE, SOURCE_IGNORED],
  },
  ziffitykishore__agilex: {
    title: 'mymagento (imported)',
    services: [
      'mysql mysql:10.2 10.2 database',
      'redis redis:5.0 5.0 redis',
      'rabbitmq rabbitmq:3.8 3.8 rabbitmq',
      'elasticsearch elasticsearch:6.8 6.8 elasticsearch',
    ],
    warnings: [STORAGE, SOURCE_IGNORED],
  },
};

function servicesOn(project: Project, envId: string): string[] {
  return resolveServices(project, envId).services.map(
    (s) => `${s.id} ${s.type} ${s.version ?? '-'} ${s.usedBy.join(',') || '-'}`,
  );
}

function placeOf(project: string, warning: ImportMessage): string {
  const file = warning.file.slice(`${project}/`.length);
  return `${file} ${warning.path ?? '-'} ${warning.line ?? '-'}`;
}

const cases = FIXTURE_PROJECTS.flatMap((project) => PLAN_IDS.map((plan) => ({ project, plan })));

describe('importConfig on real projects', () => {
  it('knows every fixture project', () => {
    expect(FIXTURE_PROJECTS).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(cases)(
    '$project on $plan: imports the services and relationships',
    ({ project, plan }) => {
      const expected = EXPECTED[project] as Expected;
      const result = imported(importConfig(plan, fixtureFiles(project)));
      expect(result.project.title).toBe(expected.title);
      for (const branch of planRules(plan).fixedBranches) {
        expect(servicesOn(result.project, branch.id)).toEqual(expected.services);
        expect(resolveServices(result.project, branch.id).danglingRelationships).toEqual([]);
      }
    },
  );

  it.each(cases)(
    '$project on $plan: warns only where the files call for it',
    ({ project, plan }) => {
      const { warnings } = imported(importConfig(plan, fixtureFiles(project)));
      expect(warnings.map((w) => placeOf(project, w))).toEqual(EXPECTED[project]?.warnings);
    },
  );

  it.each(FIXTURE_PROJECTS)('%s: keeps every imported file byte for byte', (project) => {
    const files = fixtureFiles(project);
    const { project: result } = imported(importConfig('starter', files));
    const [commit] = tableValues(result.commits);
    for (const [name, text] of Object.entries(commit?.files ?? {})) {
      const given = files.find((f) => f.path === `${project}/${name}`);
      if (given) expect(text).toBe(given.text);
    }
  });
});

describe('importConfig on real projects: findings', () => {
  it("warns that n8n's redis is deployed but no relationship reaches it", () => {
    const { warnings } = imported(importConfig('starter', fixtureFiles('achinthala__n8n')));
    expect(warnings).toContainEqual({
      file: 'achinthala__n8n/.magento/services.yaml',
      line: 9,
      path: 'redis',
      message:
        'service "redis" (redis:7.2) is deployed but unused: no relationship in achinthala__n8n/.magento.app.yaml reaches it',
    });
  });

  it('reports the application server of the 2026 template as a second application', () => {
    const project = 'magento__magento-cloud@2026-appserver';
    const { warnings } = imported(importConfig('pro', fixtureFiles(project)));
    const second = warnings.find((w) => w.file.endsWith('.magento.app.yaml.sample'));
    expect(second?.message).toContain('another application "application-server"');
    expect(second?.message).toContain('a .sample file: not deployed until it is renamed');
    expect(second?.message).toContain(
      'its relationships: database → mysql:mysql, redis → redis:redis, opensearch → opensearch:opensearch',
    );
    expect(second?.message).toContain('not in services.yaml: mysql, redis');
  });

  it('keeps the root application as the one of the commit in a multi-application layout', () => {
    const project = 'magento__magento-cloud@2026-appserver';
    const { project: result } = imported(importConfig('pro', fixtureFiles(project)));
    const services = resolveServices(result, 'integration');
    expect(services.platform).toContain('PHP application server (php:8.4)');
  });

  it('warns about an unknown section of .magento.env.yaml and names it', () => {
    const project = 'mahesharige253__bat_magento_rubik';
    const { warnings } = imported(importConfig('starter', fixtureFiles(project)));
    expect(warnings).toContainEqual({
      file: `${project}/.magento.env.yaml`,
      line: 14,
      path: 'integration',
      message:
        'unknown section "integration": ece-tools reads only stage, log and system, so it is ignored',
    });
  });

  it('accepts a service type without a version, with a warning', () => {
    const { warnings } = imported(importConfig('starter', fixtureFiles('karlhass15__sport')));
    expect(warnings).toContainEqual({
      file: 'karlhass15__sport/.magento/services.yaml',
      line: 17,
      path: 'rabbitmq.type',
      message:
        'service "rabbitmq": type "rabbitmq" has no version: pin one as rabbitmq:<version> so every environment runs the same',
    });
  });

  it('gives a project without routes.yaml the default route to its application', () => {
    const { project } = imported(importConfig('starter', fixtureFiles('achinthala__n8n')));
    const [commit] = tableValues(project.commits);
    expect(commit?.files['.magento/routes.yaml']).toBe(
      '"http://{default}/":\n    type: upstream\n    upstream: "mymagento:http"\n',
    );
  });

  it('gives a project without services.yaml no services', () => {
    const project = 'blueacorninc__adobe-commerce-cloud-hosting-examples-pwa';
    const { project: result } = imported(importConfig('starter', fixtureFiles(project)));
    expect(resolveServices(result, 'master').services).toEqual([]);
    expect(resolveServices(result, 'master').platform).toContain(
      'Node.js application server (nodejs:20)',
    );
  });

  it('shows the application variables of the app file and no others', () => {
    const { project } = imported(importConfig('pro', fixtureFiles('magento__magento-cloud@2019')));
    expect(resolveVariables(project, 'staging').map((r) => `${r.level} ${r.name}`)).toEqual([
      'application env:CONFIG__DEFAULT__PAYPAL_ONBOARDING__MIDDLEMAN_DOMAIN',
      'application env:CONFIG__STORES__DEFAULT__PAYMENT__BRAINTREE__CHANNEL',
      'application env:CONFIG__STORES__DEFAULT__PAYPAL__NOTATION_CODE',
    ]);
  });
});
