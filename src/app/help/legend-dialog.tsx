import type { CSSProperties } from 'react';
import { ROLE_STYLE } from '../../canvas/node-display';
import { ModalDialog } from '../../components/modal-dialog';
import { planRules } from '../../domain/plans';
import {
  DEPLOY_STATE_KINDS,
  type DeployState,
  type Edition,
  PLAN_IDS,
  ROLES,
  type Role,
} from '../../domain/types';
import { useAppStore } from '../../store/app-store';
import './help.css';

/** What each role is for; keyed by role, so a new role cannot go unexplained. */
const ROLE_MEANING: Readonly<Record<Role, string>> = {
  'global-master':
    'The root of a Pro project (master): receives a copy of the Production code after each release.',
  production: 'The live store. Pro Production runs on a dedicated 3-node cluster.',
  staging: 'Pre-production, to test on the Production stack before going live.',
  integration: 'Where work is merged and tested before Staging.',
  development: 'Pro: a work branch under integration.',
};

/** What each deploy state on a node means (DOMAIN.md §7). */
const DEPLOY_MEANING: Readonly<Record<DeployState['kind'], string>> = {
  pending: 'Queued: it starts once the deploy before it on this environment has ended.',
  building:
    'Build phase: the build hook runs, with no services reachable. The previous deploy keeps serving.',
  deploying: 'Deploy phase: services and runtime variables are available to the deploy hook.',
  maintenance: 'The deploy hook runs and the site shows its maintenance page (downtime).',
  'post-deploy': 'The post_deploy hook runs (cache warm-up); the site is already up.',
  deployed: 'The last deploy succeeded; the node says what set it off.',
  failed:
    'The last deploy failed: in the build (no downtime), the deploy hook (stuck in maintenance mode) or post-deploy (site up). Its Log in Activity says why.',
};

// Pro names every role; the other plans name some of them differently.
const roleName = (role: Role) => planRules('pro').roles[role]?.label ?? role;

/** Each plan that has the role, with its name there where it differs: "Pro legacy (Integration master)". */
function plansWith(role: Role, edition: Edition): string {
  return PLAN_IDS.flatMap((plan) => {
    const rules = planRules(plan, edition);
    const label = rules.roles[role]?.label;
    return label ? [`${rules.label}${label === roleName(role) ? '' : ` (${label})`}`] : [];
  }).join(', ');
}

const roleColor = (role: Role) => ({ '--role-color': ROLE_STYLE[role].color }) as CSSProperties;

/**
 * The diagram's key: role colours and icons, active and inactive, the folded group, what
 * the arrows mean and each deploy state, drawn with the nodes' own classes so it cannot drift.
 */
export function LegendDialog() {
  const openDialog = useAppStore((s) => s.openDialog);
  const edition = useAppStore((s) => s.edition);
  return (
    <ModalDialog title="Legend" onClose={() => openDialog(null)}>
      <div className="help legend">
        <section aria-labelledby="legend-roles">
          <h3 id="legend-roles">Roles</h3>
          <p className="muted">Each environment's colour and icon say what it is for.</p>
          <ul className="legend__list">
            {ROLES.map((role) => (
              <li key={role} className="legend__row">
                <div className="legend__sample env-node" style={roleColor(role)}>
                  <div className="env-node__role">
                    <span aria-hidden="true">{ROLE_STYLE[role].icon}</span> {roleName(role)}
                  </div>
                </div>
                <div>
                  {ROLE_MEANING[role]}
                  <div className="muted small">On {plansWith(role, edition)}</div>
                </div>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="legend-status">
          <h3 id="legend-status">Active and inactive</h3>
          <ul className="legend__list">
            <li className="legend__row">
              <div className="legend__sample env-node" style={roleColor('integration')}>
                <div className="env-node__title">Active</div>
                <div className="env-node__meta">
                  <code>feature-x</code>
                  <span className="env-node__status env-node__status--active">active</span>
                </div>
              </div>
              <div>Solid border: deployed, with running services and data of its own.</div>
            </li>
            <li className="legend__row">
              <div
                className="legend__sample env-node env-node--inactive"
                style={roleColor('integration')}
              >
                <div className="env-node__title">Inactive</div>
                <div className="env-node__meta">
                  <code>feature-y</code>
                  <span className="env-node__status env-node__status--inactive">inactive</span>
                </div>
              </div>
              <div>
                Dashed border, lighter face: only the Git branch exists, with no services, no data
                and no URL.
              </div>
            </li>
            <li className="legend__row">
              <div className="legend__sample legend__sample--group group-node__button">
                3 inactive
                <span className="group-node__hint">under staging: show them</span>
              </div>
              <div>
                "Fold inactive" draws a parent's inactive branches as one dashed box; click it to
                show them.
              </div>
            </li>
          </ul>
        </section>

        <section aria-labelledby="legend-arrows">
          <h3 id="legend-arrows">Arrows</h3>
          <ul className="legend__list">
            <li className="legend__row">
              <ArrowSample />
              <div>
                An arrow points from a child to its parent: the way code goes <strong>up</strong>{' '}
                when the child is merged. Branch and sync go the other way, <strong>down</strong>{' '}
                from parent to child. Drag a branch onto its parent to merge it.
              </div>
            </li>
            <li className="legend__row">
              <ArrowSample inactive />
              <div>
                A dashed arrow leads up from an inactive branch (it cannot merge until activated).
              </div>
            </li>
          </ul>
        </section>

        <section aria-labelledby="legend-deploys">
          <h3 id="legend-deploys">Deploy states</h3>
          <p className="muted">After an operation, a node shows where its deploy is.</p>
          <ul className="legend__list">
            {DEPLOY_STATE_KINDS.map((kind) => (
              <li key={kind} className="legend__row">
                <div className="legend__sample legend__sample--state">
                  <span className={`env-node__deploy env-node__deploy--${kind}`}>{kind}</span>
                </div>
                <div>{DEPLOY_MEANING[kind]}</div>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="legend-more">
          <h3 id="legend-more">Also</h3>
          <ul className="legend__notes">
            <li>
              A blue ring marks the selected environment; while dragging, the valid target has a
              green ring and the rest turns grey.
            </li>
            <li>
              Zoomed out, a node shows only its title, then only a block in its role's colour.
            </li>
          </ul>
        </section>
      </div>
    </ModalDialog>
  );
}

/**
 * A merge path as the diagram draws it: React Flow's own classes and arrowhead (the
 * `react-flow` class brings its colour variables), pointing at the parent.
 */
function ArrowSample({ inactive = false }: { inactive?: boolean }) {
  return (
    <div className="legend__sample legend__sample--arrow react-flow" aria-hidden="true">
      <span className="legend__end">child</span>
      <svg width="96" height="30" viewBox="0 0 96 30" aria-hidden="true">
        <g className={inactive ? 'merge-edge merge-edge--inactive' : 'merge-edge'}>
          <path className="react-flow__edge-path" d="M2 21 H86" />
          <g className="react-flow__arrowhead" transform="translate(93 21) scale(1.6)">
            <polyline
              className="arrowclosed"
              strokeLinecap="round"
              strokeLinejoin="round"
              points="-5,-4 0,0 -5,4 -5,-4"
            />
          </g>
          <text className="react-flow__edge-text" x="46" y="10" textAnchor="middle">
            merge
          </text>
        </g>
      </svg>
      <span className="legend__end">parent</span>
    </div>
  );
}
