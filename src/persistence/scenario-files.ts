import { projectToRecord } from '../domain/project-record';
import {
  readScenario,
  type Scenario,
  type ScenarioProblem,
  type ScenarioRead,
  scenarioFile,
} from '../domain/scenarios/scenario-format';
import { validateProject } from './check-project';
import { decodePayload, encodePayload } from './link-payload';
import { browserStorage, readKey } from './storage';

/**
 * Scenarios in files, links and the browser: reading one checks the project it starts from as
 * an imported project is checked; the list of scenarios done and the user's own are kept here.
 */

const DONE_KEY = 'magento-cloud-explorer:scenarios-done';
const MINE_KEY = 'magento-cloud-explorer:my-scenarios';

/** A scenario file is a few tens of KB with its project; far more is not one. */
const MAX_TEXT = 2_000_000;

/** A scenario file's text (or parsed JSON), its embedded start project checked like an import. */
export function readScenarioText(input: string | unknown): ScenarioRead {
  if (typeof input === 'string' && input.length > MAX_TEXT) {
    return { problems: [{ path: '', message: 'too large to be a scenario file' }] };
  }
  return readScenario(input, {
    readProject: (value, prefix) => {
      const checked = validateProject(value, prefix);
      if ('project' in checked) return { project: projectToRecord(checked.project) };
      return { problems: checked.problems };
    },
  });
}

/** Every problem on its own line, path first. */
export function problemsText(problems: readonly ScenarioProblem[]): string {
  return problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('\n');
}

const SCENARIO_HASH = /(?:^|&)scenario=([^&]*)/;

/** A link that opens the scenario (with the project it starts from) in the explorer at `base`. */
export async function scenarioLink(scenario: Scenario, base = window.location.href) {
  const url = new URL(base);
  return `${url.origin}${url.pathname}#scenario=${await encodePayload(scenarioFile(scenario))}`;
}

/** Whether a hash carries a scenario. */
export function hasScenarioHash(hash: string): boolean {
  return SCENARIO_HASH.test(hash.replace(/^#/, ''));
}

/** The scenario a `#scenario=…` hash carries, checked like a file. */
export async function readScenarioLink(hash: string): Promise<ScenarioRead> {
  const payload = SCENARIO_HASH.exec(hash.replace(/^#/, ''))?.[1] ?? '';
  const decoded = await decodePayload(payload);
  if ('problem' in decoded) {
    const message =
      decoded.problem === 'broken'
        ? 'The scenario link is damaged or cut short: copy all of it.'
        : `The scenario link was not opened: ${decoded.reason}.`;
    return { problems: [{ path: '', message }] };
  }
  return readScenarioText(decoded.text);
}

function readList(key: string): unknown[] {
  try {
    const value = JSON.parse(readKey(key) ?? '[]') as unknown;
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

function writeList(key: string, list: readonly unknown[]): void {
  try {
    browserStorage()?.setItem(key, JSON.stringify(list));
  } catch {
    // Storage full or refused: the list holds for this visit only.
  }
}

/** The ids of the scenarios done in this browser. */
export function doneScenarios(): ReadonlySet<string> {
  return new Set(readList(DONE_KEY).filter((id): id is string => typeof id === 'string'));
}

export function markScenarioDone(id: string): void {
  const done = doneScenarios();
  if (!done.has(id)) writeList(DONE_KEY, [...done, id]);
}

/** The user's own scenarios kept in this browser (ones that no longer read are left out). */
export function myScenarios(): Scenario[] {
  return readList(MINE_KEY).flatMap((value) => {
    const read = readScenarioText(value);
    return 'scenario' in read ? [read.scenario] : [];
  });
}

/** Keeps a scenario of the user's own (replacing one with the same id). */
export function keepMyScenario(scenario: Scenario): void {
  const others = readList(MINE_KEY).filter(
    (value) => (value as { id?: unknown } | null)?.id !== scenario.id,
  );
  writeList(MINE_KEY, [...others, JSON.parse(scenarioFile(scenario))]);
}
