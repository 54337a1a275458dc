import { expect, type Page, test } from '@playwright/test';
import {
  allEdges,
  allNodes,
  detailsPanel,
  edge,
  node,
  openApp,
  panelTitle,
  planRadio,
  selectEnvironment,
  switchPlan,
} from './helpers';

const STARTER = {
  nodes: ['master', 'staging', 'feature-checkout', 'feature-old-theme'],
  edges: [
    ['staging', 'master'],
    ['feature-checkout', 'staging'],
    ['feature-old-theme', 'staging'],
  ],
  absent: ['production', 'integration'],
} as const;

const PRO = {
  nodes: [
    'master',
    'production',
    'staging',
    'integration',
    'feature-checkout',
    'feature-old-theme',
  ],
  edges: [
    ['production', 'master'],
    ['staging', 'production'],
    ['integration', 'staging'],
    ['feature-checkout', 'integration'],
    ['feature-old-theme', 'integration'],
  ],
  absent: [],
} as const;

async function expectDiagram(
  page: Page,
  plan: {
    nodes: readonly string[];
    edges: readonly (readonly [string, string])[];
    absent: readonly string[];
  },
) {
  for (const id of plan.nodes) await expect(node(page, id), `node ${id}`).toBeVisible();
  for (const [child, parent] of plan.edges) {
    await expect(edge(page, child, parent), `edge ${child}->${parent}`).toBeVisible();
  }
  for (const id of plan.absent) await expect(node(page, id), `node ${id}`).toHaveCount(0);
  // Nothing else is drawn: exactly these environments and merge paths.
  await expect(allNodes(page)).toHaveCount(plan.nodes.length);
  await expect(allEdges(page)).toHaveCount(plan.edges.length);
}

test.describe('plan switch', () => {
  test('is a radio group named "Plan" with Starter checked at first', async ({ page }) => {
    await openApp(page);
    const group = page.getByRole('radiogroup', { name: 'Plan' });
    await expect(group.getByRole('radio', { name: 'Starter', exact: true })).toBeChecked();
    await expect(group.getByRole('radio', { name: 'Pro', exact: true })).not.toBeChecked();
  });

  test('shows each default project with its environments and merge paths', async ({ page }) => {
    await openApp(page);
    await expect(planRadio(page, 'Starter')).toBeChecked();
    await expectDiagram(page, STARTER);
    // Starter staging hangs off master; feature branches off staging.
    await expect(edge(page, 'feature-checkout', 'integration')).toHaveCount(0);

    await switchPlan(page, 'Pro');
    await expectDiagram(page, PRO);
    await expect(edge(page, 'staging', 'master')).toHaveCount(0);
    await expect(edge(page, 'feature-checkout', 'staging')).toHaveCount(0);

    await switchPlan(page, 'Starter');
    await expectDiagram(page, STARTER);
  });

  test('marks the inactive environment as inactive on the canvas', async ({ page }) => {
    await openApp(page);
    for (const plan of ['Starter', 'Pro'] as const) {
      await switchPlan(page, plan);
      await expect(node(page, 'feature-old-theme')).toContainText('inactive');
      await expect(node(page, 'feature-checkout')).toContainText('active');
      await expect(node(page, 'feature-checkout')).not.toContainText('inactive');
      await expect(node(page, 'staging')).not.toContainText('inactive');
    }
  });

  test('each plan keeps its own selection when switching back and forth', async ({ page }) => {
    await openApp(page);
    await selectEnvironment(page, 'feature-checkout', 'Checkout with RabbitMQ');

    // Pro has its own view: nothing selected yet.
    await switchPlan(page, 'Pro');
    await expect(node(page, 'production')).toBeVisible();
    await expect(panelTitle(page)).toHaveCount(0);
    await expect(detailsPanel(page)).toContainText('Pro plan.');
    await selectEnvironment(page, 'integration', 'Integration');

    await switchPlan(page, 'Starter');
    await expect(panelTitle(page)).toHaveText('Checkout with RabbitMQ');
    await expect(node(page, 'production')).toHaveCount(0);

    await switchPlan(page, 'Pro');
    await expect(panelTitle(page)).toHaveText('Integration');
  });
});
