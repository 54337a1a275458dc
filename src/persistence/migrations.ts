import { defaultProjectRecord } from '../domain/defaults/default-project';
import type { ProjectRecord } from '../domain/project-record';

/** Schema 1, the first release: only the Starter project, no revision, no plan. */
export type SavedEnvelopeV1 = Readonly<{
  schema: 1;
  savedAt: string;
  state: { project: ProjectRecord };
}>;

/** A saved envelope as parsed from JSON, before anything about it is checked. */
export type RawEnvelope = Readonly<Record<string, unknown>>;

/** Turns an envelope of schema `n` into one of schema `n + 1`; the result is validated later. */
type Migration = (envelope: RawEnvelope) => RawEnvelope;

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as RawEnvelope)[key] : undefined;
}

/** From each older schema to the next; loading runs them in order up to the current one. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // Schema 2 keeps a project per plan, the plan shown, and a revision for other tabs.
  1: (v1) => ({
    schema: 2,
    savedAt: v1.savedAt,
    revision: 0,
    state: {
      projects: { starter: field(v1.state, 'project'), pro: defaultProjectRecord('pro') },
      plan: 'starter',
    },
  }),
};
