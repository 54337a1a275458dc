import { describe, expect, it } from 'vitest';
import { validateEnv } from '../../../src/domain/import/import-checks';
import { placed, sourceOf } from './import-outcome';

function check(text: string) {
  return validateEnv(sourceOf('.magento.env.yaml', text));
}

describe('validateEnv', () => {
  it('accepts the four stages, log and system sections', () => {
    const findings = check(
      'stage:\n    global: {}\n    build:\n        SCD_THREADS: 4\n    deploy:\n    post-deploy:\n        WARM_UP_PAGES: [index.php]\nlog:\n    gelf: {}\nsystem:\n    variables: {}\n',
    );
    expect([...findings.errors, ...findings.warnings]).toEqual([]);
  });

  it('accepts an empty or comment-only file', () => {
    const findings = check('# stage:\n#     deploy: {}\n');
    expect([...findings.errors, ...findings.warnings]).toEqual([]);
  });

  it('warns about stages ece-tools does not read, naming them', () => {
    expect(placed(check('stage:\n    deploy: {}\n    postdeploy: {}\n').warnings)).toEqual([
      '3 stage.postdeploy: unknown stage "postdeploy": ece-tools reads only global, build, deploy and post-deploy, so these settings are ignored',
    ]);
  });

  it('refuses a file, a stage section or a stage that is not a map', () => {
    expect(placed(check('- deploy\n').errors)).toEqual([
      '1 -: expected a map with "stage:" (global, build, deploy, post-deploy) and "log:", found a list',
    ]);
    expect(placed(check('stage: deploy\n').errors)).toEqual([
      '1 stage: stage must be a map of global, build, deploy and post-deploy, found the text "deploy"',
    ]);
    expect(placed(check('stage:\n    build: 4\n').errors)).toEqual([
      '2 stage.build: stage "build" must be a map of settings (e.g. SCD_THREADS: 4), found the number 4',
    ]);
  });
});
