import { isRecord, parseYaml, type YamlProblem } from './parse-yaml';

export type RouteDefinition = Readonly<{
  /** The URL pattern as written, e.g. `https://{default}/`. */
  pattern: string;
  type: 'upstream' | 'redirect' | string;
  upstream: string | null;
  to: string | null;
  cache: boolean | null;
}>;

export const ROUTES_FILE = '.magento/routes.yaml';

/** Reads `.magento/routes.yaml`: URL patterns to an upstream or a redirect. */
export function readRoutes(text: string): { routes: RouteDefinition[]; problems: YamlProblem[] } {
  const parsed = parseYaml(ROUTES_FILE, text);
  if (!parsed.ok) return { routes: [], problems: [parsed.problem] };
  if (!isRecord(parsed.value)) return { routes: [], problems: [] };
  const routes = Object.entries(parsed.value).map(([pattern, body]) => {
    const route = isRecord(body) ? body : {};
    const cache = isRecord(route.cache) ? route.cache.enabled !== false : null;
    return {
      pattern,
      type: typeof route.type === 'string' ? route.type : 'upstream',
      upstream: typeof route.upstream === 'string' ? route.upstream : null,
      to: typeof route.to === 'string' ? route.to : null,
      cache,
    };
  });
  return { routes, problems: [] };
}
