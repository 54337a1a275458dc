import { describe, expect, it } from 'vitest';
import { validateRoutes } from '../../../src/domain/import/import-checks';
import { placed, sourceOf } from './import-outcome';

function check(
  text: string,
  apps: readonly string[] | null = ['mymagento'],
  services: readonly string[] = [],
) {
  return validateRoutes(sourceOf('.magento/routes.yaml', text), { apps, services });
}

describe('validateRoutes', () => {
  it('accepts upstream routes to the application and redirects with a target', () => {
    const findings = check(
      '"https://{default}/":\n    type: upstream\n    upstream: "mymagento:http"\n"http://{default}/":\n    type: redirect\n    to: "https://{default}/"\n',
    );
    expect([...findings.errors, ...findings.warnings]).toEqual([]);
  });

  it('accepts a redirect route with partial redirects and no target', () => {
    const findings = check(
      '"http://{default}/":\n    type: redirect\n    redirects:\n        paths: { "^/(.*)/$": { to: "/$1" } }\n',
    );
    expect(findings.errors).toEqual([]);
  });

  it('refuses a redirect route without a target', () => {
    expect(placed(check('"http://{default}/":\n    type: redirect\n').errors)).toEqual([
      '1 http://{default}/.to: redirect route "http://{default}/" has no target: add e.g. to: "https://{default}/"',
    ]);
  });

  it('refuses an upstream route without an upstream', () => {
    expect(placed(check('"https://{default}/":\n    type: upstream\n').errors)).toEqual([
      '1 https://{default}/.upstream: upstream route "https://{default}/" names no upstream: add e.g. upstream: "mymagento:http"',
    ]);
  });

  it('reads a route without a type as an upstream route, with a warning', () => {
    const findings = check('"https://{default}/":\n    upstream: "mymagento:http"\n');
    expect(findings.errors).toEqual([]);
    expect(placed(findings.warnings)).toEqual([
      '1 https://{default}/.type: route "https://{default}/" has no type: it is read as "upstream"',
    ]);
  });

  it('refuses an unknown route type', () => {
    expect(placed(check('"https://{default}/":\n    type: proxy\n').errors)).toEqual([
      '2 https://{default}/.type: route "https://{default}/": type must be "upstream" or "redirect", found the text "proxy"',
    ]);
  });

  it('refuses an upstream to an application the project does not have', () => {
    const text = '"https://{default}/":\n    type: upstream\n    upstream: "shop:http"\n';
    expect(placed(check(text).errors)).toEqual([
      '3 https://{default}/.upstream: route "https://{default}/" sends requests to application "shop", but the application is named "mymagento"',
    ]);
    expect(check(text, ['mymagento', 'shop']).errors).toEqual([]);
    expect(check(text, null).errors).toEqual([]);
  });

  it('refuses a route pattern that is not a URL and a route that is not a map', () => {
    expect(
      placed(
        check(
          '"{default}/":\n    type: upstream\n    upstream: "mymagento:http"\n"https://{all}/": yes\n',
        ).errors,
      ),
    ).toEqual([
      '1 {default}/: route "{default}/" is not a URL pattern: start it with http:// or https://, e.g. "https://{default}/"',
      '4 https://{all}/: route "https://{all}/" must be a map with "type:" and "upstream:" or "to:", found the text "yes"',
    ]);
  });

  it('warns that a file without routes leaves the application unreachable', () => {
    expect(placed(check('# no routes\n').warnings)).toEqual([
      '- -: has no routes: no URL reaches the application',
    ]);
  });

  it('accepts a route to a service that serves HTTP (Varnish in front of the application)', () => {
    const findings = check(
      '"https://{default}/":\n    type: upstream\n    upstream: "varnish:http"\n',
      ['mymagento'],
      ['varnish'],
    );
    expect(findings.errors).toEqual([]);
  });
});
