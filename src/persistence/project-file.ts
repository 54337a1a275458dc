import * as z from 'zod/mini';
import { type ProjectRecord, projectToRecord } from '../domain/project-record';
import { tableMap } from '../domain/table';
import type { Project, Variable } from '../domain/types';
import { validateProject } from './check-project';
import {
  checkedLater,
  type LoadError,
  literal,
  loadError,
  migrateProjectRecord,
  object,
  parseWith,
  text,
} from './project-schema';
import { downloadText } from './storage';

/** Schema of an exported project file; a newer one is refused, not guessed at. */
export const FILE_SCHEMA = 3;

export type ProjectFile = Readonly<{ schema: number; exportedAt: string; project: ProjectRecord }>;

export type ProjectRead = Readonly<{ project: Project }> | Readonly<{ error: LoadError }>;

/** Real exports are tens of KB; anything far larger is not one. */
const MAX_FILE_CHARS = 20 * 1024 * 1024;

/** `<project-id>.json`, with anything a file system might refuse replaced by `-`. */
export function projectFileName(project: Project): string {
  return `${project.id.replace(/[^A-Za-z0-9._-]/g, '-') || 'project'}.json`;
}

/** The export as JSON text: `{ schema, exportedAt, project }`. */
export function projectFileText(project: Project, exportedAt = new Date(), indent = 2): string {
  const file: ProjectFile = {
    schema: FILE_SCHEMA,
    exportedAt: exportedAt.toISOString(),
    project: projectToRecord(project),
  };
  return JSON.stringify(file, null, indent);
}

function withoutSensitive(variables: Readonly<Record<string, Variable>>): Record<string, Variable> {
  return Object.fromEntries(
    Object.entries(variables).map(([name, v]) => [
      name,
      v.flags.sensitive ? { ...v, value: '' } : v,
    ]),
  );
}

/** The project with every sensitive value (project and environment level) emptied. */
export function redactSensitive(project: Project): Project {
  return {
    ...project,
    variables: withoutSensitive(project.variables),
    environments: tableMap(project.environments, (env) => ({
      ...env,
      variables: withoutSensitive(env.variables),
    })),
  };
}

/**
 * Handler of "Export JSON": downloads the project as `<project-id>.json`, its sensitive
 * values emptied unless `withSensitive` (an explicit choice, said with a warning).
 */
export function downloadProjectFile(
  project: Project,
  { withSensitive = false, exportedAt = new Date() } = {},
): void {
  const shown = withSensitive ? project : redactSensitive(project);
  downloadText(projectFileName(project), projectFileText(shown, exportedAt));
}

const fileSchema = object({
  // Schema 1 files (before deploys were kept) and 2 (before snapshots) are read too: their
  // project is migrated.
  schema: z.union([literal(FILE_SCHEMA), literal(2), literal(1)], {
    error: (issue: { input?: unknown }) =>
      issue.input === undefined ? `missing (expected ${FILE_SCHEMA})` : `expected ${FILE_SCHEMA}`,
  }),
  exportedAt: text(),
  project: checkedLater(),
});

/** Where the text came from, to word the messages: "This file …" or "The link …". */
export type Source = 'This file' | 'The link';

/** An export parsed as JSON and of our file's shape, before its project is checked. */
export type ParsedProjectFile = Readonly<{
  /** The project as found, migrated to the current schema. */
  value: unknown;
  /** How many environments it lists, to say how long the check and the drawing may take. */
  environments: number;
}>;

/** The first steps of `readProjectFile`: JSON, the file's shape and schema, the migration. */
export function parseProjectFile(
  json: string,
  source: Source = 'This file',
): ParsedProjectFile | Readonly<{ error: LoadError }> {
  if (json.length > MAX_FILE_CHARS) {
    return { error: loadError('too-large', `${source} is too large to be a project export.`) };
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return {
      error: loadError('not-json', `${source} is not valid JSON (${(error as Error).message}).`),
    };
  }
  const schema = (value as { schema?: unknown } | null)?.schema;
  if (typeof schema === 'number' && schema > FILE_SCHEMA) {
    return {
      error: loadError(
        'future-schema',
        `${source} was made by a newer version of the explorer (schema ${schema}; this version reads schema ${FILE_SCHEMA}).`,
      ),
    };
  }
  const parsed = parseWith(fileSchema, value);
  if ('problems' in parsed) {
    return {
      error: loadError(
        'not-ours',
        `${source} is not a project exported from Magento Cloud Explorer (expected { schema, exportedAt, project }):`,
        parsed.problems,
      ),
    };
  }
  const project =
    parsed.data.schema < FILE_SCHEMA
      ? migrateProjectRecord(parsed.data.project)
      : parsed.data.project;
  const environments = (project as { environments?: unknown } | null)?.environments;
  return {
    value: project,
    environments:
      typeof environments === 'object' && environments !== null
        ? Object.keys(environments).length
        : 0,
  };
}

/** The last step of `readProjectFile`: the project's shape and rules. */
export function checkProjectFile(
  parsed: ParsedProjectFile,
  source: Source = 'This file',
): ProjectRead {
  const checked = validateProject(parsed.value, ['project']);
  if ('project' in checked) return checked;
  return {
    error:
      checked.stage === 'shape'
        ? loadError('invalid-shape', `${source} does not hold a valid project:`, checked.problems)
        : loadError(
            'invalid-project',
            `The project in ${source.toLowerCase()} breaks the platform's rules:`,
            checked.problems,
          ),
  };
}

/**
 * Reads an export: JSON, then the file's shape, then the project's shape and rules. Every
 * refusal says what is wrong and where (`project.environments.staging.parentId: …`).
 */
export function readProjectFile(json: string, source: Source = 'This file'): ProjectRead {
  const parsed = parseProjectFile(json, source);
  return 'error' in parsed ? parsed : checkProjectFile(parsed, source);
}
