import { createDefaultProject } from '../domain/defaults/default-project';
import { type ProjectRecord, projectToRecord } from '../domain/project-record';
import { defaultSlots, type ProjectSlots, SLOTS } from '../domain/project-slots';
import { EDITIONS, type Edition, PLAN_IDS, type PlanId, type Project } from '../domain/types';
import { validateProject } from './check-project';
import {
  checkedLater,
  count,
  editionSchema,
  type LoadError,
  literal,
  loadError,
  migrateProjectRecord,
  object,
  type Problem,
  parseWith,
  planSchema,
  text,
} from './project-schema';
import { useSavedStateNotice } from './saved-state-notice-store';
import { browserStorage, readUnreadableCopy, STORAGE_KEY, storeUnreadableCopy } from './storage';

/** The current schema of the saved envelope; older ones are migrated (MIGRATIONS below). */
export const SAVED_SCHEMA = 4;

/** What is saved: the project of each plan and edition, and the plan and edition shown. */
export type SavedState = Readonly<{ projects: ProjectSlots; plan: PlanId; edition: Edition }>;

type RecordSlots = Readonly<Record<Edition, Readonly<Record<PlanId, ProjectRecord>>>>;

export type SavedEnvelope = Readonly<{
  schema: number;
  savedAt: string;
  /** Counts writes across tabs, so a tab can tell that another one saved after it. */
  revision: number;
  state: Readonly<{ projects: RecordSlots; plan: PlanId; edition: Edition }>;
}>;

export type SavedRead =
  | Readonly<{ state: SavedState; revision: number; migratedFrom: number | null }>
  | Readonly<{ error: LoadError }>;

export function defaultSavedState(): SavedState {
  return { projects: defaultSlots(), plan: 'starter', edition: '2.1' };
}

export function serializeSavedState(state: SavedState, revision: number, savedAt: Date): string {
  const envelope: SavedEnvelope = {
    schema: SAVED_SCHEMA,
    savedAt: savedAt.toISOString(),
    revision,
    state: {
      projects: mapSlots(state.projects, projectToRecord),
      plan: state.plan,
      edition: state.edition,
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

const slotsOfEdition = object(
  Object.fromEntries(PLAN_IDS.map((plan) => [plan, checkedLater()])) as Record<
    PlanId,
    ReturnType<typeof checkedLater>
  >,
);

const envelopeSchema = object({
  schema: literal(SAVED_SCHEMA),
  savedAt: text(),
  revision: count(),
  state: object({
    plan: planSchema,
    edition: editionSchema,
    projects: object({ '2.1': slotsOfEdition, today: slotsOfEdition }),
  }),
});

/** Reads a saved text: parse, migrate from older schemas, then validate shape and rules. */
function readSavedText(saved: string): SavedRead {
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
  const projects = { '2.1': {}, today: {} } as Record<Edition, Record<PlanId, Project>>;
  for (const { edition, plan } of SLOTS) {
    const path = ['state', 'projects', edition, plan];
    const checked = validateProject(parsed.data.state.projects[edition][plan], path);
    if ('problems' in checked) problems.push(...checked.problems);
    else if (checked.project.plan !== plan || checked.project.edition !== edition) {
      problems.push({
        path: `state.projects["${edition}"].${plan}`,
        message: `expected a ${plan} project of edition ${edition}, the slot it is saved under`,
      });
    } else projects[edition][plan] = checked.project;
  }
  if (problems.length) return { error: invalid(problems, 'invalid-project') };
  return {
    state: { projects, plan: parsed.data.state.plan, edition: parsed.data.state.edition },
    revision: parsed.data.revision,
    migratedFrom: from < SAVED_SCHEMA ? from : null,
  };
}

function invalid(problems: Problem[], code: 'invalid-shape' | 'invalid-project'): LoadError {
  return loadError(code, 'The saved state does not hold a valid project:', problems);
}

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
const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // Schema 2 keeps a project per plan, the plan shown, and a revision for other tabs.
  1: (v1) => ({
    schema: 2,
    savedAt: v1.savedAt,
    revision: 0,
    state: {
      projects: {
        starter: field(v1.state, 'project'),
        pro: projectToRecord(createDefaultProject('pro')),
      },
      plan: 'starter',
    },
  }),
  // Schema 3 keeps deploys: what each environment runs, activities with phases and logs.
  2: (v2) => {
    const state = isRecord(v2.state) ? v2.state : {};
    const projects = isRecord(state.projects) ? state.projects : {};
    return {
      ...v2,
      schema: 3,
      state: {
        ...state,
        projects: Object.fromEntries(
          Object.entries(projects).map(([plan, project]) => [plan, migrateProjectRecord(project)]),
        ),
      },
    };
  },
  // Schema 4 keeps a project per plan and edition of the rules, with the Pro legacy plan.
  3: (v3) => {
    const state = isRecord(v3.state) ? v3.state : {};
    const projects = isRecord(state.projects) ? state.projects : {};
    const defaults = mapSlots(defaultSlots(), projectToRecord);
    const kept = Object.fromEntries(
      Object.entries(projects).map(([plan, project]) => [plan, migrateProjectRecord(project)]),
    );
    return {
      ...v3,
      schema: 4,
      state: {
        ...state,
        edition: '2.1',
        projects: { ...defaults, '2.1': { ...defaults['2.1'], ...kept } },
      },
    };
  },
};

function mapSlots<A, B>(
  slots: Readonly<Record<Edition, Readonly<Record<PlanId, A>>>>,
  f: (value: A) => B,
): Record<Edition, Record<PlanId, B>> {
  return Object.fromEntries(
    EDITIONS.map((edition) => [
      edition,
      Object.fromEntries(PLAN_IDS.map((plan) => [plan, f(slots[edition][plan])])),
    ]),
  ) as Record<Edition, Record<PlanId, B>>;
}

export type LoadedState = Readonly<{
  state: SavedState;
  /** Revision of what was read; 0 when nothing usable was saved. */
  revision: number;
  source: 'saved' | 'migrated' | 'none' | 'unreadable';
}>;

/**
 * The state to start from: the saved one (migrated when older), or the default projects when
 * there is none or it cannot be read. An unreadable one is kept under its own key and shown
 * by `<SavedStateNotice />` until dismissed.
 */
export function loadSavedState(
  storage: Storage | null = browserStorage(),
  now: () => Date = () => new Date(),
): LoadedState {
  const earlier = readUnreadableCopy(storage);
  if (earlier) useSavedStateNotice.setState({ unreadable: earlier });
  const saved = storage?.getItem(STORAGE_KEY) ?? null;
  if (saved === null) return { state: defaultSavedState(), revision: 0, source: 'none' };
  return interpretSavedText(saved, storage, now);
}

/** The state a saved text gives; for an unreadable one, the defaults and a kept copy. */
export function interpretSavedText(
  saved: string,
  storage: Storage | null,
  now: () => Date,
): LoadedState {
  const read = readSavedText(saved);
  if ('error' in read) {
    const copy = { text: saved, message: read.error.message, foundAt: now().toISOString() };
    const kept = storeUnreadableCopy(storage, copy);
    // With no copy elsewhere, the saved text must not be overwritten before the user has it.
    useSavedStateNotice.setState({ unreadable: copy, unreadableHeld: !kept });
    return { state: defaultSavedState(), revision: 0, source: 'unreadable' };
  }
  return {
    state: read.state,
    revision: read.revision,
    source: read.migratedFrom === null ? 'saved' : 'migrated',
  };
}
