import { useId } from 'react';
import { PLAN_IDS, planRules } from '../domain/plans';
import type { Role } from '../domain/types';
import type { TreeFilter } from '../domain/visible-tree';
import { useAppStore } from '../store/app-store';

const ROLES: readonly Role[] = [
  'global-master',
  'production',
  'staging',
  'integration',
  'development',
];

function roleLabel(role: Role): string {
  for (const plan of PLAN_IDS) {
    const rules = planRules(plan).roles[role];
    if (rules) return rules.label;
  }
  return role;
}

/** Filter by role and status, and fold inactive branches: for keeping a large tree readable. */
export function TreeControls() {
  const filter = useAppStore((s) => s.filter);
  const setFilter = useAppStore((s) => s.setFilter);
  const collapse = useAppStore((s) => s.collapseInactive);
  const setCollapse = useAppStore((s) => s.setCollapseInactive);
  const plan = useAppStore((s) => s.plan);
  const id = useId();
  const roles = ROLES.filter((role) => planRules(plan).roles[role]);
  return (
    <div className="tree-controls">
      <label htmlFor={`${id}-role`}>Role</label>
      <select
        id={`${id}-role`}
        value={filter.role}
        onChange={(e) => setFilter({ ...filter, role: e.target.value as TreeFilter['role'] })}
      >
        <option value="all">All</option>
        {roles.map((role) => (
          <option key={role} value={role}>
            {roleLabel(role)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-status`}>Status</label>
      <select
        id={`${id}-status`}
        value={filter.status}
        onChange={(e) => setFilter({ ...filter, status: e.target.value as TreeFilter['status'] })}
      >
        <option value="all">All</option>
        <option value="active">Active</option>
        <option value="inactive">Inactive</option>
      </select>
      <button type="button" aria-pressed={collapse} onClick={() => setCollapse(!collapse)}>
        Fold inactive
      </button>
    </div>
  );
}
