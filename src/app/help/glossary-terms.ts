/**
 * The words the explorer uses, each in a sentence or two, as DOMAIN.md states the platform's
 * rules (2.1 docs unless said). Alphabetical, as a reader looks them up.
 */
export type GlossaryTerm = Readonly<{ term: string; text: string }>;

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    term: 'Activate',
    text: 'Deploys an inactive environment’s services and gives it a fresh copy of its parent’s data. Refused when the plan’s active limit is reached.',
  },
  {
    term: 'Active',
    text: 'Deployed, with running services, a URL and data of its own. Active environments count against the active limit.',
  },
  {
    term: 'Active limit',
    text: 'How many environments may be active at once: on Starter 4 in total, master included; on Pro 5 in the Integration group (integration and the branches under it). Inactive environments are unlimited. The header shows the count.',
  },
  {
    term: 'Activity',
    text: 'Every operation is listed in the Activity region, newest first, as the web console’s history lists it. One that deploys (merge, push, sync, activate, redeploy) runs as an activity: pending, in progress, then complete or cancelled, with a result and a log.',
  },
  {
    term: 'Branch',
    text: 'Creates a new environment from its parent: a Git branch of the parent’s code, active, with a copy of its services, data and variables. On Pro, new work branches from integration or below, never from master, production or staging.',
  },
  {
    term: 'Build phase',
    text: 'The first phase of a deploy: the build hook runs with no services reachable and no runtime variables. It is skipped when the same Git tree was built before. A failed build leaves the previous deploy running: no downtime.',
  },
  {
    term: 'Change parent',
    text: 'Makes another environment the one this one merges into and syncs from. Not to a descendant of its own, and not for the root.',
  },
  {
    term: 'Deactivate',
    text: 'Removes an environment’s services and data; the branch and its code stay (the web console calls this “delete”). Not for the root, nor while it has active children.',
  },
  {
    term: 'Delete',
    text: 'Removes an inactive branch from the project altogether. Refused while it is active or has children.',
  },
  {
    term: 'Deploy phase',
    text: 'The second phase: services and runtime variables are available, and the site is in maintenance mode while the deploy hook runs. A failed deploy hook leaves the site in maintenance mode.',
  },
  {
    term: 'Environment',
    text: 'One Git branch plus everything deployed for it: a database, web server, cache, the configured services, variables and configuration. Environments form a tree: each but the root has a parent.',
  },
  {
    term: 'Environment variable',
    text: 'A variable set on one environment, visible at runtime and inherited by its children unless a child overrides it (“Inherited”, “Overridden”). Setting one redeploys that environment only; its children see it once redeployed.',
  },
  {
    term: 'Global Master',
    text: 'The root of a Pro project, the master branch: it receives a copy of the Production code after each release. Nobody branches from it.',
  },
  {
    term: 'Inactive',
    text: 'Only the Git branch exists: no services, no data, no URL. Any number is allowed. An inactive branch cannot be merged, as nothing is deployed to test; activate it first.',
  },
  {
    term: 'Inheritable',
    text: 'An environment variable’s flag, on by default. Off, the value stays on its environment and does not flow down to children, e.g. a production secret.',
  },
  {
    term: 'Integration',
    text: 'Where development work is merged and tested before Staging. On Starter, any branch under staging; on Pro, the integration branch, with the development branches under it, on shared PaaS containers.',
  },
  {
    term: 'Maintenance mode',
    text: 'While the deploy hook runs the site shows a maintenance page: the downtime of a deploy. If the hook fails, the site stays in maintenance mode until a fixed deploy succeeds.',
  },
  {
    term: 'Merge',
    text: 'Moves a child’s code up into its parent, which rebuilds and redeploys. Code only: data and environment variables never move up. Refused while either side is inactive, or when both changed the same setting (a conflict).',
  },
  {
    term: 'Post-deploy phase',
    text: 'The last phase: the post_deploy hook, e.g. warming the cache, with the site already up. A failure here is logged and the site stays up.',
  },
  {
    term: 'Production',
    text: 'The live store. On Starter it is master, the root; on Pro it is production, a 3-node high-availability cluster on dedicated hardware.',
  },
  {
    term: 'Project variable',
    text: 'One value in every environment, visible at build and runtime. An environment variable of the same name wins, and the project one shows as “Inactive” there. Changing one redeploys nothing: each environment needs a redeploy to see it.',
  },
  {
    term: 'Push new branch',
    text: 'A branch pushed with git from a clone: the environment exists but stays inactive until activated, with nothing deployed and no data. Allowed even at the active limit.',
  },
  {
    term: 'Redeploy',
    text: 'Deploys an environment again without a code change, so it picks up changed variables. It reuses the existing build instead of rebuilding.',
  },
  {
    term: 'Relationship',
    text: 'An entry under relationships in .magento.app.yaml, such as database: "mysql:mysql", that lets the application reach a service. A service without one is deployed but unused.',
  },
  {
    term: 'Sensitive',
    text: 'A variable whose value is hidden in the UI for good; the application can still read it. One-way: it cannot be made non-sensitive again, only deleted and created anew.',
  },
  {
    term: 'Service',
    text: 'A database, cache, search engine or message queue listed in .magento/services.yaml with a type and version (mysql:10.0, redis:3.0) and a disk size. Renaming a service’s id deletes the old one and its data.',
  },
  {
    term: 'Snapshot',
    text: 'A backup of an environment’s data and mounted files, which “Restore snapshot” puts back within 7 days; the code stays as it is. Not on Pro Staging or Production.',
  },
  {
    term: 'Staging',
    text: 'Pre-production, to test on the Production stack before going live. On Pro it runs on dedicated hardware of Production’s class.',
  },
  {
    term: 'Support ticket',
    text: 'On Pro Staging and Production, changes to services, routes and the application (the YAML files, but not .magento.env.yaml) take effect only through a ticket to support; the code still deploys. “Complete support ticket” applies what waits (real ones take up to 48 hours).',
  },
  {
    term: 'Sync code',
    text: 'Brings the parent’s commits down into the child, which redeploys. Refused while the child has commits not yet merged up.',
  },
  {
    term: 'Sync data',
    text: 'Replaces the child’s databases and files with a copy of the parent’s, and redeploys it. On Pro, no data ever comes down from Staging or Production into Integration.',
  },
  {
    term: 'Visible at build / runtime',
    text: 'Where a variable can be read: during the build phase (which has no services), at runtime when the application runs, or both. One not visible at a stage is absent there.',
  },
];
