import type { Role } from '../domain/types';

/** Colour and icon per role; colours keep 4.5:1 contrast against the node's white face. */
export const ROLE_STYLE: Readonly<Record<Role, { color: string; icon: string }>> = {
  'global-master': { color: '#6b21a8', icon: '◆' },
  production: { color: '#b91c1c', icon: '★' },
  staging: { color: '#a16207', icon: '▲' },
  integration: { color: '#1d4ed8', icon: '●' },
  development: { color: '#0f766e', icon: '◇' },
};
