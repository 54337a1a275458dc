import { describe, expect, it } from 'vitest';
import { validateApp } from '../../../src/domain/import/import-checks';
import { placed, sourceOf } from './import-outcome';

function errorsOf(text: string): string[] {
  return placed(validateApp(sourceOf('.magento.app.yaml', text)).errors);
}

describe('validateApp', () => {
  it('accepts a named application with a type and relationships', () => {
    expect(
      errorsOf('name: mymagento\ntype: php:8.3\nrelationships:\n    database: "mysql:mysql"\n'),
    ).toEqual([]);
  });

  it('asks for the name and the type of the application', () => {
    expect(errorsOf('disk: 2048\n')).toEqual([
      '1 name: the application has no name: add e.g. "name: mymagento"',
      '1 type: the application has no type: add e.g. "type: php:8.3"',
    ]);
  });

  it('refuses a name that is not text and a type without a valid version', () => {
    expect(errorsOf('name: [a, b]\ntype: php:latest\n')).toEqual([
      '1 name: the application name must be text, found a list',
      '2 type: the application: type "php:latest" has no valid version: "latest" is not a version number; write e.g. php:8.3 or nodejs:20',
    ]);
  });

  it('refuses relationships that are not a map', () => {
    expect(errorsOf('name: app\ntype: php:8.3\nrelationships:\n    - mysql:mysql\n')).toEqual([
      '3 relationships: relationships must be a map of name: "service:endpoint" (e.g. database: "mysql:mysql"), found a list',
    ]);
  });

  it('refuses a relationship that is not "service:endpoint"', () => {
    const text =
      'name: app\ntype: php:8.3\nrelationships:\n    database: "mysql"\n    redis: { service: redis }\n';
    expect(errorsOf(text)).toEqual([
      '4 relationships.database: relationship "database" must be "service:endpoint" (e.g. "mysql:mysql"), found the text "mysql"',
      '5 relationships.redis: relationship "redis" must be "service:endpoint" (e.g. "mysql:mysql"), found a map',
    ]);
  });

  it('refuses a disk that is not a whole number of MB and variables that are not a map', () => {
    expect(errorsOf('name: app\ntype: php:8.3\ndisk: big\nvariables: 3\n')).toEqual([
      '3 disk: the application: disk must be a whole number of MB above 0 (e.g. 2048), found the text "big"',
      '4 variables: variables must be a map of prefixes (env:, php:) to names and values, found the number 3',
    ]);
  });

  it('reads relationships commented out to nothing as none', () => {
    expect(
      errorsOf('name: app\ntype: php:8.3\nrelationships:\n#    database: "mysql:mysql"\n'),
    ).toEqual([]);
  });
});
