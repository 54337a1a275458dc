import type { Commit } from '../types';
import type { YamlProblem } from './parse-yaml';
import { type AppDefinition, readApp } from './read-app';
import { type RouteDefinition, readRoutes } from './read-routes';
import { readServices, type ServiceDefinition } from './read-services';

export type CommitConfig = Readonly<{
  app: AppDefinition;
  services: readonly ServiceDefinition[];
  routes: readonly RouteDefinition[];
  problems: readonly YamlProblem[];
}>;

const cache = new WeakMap<Commit, CommitConfig>();

/** The parsed configuration of a commit; commits are immutable, so it is parsed once. */
export function readCommitConfig(commit: Commit): CommitConfig {
  const cached = cache.get(commit);
  if (cached) return cached;
  const app = readApp(commit.files['.magento.app.yaml']);
  const services = readServices(commit.files['.magento/services.yaml']);
  const routes = readRoutes(commit.files['.magento/routes.yaml']);
  const config: CommitConfig = {
    app: app.app,
    services: services.services,
    routes: routes.routes,
    problems: [...app.problems, ...services.problems, ...routes.problems],
  };
  cache.set(commit, config);
  return config;
}
