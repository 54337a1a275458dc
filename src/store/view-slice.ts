import type { KeptImport } from '../domain/import/import-into-project';
import type { ImportMessage } from '../domain/import/import-result';
import type { LayoutDirection } from '../domain/layout';
import { tableGet, tableHas, tableSize } from '../domain/table';
import {
  type Edition,
  type EnvironmentId,
  PLAN_IDS,
  type PlanId,
  type Project,
} from '../domain/types';
import { NO_FILTER, type TreeFilter } from '../domain/visible-tree';
import type { AppState, SliceCreator } from './app-store';

export type Announcement = Readonly<{ text: string; id: number }>;

/** An inline form of the details panel that a command opened. */
export type OpenForm =
  | 'branch'
  | 'push'
  | 'parent'
  | 'restore'
  | 'sync'
  | 'service'
  | 'yaml'
  | 'variable'
  | null;

/** A dialog over the workspace. */
export type OpenDialog =
  | Readonly<{ kind: 'compare'; left: EnvironmentId; right: EnvironmentId }>
  | Readonly<{ kind: 'merge-preview'; env: EnvironmentId }>
  | Readonly<{ kind: 'import' }>
  | Readonly<{ kind: 'cli-paste' }>
  | Readonly<{ kind: 'import-report'; report: ImportReport }>
  | Readonly<{ kind: 'import-preview'; preview: ImportPreview }>
  | Readonly<{ kind: 'palette' }>
  | Readonly<{ kind: 'scenarios' }>
  | Readonly<{ kind: 'scenario-builder' }>
  | Readonly<{ kind: 'legend' }>
  | Readonly<{ kind: 'glossary' }>
  | Readonly<{ kind: 'tour' }>
  | null;

/** What a refused import said, file by file. */
export type ImportReport = Readonly<{
  files: readonly string[];
  errors: readonly ImportMessage[];
  warnings: readonly ImportMessage[];
  /** Where the files parse but would not deploy: the project as it would be, failed deploys and all. */
  anyway: Project | null;
}>;

/** A good import before it is applied: the two projects it offers, and what it said. */
export type ImportPreview = Readonly<{
  files: readonly string[];
  warnings: readonly ImportMessage[];
  /** A new project of the plan's fixed branches holding the files. */
  fresh: Project;
  /** The files applied to the current project, or why that cannot be done. */
  kept: KeptImport | null;
}>;

/**
 * Work a command asks of the part of the page that can do it: a file chooser, an image of
 * the diagram, the search box. `n` makes a repeated request new.
 */
export type UiRequestKind =
  | 'choose-import-files'
  | 'choose-project-json'
  | 'export-png'
  | 'export-svg'
  | 'focus-search';
export type UiRequest = Readonly<{ kind: UiRequestKind; n: number }>;

/** The node context menu: whose, and where on the page (null: beside the node). */
export type ContextMenu = Readonly<{
  env: EnvironmentId;
  at: Readonly<{ x: number; y: number }> | null;
}>;

/** How fast simulated time runs while a deploy plays out: at once, or to be watched. */
export const DEPLOY_SPEEDS = ['instant', 'watch', 'slow'] as const;
export type DeploySpeed = (typeof DEPLOY_SPEEDS)[number];

/** Simulated seconds per real second at each speed (a deploy takes a few simulated minutes). */
export const SECONDS_PER_SECOND: Readonly<Record<Exclude<DeploySpeed, 'instant'>, number>> = {
  watch: 25,
  slow: 6,
};

/** What the main area shows: the diagram, or the environments as a tree grid. */
export const MAIN_VIEWS = ['diagram', 'list'] as const;
export type MainView = (typeof MAIN_VIEWS)[number];

export type ViewSlice = {
  deploySpeed: DeploySpeed;
  plan: PlanId;
  /** Which edition of the platform's rules the explorer shows (DOMAIN.md §8). */
  edition: Edition;
  /** Selected environment per plan, so each plan keeps its own view. */
  selection: Readonly<Record<PlanId, EnvironmentId | null>>;
  direction: LayoutDirection;
  /** The latest outcome, read out by the live region. */
  announcement: Announcement | null;
  form: OpenForm;
  dialog: OpenDialog;
  contextMenu: ContextMenu | null;
  uiRequest: UiRequest | null;
  /** A share link the clipboard refused, shown for copying by hand. */
  shareLink: string | null;
  filter: TreeFilter;
  collapseInactive: boolean;
  /** Parents whose folded inactive branches the user opened, per plan. */
  expandedGroups: Readonly<Record<PlanId, readonly EnvironmentId[]>>;
  /**
   * Asks the canvas to centre an environment; `n` makes a repeated request new. A `peek` (search
   * as the user types) shows it, out of any fold, without selecting it.
   */
  focusRequest: Readonly<{ id: EnvironmentId; n: number; peek?: boolean }> | null;
  setPlan: (plan: PlanId) => void;
  setEdition: (edition: Edition) => void;
  select: (id: EnvironmentId | null) => void;
  /** Plan, edition and selection at once, as a deep link or the back button asks. */
  navigate: (plan: PlanId, id: EnvironmentId | null, edition?: Edition) => void;
  setDirection: (direction: LayoutDirection) => void;
  announce: (text: string) => void;
  openForm: (form: OpenForm) => void;
  openDialog: (dialog: OpenDialog) => void;
  openContextMenu: (menu: ContextMenu | null) => void;
  request: (kind: UiRequestKind) => void;
  showShareLink: (link: string | null) => void;
  setFilter: (filter: TreeFilter) => void;
  setCollapseInactive: (collapse: boolean) => void;
  expandGroup: (parent: EnvironmentId) => void;
  /** Selects an environment and centres it on the canvas. */
  focusEnvironment: (id: EnvironmentId) => void;
  view: MainView;
  /** Shows the diagram or the list; back on the diagram, the selection is brought into view. */
  setView: (view: MainView) => void;
  /** Centres an environment without selecting it (search as the user types). */
  peekEnvironment: (id: EnvironmentId) => void;
  /** Whether the user turned folding on or off; until then a large project folds by itself. */
  foldChosen: boolean;
  /** Folding as the user asks it: on or off from now on, whatever the project's size. */
  chooseFold: (fold: boolean) => void;
};

/**
 * From this many environments a project opens with its inactive branches folded: more than a
 * screenful at a zoom where titles can be read (about a dozen nodes at 1280 x 800).
 */
export const FOLD_BY_DEFAULT_FROM = 30;

/** Whether the diagram folds inactive branches: as the user chose, else by the project's size. */
export function selectFoldInactive(state: AppState): boolean {
  if (state.collapseInactive || state.foldChosen) return state.collapseInactive;
  return tableSize(state.projects[state.edition][state.plan].environments) >= FOLD_BY_DEFAULT_FROM;
}

const NO_GROUPS: readonly EnvironmentId[] = [];

function perPlan<V>(value: V): Record<PlanId, V> {
  return Object.fromEntries(PLAN_IDS.map((plan) => [plan, value])) as Record<PlanId, V>;
}

export const createViewSlice: SliceCreator<ViewSlice> = (set) => ({
  // The app starts at the user's speed (watch, unless they chose another); tests stay instant.
  deploySpeed: 'instant',
  plan: 'starter',
  edition: '2.1',
  selection: perPlan(null),
  direction: 'TB',
  announcement: null,
  form: null,
  dialog: null,
  contextMenu: null,
  uiRequest: null,
  shareLink: null,
  filter: NO_FILTER,
  collapseInactive: false,
  expandedGroups: perPlan(NO_GROUPS),
  focusRequest: null,
  setPlan: (plan) => set({ plan, form: null, dialog: null, contextMenu: null }),
  setEdition: (edition) => set({ edition, form: null, dialog: null, contextMenu: null }),
  select: (id) =>
    set((state) =>
      state.selection[state.plan] === id
        ? {}
        : { selection: { ...state.selection, [state.plan]: id }, form: null },
    ),
  navigate: (plan, id, edition) =>
    set((state) => {
      const shown = edition ?? state.edition;
      const known = id !== null && tableHas(state.projects[shown][plan].environments, id);
      return { plan, edition: shown, selection: { ...state.selection, [plan]: known ? id : null } };
    }),
  setDirection: (direction) => set({ direction }),
  announce: (text) =>
    set((state) => ({ announcement: { text, id: (state.announcement?.id ?? 0) + 1 } })),
  openForm: (form) => set({ form }),
  openDialog: (dialog) => set({ dialog, contextMenu: null }),
  openContextMenu: (contextMenu) => set({ contextMenu }),
  request: (kind) => set((state) => ({ uiRequest: { kind, n: (state.uiRequest?.n ?? 0) + 1 } })),
  showShareLink: (shareLink) => set({ shareLink }),
  setFilter: (filter) => set({ filter }),
  setCollapseInactive: (collapseInactive) =>
    set({ collapseInactive, expandedGroups: perPlan(NO_GROUPS) }),
  expandGroup: (parent) =>
    set((state) =>
      state.expandedGroups[state.plan].includes(parent)
        ? {}
        : {
            expandedGroups: {
              ...state.expandedGroups,
              [state.plan]: [...state.expandedGroups[state.plan], parent],
            },
          },
    ),
  focusEnvironment: (id) =>
    set((state) => {
      const env = tableGet(state.projects[state.edition][state.plan].environments, id);
      if (!env) return {};
      const expanded = state.expandedGroups[state.plan];
      const parent = env.parentId;
      return {
        selection: { ...state.selection, [state.plan]: id },
        form: null,
        // Open the folded group that hides it, if any.
        expandedGroups:
          parent !== null && !expanded.includes(parent)
            ? { ...state.expandedGroups, [state.plan]: [...expanded, parent] }
            : state.expandedGroups,
        focusRequest: { id, n: (state.focusRequest?.n ?? 0) + 1 },
      };
    }),
  peekEnvironment: (id) =>
    set((state) => ({ focusRequest: { id, n: (state.focusRequest?.n ?? 0) + 1, peek: true } })),
  foldChosen: false,
  chooseFold: (fold) =>
    set({ collapseInactive: fold, foldChosen: true, expandedGroups: perPlan(NO_GROUPS) }),
  view: 'diagram',
  setView: (view) =>
    set((state) => {
      if (state.view === view) return {};
      const id = state.selection[state.plan];
      if (view === 'list' || id === null) return { view };
      // As focusEnvironment, without touching the selection or the open form.
      const env = tableGet(state.projects[state.edition][state.plan].environments, id);
      const expanded = state.expandedGroups[state.plan];
      const parent = env?.parentId ?? null;
      return {
        view,
        expandedGroups:
          parent !== null && !expanded.includes(parent)
            ? { ...state.expandedGroups, [state.plan]: [...expanded, parent] }
            : state.expandedGroups,
        focusRequest: { id, n: (state.focusRequest?.n ?? 0) + 1 },
      };
    }),
});
