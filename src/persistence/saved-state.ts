import { createDefaultProject } from '../domain/defaults/default-project';
import { PLAN_IDS } from '../domain/plans';
import { type ProjectRecord, projectToRecord } from '../domain/project-record';
import type { PlanId, Project } from '../domain/types';
import { MIGRATIONS, type RawEnvelope } from './migrations';
import { type LoadError, loadError, type Problem } from './problem-text';
import {
  checkedLater,
  count,
  literal,
  object,
  parseWith,
  planSchema,
  text,
} from './project-schema';
import { validateProject } from './validate-project';

/** The current schema of the saved envelope; older ones are migrated (migrations.ts). */
export const SAVED_SCHEMA = 2;

/** What is saved: each plan's project and the plan shown. */
export type SavedState = Readonly<{ projects: Readonly<Record<PlanId, Project>>; plan: PlanId }>;

export type SavedEnvelope = Readonly<{
  schema: number;
  savedAt: string;
  /** Counts writes across tabs, so a tab can tell that another one saved after it. */
  revision: number;
  state: Readonly<{ projects: Readonly<Record<PlanId, ProjectRecord>>; plan: PlanId }>;
}>;

export type SavedRead =
  | Readonly<{ state: SavedState; revision: number; migratedFrom: number | null }>
  | Readonly<{ error: LoadError }>;

export function defaultSavedState(): SavedState {
  return {
    projects: { starter: createDefaultProject('starter'), pro: createDefaultProject('pro') },
    plan: 'starter',
  };
}

export function serializeSavedState(state: SavedState, revision: number, savedAt: Date): string {
  const envelope: SavedEnvelope = {
    schema: SAVED_SCHEMA,
    savedAt: savedAt.toISOString(),
    revision,
    state: {
      projects: {
        starter: projectToRecord(state.projects.starter),
        pro: projectToRecord(state.projects.pro),
      },
      plan: state.plan,
    },
  };
  return JSON.stringify(envelope);
}

function isRecord(value: unknown): value is RawEnvelope {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The revision a saved text claims, without validating the rest; null when it has none. */
export function revisionOf(saved: string | null): number | null {
  if (saved === null) return null;
  try {
    const value: unknown = JSON.parse(saved);
    return isRecord(value) && typeof value.revision === 'number' ? value.revision : null;
  } catch {
    return null;
  }
}

const envelopeSchema = object({
  schema: literal(SAVED_SCHEMA),
  savedAt: text(),
  revision: count(),
  state: object({
    plan: planSchema,
    projects: object({ starter: checkedLater(), pro: checkedLater() }),
  }),
});

/** Reads a saved text: parse, migrate from older schemas, then validate shape and rules. */
export function readSavedText(saved: string): SavedRead {
  let value: unknown;
  try {
    value = JSON.parse(saved);
  } catch (error) {
    return {
      error: loadError(
        'not-json',
        `The saved state is not valid JSON (${(error as Error).message}).`,
      ),
    };
  }
  if (!isRecord(value) || !Number.isInteger(value.schema)) {
    return {
      error: loadError(
        'not-ours',
        'The saved state is not one this explorer wrote: it has no schema number.',
      ),
    };
  }
  const from = value.schema as number;
  if (from > SAVED_SCHEMA) {
    return {
      error: loadError(
        'future-schema',
        `The saved state was written by a newer version of the explorer (schema ${from}; this version reads up to ${SAVED_SCHEMA}).`,
      ),
    };
  }
  let envelope: RawEnvelope = value;
  for (let schema = from; schema < SAVED_SCHEMA; schema++) {
    const migrate = MIGRATIONS[schema];
    if (!migrate) {
      return {
        error: loadError(
          'not-ours',
          `The saved state has schema ${from}, which no version of the explorer wrote.`,
        ),
      };
    }
    envelope = migrate(envelope);
  }

  const parsed = parseWith(envelopeSchema, envelope);
  if ('problems' in parsed) return { error: invalid(parsed.problems, 'invalid-shape') };
  const problems: Problem[] = [];
  const projects = {} as Record<PlanId, Project>;
  for (const plan of PLAN_IDS) {
    const checked = validateProject(parsed.data.state.projects[plan], ['state', 'projects', plan]);
    if ('problems' in checked) problems.push(...checked.problems);
    else if (checked.project.plan !== plan) {
      problems.push({
        path: `state.projects.${plan}.plan`,
        message: `expected "${plan}", the plan it is saved under`,
      });
    } else projects[plan] = checked.project;
  }
  if (problems.length) return { error: invalid(problems, 'invalid-project') };
  return {
    state: { projects, plan: parsed.data.state.plan },
    revision: parsed.data.revision,
    migratedFrom: from < SAVED_SCHEMA ? from : null,
  };
}

function invalid(problems: Problem[], code: 'invalid-shape' | 'invalid-project'): LoadError {
  return loadError(code, 'The saved state does not hold a valid project:', problems);
}
