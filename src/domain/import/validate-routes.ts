import { isRecord } from '../config/parse-yaml';
import type { ConfigSource } from './config-source';
import { describeValue } from './describe-value';
import { createFindings, type Findings } from './findings';

function listed(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}

function validateUpstream(
  findings: Findings,
  pattern: string,
  upstream: unknown,
  apps: readonly string[] | null,
): void {
  const path = [pattern, 'upstream'];
  const example = `${apps?.[0] ?? 'mymagento'}:http`;
  if (upstream === undefined || upstream === null) {
    findings.error(
      path,
      `upstream route "${pattern}" names no upstream: add e.g. upstream: "${example}"`,
    );
    return;
  }
  if (typeof upstream !== 'string' || upstream === '') {
    findings.error(
      path,
      `route "${pattern}": upstream must be "application:endpoint" (e.g. "${example}"), found ${describeValue(upstream)}`,
    );
    return;
  }
  const app = upstream.split(':')[0] ?? upstream;
  if (apps !== null && !apps.includes(app)) {
    const known =
      apps.length === 1
        ? `the application is named ${listed(apps)}`
        : `the applications are ${listed(apps)}`;
    findings.error(path, `route "${pattern}" sends requests to application "${app}", but ${known}`);
  }
}

function validateRedirect(findings: Findings, pattern: string, route: Record<string, unknown>) {
  if (typeof route.to === 'string' && route.to !== '') return;
  if (route.to === undefined && isRecord(route.redirects)) return; // partial redirects only
  findings.error(
    [pattern, 'to'],
    route.to === undefined || route.to === null
      ? `redirect route "${pattern}" has no target: add e.g. to: "https://{default}/"`
      : `redirect route "${pattern}": to must be a URL, found ${describeValue(route.to)}`,
  );
}

/**
 * Checks `.magento/routes.yaml`: each URL pattern maps to an `upstream` route naming one of
 * the project's applications (`apps`, `null` when unknown) or a `redirect` with a target.
 */
export function validateRoutes(source: ConfigSource, apps: readonly string[] | null): Findings {
  const findings = createFindings(source);
  const { value } = source;
  if (value === null) {
    findings.warn([], 'has no routes: no URL reaches the application');
    return findings;
  }
  if (!isRecord(value)) {
    findings.error(
      [],
      `expected a map of URL patterns (e.g. "https://{default}/":) to routes, found ${describeValue(value)}`,
    );
    return findings;
  }
  for (const [pattern, route] of Object.entries(value)) {
    if (!/^https?:\/\//.test(pattern)) {
      findings.error(
        [pattern],
        `route "${pattern}" is not a URL pattern: start it with http:// or https://, e.g. "https://{default}/"`,
      );
    }
    if (!isRecord(route)) {
      findings.error(
        [pattern],
        `route "${pattern}" must be a map with "type:" and "upstream:" or "to:", found ${describeValue(route)}`,
      );
      continue;
    }
    let type = route.type;
    if (type === undefined || type === null) {
      findings.warn([pattern, 'type'], `route "${pattern}" has no type: it is read as "upstream"`);
      type = 'upstream';
    }
    if (type === 'upstream') validateUpstream(findings, pattern, route.upstream, apps);
    else if (type === 'redirect') validateRedirect(findings, pattern, route);
    else {
      findings.error(
        [pattern, 'type'],
        `route "${pattern}": type must be "upstream" or "redirect", found ${describeValue(type)}`,
      );
    }
  }
  return findings;
}
