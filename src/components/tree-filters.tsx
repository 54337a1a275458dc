import { useId } from 'react';
import { planRules } from '../domain/plans';
import { ROLES } from '../domain/types';
import type { TreeFilter } from '../domain/visible-tree';
import { useAppStore } from '../store/app-store';

/** Filter by role and status, one filter for the diagram and the list: for large trees. */
export function TreeFilters() {
  const filter = useAppStore((s) => s.filter);
  const setFilter = useAppStore((s) => s.setFilter);
  const plan = useAppStore((s) => s.plan);
  const id = useId();
  const roles = planRules(plan).roles;
  return (
    <>
      <label htmlFor={`${id}-role`}>Role</label>
      <select
        id={`${id}-role`}
        value={filter.role}
        onChange={(e) => setFilter({ ...filter, role: e.target.value as TreeFilter['role'] })}
      >
        <option value="all">All</option>
        {ROLES.flatMap((role) => {
          const rules = roles[role];
          return rules
            ? [
                <option key={role} value={role}>
                  {rules.label}
                </option>,
              ]
            : [];
        })}
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
    </>
  );
}
