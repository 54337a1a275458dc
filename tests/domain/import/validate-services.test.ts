import { describe, expect, it } from 'vitest';
import { validateServices } from '../../../src/domain/import/import-checks';
import { placed, sourceOf } from './import-outcome';

function check(text: string) {
  return validateServices(sourceOf('.magento/services.yaml', text));
}

describe('validateServices', () => {
  it('reads an empty or comment-only file as no services', () => {
    const { findings, ids } = check('# mysql:\n#     type: mysql:10.4\n');
    expect(ids).toEqual([]);
    expect(findings.errors).toEqual([]);
  });

  it('refuses a file that is not a map of service ids', () => {
    const { findings, ids } = check('- mysql\n- redis\n');
    expect(ids).toBeNull();
    expect(placed(findings.errors)).toEqual([
      '1 -: expected a map of service ids (e.g. "mysql:" with "type: mysql:10.4" under it), found a list',
    ]);
  });

  it('accepts ids with dashes and underscores and refuses other ones', () => {
    const { findings, ids } = check(
      'redis-session:\n    type: redis:7.2\nopensearch1-1:\n    type: opensearch:1.1\nMy DB:\n    type: mysql:10.6\n',
    );
    expect(ids).toEqual(['redis-session', 'opensearch1-1', 'My DB']);
    expect(placed(findings.errors)).toEqual([
      '5 My DB: service id "My DB" is not valid: use lowercase letters, digits, "-" and "_"',
    ]);
  });

  it('refuses a service whose body is not a map', () => {
    const { findings } = check('mysql: mysql:10.6\n');
    expect(placed(findings.errors)).toEqual([
      '1 mysql: service "mysql" must be a map with "type:" (and "disk:"), found the text "mysql:10.6"',
    ]);
  });

  it('refuses a type that is not name:version', () => {
    const { findings } = check('mysql:\n    type: MySQL 10\nredis:\n    type: 7\n');
    expect(placed(findings.errors)).toEqual([
      '2 mysql.type: service "mysql": type "MySQL 10" is not name:version (lowercase name, then a version number), e.g. mysql:10.4 or redis:7.2',
      '4 redis.type: service "redis": the type must be name:version, e.g. mysql:10.4 or redis:7.2; found the number 7',
    ]);
  });

  it('refuses a disk that is not a whole number of MB above 0', () => {
    const { findings } = check(
      'mysql:\n    type: mysql:10.6\n    disk: 2GB\nsolr:\n    type: solr:8.4\n    disk: -1\nredis:\n    type: redis:7.2\n    disk: 1.5\n',
    );
    expect(placed(findings.errors)).toEqual([
      '3 mysql.disk: service "mysql": disk must be a whole number of MB above 0 (e.g. 2048), found the text "2GB"',
      '6 solr.disk: service "solr": disk must be a whole number of MB above 0 (e.g. 2048), found the number -1',
      '9 redis.disk: service "redis": disk must be a whole number of MB above 0 (e.g. 2048), found the number 1.5',
    ]);
  });

  it('places a finding in a differently indented block on its own line', () => {
    const { findings } = check('mysql:\n    type: mysql:10.4\nopensearch:\n  type: opensearch:x\n');
    expect(findings.errors.map((e) => [e.line, e.path])).toEqual([[4, 'opensearch.type']]);
  });

  it('counts lines the same in a file with Windows line endings', () => {
    const { findings } = check('mysql:\r\n    type: mysql:10.4\r\nredis:\r\n    disk: 512\r\n');
    expect(findings.errors.map((e) => [e.line, e.path])).toEqual([[3, 'redis.type']]);
  });
});
