import { readdirSync } from 'node:fs';
import { expect, type Page, type TestInfo, test } from '@playwright/test';
import { openApp, REAL_PROJECTS, realProjectFiles } from './helpers';

/**
 * A monkey: random clicks, keys, typing, selects and drags for a while on each plan, failing
 * on any console error or uncaught exception, and on a saved state the app cannot read back.
 * The run is seeded: the seed is in the test's annotations and in every failure message, and
 * `MONKEY_SEED=<n>` replays it (the choices follow the seed; the page's timing can still make
 * a replay drift). `MONKEY_MS` changes how long each plan is played (15 s by default);
 * `MONKEY_DEBUG=1` prints every action, and why a missed one was missed.
 */

const RUN_MS = Number(process.env.MONKEY_MS ?? 15_000);
// A fixed seed by default, so `npm test` plays the same path on every machine;
// `MONKEY_SEED=random` explores a new one (its seed is printed for a replay).
const SEED =
  process.env.MONKEY_SEED === 'random'
    ? Math.floor(Math.random() * 2 ** 32)
    : Number(process.env.MONKEY_SEED ?? 20_261_201) >>> 0;
/** Playwright's own wait for one action; a miss (covered, detached, gone) is just skipped. */
const ACTION_MS = 500;
const LOG_TAIL = 20;

/** mulberry32: small, fast and good enough to choose among a page's controls. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
/** One of a list that is never empty. */
const oneOf = <T>(random: Random, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T;

const KEYS = [
  'Escape',
  'Tab',
  'Shift+Tab',
  'Enter',
  ' ',
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'Delete',
  'Backspace',
  'Control+z',
  'Control+Shift+z',
  'Control+y',
  'Control+k',
  'Shift+F10',
  'ContextMenu',
  // The single-letter shortcuts of src/store/commands.ts, and a few that are none.
  'm',
  'b',
  's',
  'a',
  'r',
  'p',
  'c',
  'v',
  'e',
  '/',
  '?',
  'x',
  '1',
] as const;

const TEXTS = [
  'a|b',
  'a]b',
  'feature/x',
  'a@b',
  'a..b',
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  '{{7*7}} #{7*7}',
  '__proto__',
  'constructor',
  '../../etc/passwd',
  '%00%0a',
  '\\',
  ' ',
  '',
  '-',
  '0',
  '-1',
  '99999999999999999999',
  'NaN',
  'master',
  'staging',
  'feature-checkout',
  'monkey-branch',
  'Ünïcödé 中文 🦄 \u202eevil',
  'x'.repeat(300),
  'ADMIN_PASSWORD',
  'env:MONKEY',
  'magento-cloud environment:branch monkey staging',
  'magento-cloud environment:merge -e feature-checkout',
  'magento-cloud environment:activate -e feature-old-theme',
  'magento-cloud variable:create --name env:X --value "a|b" --level environment -e staging',
  'magento-cloud snapshot:create -e master',
  'magento-cloud help',
  'git push origin HEAD:a|b',
  'services:\n  mysql:\n    type: mysql:10.0\n    disk: 2048\n',
  'a: &a [*a, *a]\nb: *a\n',
  '{"schema": 2, "state": {',
] as const;

/** What a person clicks: controls, the canvas' nodes and edges, rows, summaries, labels. */
const CLICKABLE = [
  'button',
  'a[href]',
  'summary',
  'label',
  'input[type=checkbox]',
  'input[type=radio]',
  '[role=button]',
  '[role=radio]',
  '[role=checkbox]',
  '[role=switch]',
  '[role=tab]',
  '[role=menuitem]',
  '[role=option]',
  '[role=row]',
  '[role=treeitem]',
  '[tabindex="0"]',
  '.react-flow__node',
  '.react-flow__edge',
  '.react-flow__pane',
].join(',');

const TYPEABLE = [
  'input:not([type])',
  'input[type=text]',
  'input[type=search]',
  'input[type=url]',
  'input[type=email]',
  'input[type=number]',
  'input[type=password]',
  'input[type=tel]',
  'textarea',
  '[contenteditable=""]',
  '[contenteditable=true]',
].join(',');

const MARK = 'data-monkey-target';

/** A chosen element: marked for a locator, and where a pointer would press it. */
type Target = Readonly<{
  mark: string;
  what: string;
  options: number;
  x: number;
  y: number;
  /** What a press at (x, y) would hit instead, if anything. */
  covered: string | null;
}>;

/**
 * Marks one usable element matching `selector`, chosen by `r` in [0, 1): visible, enabled, not
 * inert, not behind a modal, and (when on screen) not covered by something else; one scrolled
 * out of its list or of the page is scrolled to, as the wheel would. Links that would leave
 * the app or open a tab are not candidates.
 */
function chooseIn([selector, r, mark, markAttr]: [string, number, string, string]): Target | null {
  for (const old of document.querySelectorAll(`[${markAttr}]`)) old.removeAttribute(markAttr);
  const onScreen = (x: number, y: number) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight;
  const coveringOf = (el: Element | null) =>
    el
      ? `covered by <${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">`
      : 'covered';
  const pressable = (el: Element, box: DOMRect) => {
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit !== null && (el === hit || el.contains(hit));
  };
  // Outside an open modal dialog everything is inert, though nothing says so in the markup.
  const modal = document.querySelector(':modal');
  const usable = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => {
    if (el.closest('[inert]') || (modal && !modal.contains(el))) return false;
    if (el.matches(':disabled') || el.closest('[aria-disabled="true"]')) return false;
    if (el instanceof HTMLAnchorElement) {
      if (el.target === '_blank' || el.hasAttribute('download')) return false;
      if (new URL(el.href, location.href).origin !== location.origin) return false;
    }
    const box = el.getBoundingClientRect();
    if (box.width < 1 || box.height < 1) return false;
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    if (onScreen(box.left + box.width / 2, box.top + box.height / 2)) return pressable(el, box);
    // Off the canvas' edge a node is panned to, not scrolled to.
    return el.closest('.react-flow') === null;
  });
  const el = usable[Math.floor(r * usable.length)];
  if (!el) return null;
  el.setAttribute(markAttr, mark);
  // Only real scroll containers are scrolled (an overflow: hidden one would shift its content).
  for (let box = el.parentElement; box; box = box.parentElement) {
    const { overflowY } = getComputedStyle(box);
    if ((overflowY === 'auto' || overflowY === 'scroll') && box.scrollHeight > box.clientHeight) {
      const inner = el.getBoundingClientRect();
      const outer = box.getBoundingClientRect();
      box.scrollTop += inner.top - outer.top - (box.clientHeight - inner.height) / 2;
    }
  }
  // And the page itself, which scrolls too when something overflows it.
  const inner = el.getBoundingClientRect();
  if (inner.bottom < 0 || inner.top > innerHeight) scrollBy(0, inner.top - innerHeight / 2);
  const box = el.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const name =
    el.getAttribute('aria-label') ??
    (el.dataset.id ? `data-id=${el.dataset.id}` : null) ??
    ((el as HTMLInputElement).labels?.[0]?.textContent || null) ??
    el.getAttribute('placeholder') ??
    el.getAttribute('title') ??
    el.textContent ??
    '';
  const role = el.getAttribute('role') ?? el.tagName.toLowerCase();
  const type = el instanceof HTMLInputElement ? `[${el.type}]` : '';
  return {
    mark,
    what: `${role}${type} "${name.replace(/\s+/g, ' ').trim().slice(0, 50)}"`,
    options: el instanceof HTMLSelectElement ? el.options.length : 0,
    x,
    y,
    covered: !onScreen(x, y)
      ? 'off screen'
      : pressable(el, box)
        ? null
        : coveringOf(document.elementFromPoint(x, y)),
  };
}

/** The centres of the environment nodes drawn on screen. */
function nodeCentresIn(): { id: string; x: number; y: number }[] {
  return [...document.querySelectorAll<HTMLElement>('.react-flow__node')]
    .map((el) => ({ id: el.dataset.id ?? '?', box: el.getBoundingClientRect() }))
    .filter(({ box }) => box.width > 0 && box.bottom > 0 && box.top < innerHeight)
    .map(({ id, box }) => ({ id, x: box.left + box.width / 2, y: box.top + box.height / 2 }));
}

/** What the monkey did, each line stamped with the seconds since the run began. */
type Log = Readonly<{ lines: string[]; add: (line: string) => void }>;

function startLog(): Log {
  const start = Date.now();
  const lines: string[] = [];
  const add = (line: string) => {
    lines.push(`${((Date.now() - start) / 1000).toFixed(1)}s ${line}`);
  };
  return { lines, add };
}

type Monkey = {
  readonly page: Page;
  readonly random: Random;
  readonly log: Log;
  step: number;
};

/** Chooses an element (see `chooseIn`); null when none is usable or it cannot be reached. */
async function choose(monkey: Monkey, selector: string, verb: string): Promise<Target | null> {
  const args: [string, number, string, string] = [
    selector,
    monkey.random(),
    String(monkey.step),
    MARK,
  ];
  const target = await monkey.page.evaluate(chooseIn, args);
  if (target?.covered) monkey.log.add(`${verb} ${target.what} (missed: ${target.covered})`);
  return target?.covered ? null : target;
}

const marked = (monkey: Monkey, target: Target) =>
  monkey.page.locator(`[${MARK}="${target.mark}"]`);

/** A real pointer press at the element's centre, which nothing covers. */
async function click(monkey: Monkey, button: 'left' | 'right' = 'left'): Promise<void> {
  const verb = button === 'left' ? 'click' : 'right-click';
  const target = await choose(monkey, button === 'left' ? CLICKABLE : '.react-flow__node', verb);
  if (!target) return;
  monkey.log.add(`${verb} ${target.what}`);
  await monkey.page.mouse.click(target.x, target.y, { button });
}

async function press(monkey: Monkey): Promise<void> {
  const key = oneOf(monkey.random, KEYS);
  monkey.log.add(`press ${key === ' ' ? 'Space' : key}`);
  await monkey.page.keyboard.press(key);
}

const TYPINGS = ['types', 'pastes over', 'fills'] as const;

/** Into a random text field: typed key by key after what is there, pasted over it, or filled. */
async function type(monkey: Monkey): Promise<void> {
  const text = oneOf(monkey.random, TEXTS);
  const how = oneOf(monkey.random, text.length > 40 ? TYPINGS.slice(1) : TYPINGS);
  const enter = monkey.random() < 0.5;
  const target = await choose(monkey, TYPEABLE, how);
  if (!target) return;
  const shown = text.length > 60 ? `${text.slice(0, 20)}…(${text.length})` : text;
  monkey.log.add(`${how} ${JSON.stringify(shown)} into ${target.what}${enter ? ' + Enter' : ''}`);
  const { page } = monkey;
  if (how === 'fills') {
    await marked(monkey, target).fill(text, { timeout: ACTION_MS });
  } else {
    await page.mouse.click(target.x, target.y);
    if (how === 'types') await page.keyboard.type(text);
    else {
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.insertText(text);
    }
  }
  if (enter) await page.keyboard.press('Enter');
}

async function select(monkey: Monkey): Promise<void> {
  const r = monkey.random();
  const target = await choose(monkey, 'select', 'select in');
  if (!target || target.options === 0) return;
  const index = Math.floor(r * target.options);
  monkey.log.add(`select option ${index} of ${target.what}`);
  await marked(monkey, target).selectOption({ index }, { timeout: ACTION_MS });
}

async function drag(monkey: Monkey): Promise<void> {
  const { page, random } = monkey;
  const nodes = await page.evaluate(nodeCentresIn);
  const [r1, r2, r3, r4, r5] = [random(), random(), random(), random(), random()];
  const from = nodes[Math.floor(r1 * nodes.length)];
  const onto = nodes[Math.floor(r2 * nodes.length)];
  const space = { id: 'empty space', x: 40 + r3 * 700, y: 150 + r4 * 400 };
  const to = r5 < 0.2 ? space : onto;
  if (!from || !to) return;
  monkey.log.add(`drag ${from.id} onto ${to.id}`);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  // A few pixels first, so React Flow starts the drag before the long move.
  await page.mouse.move(from.x + 6, from.y - 6, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: 6 });
  await page.mouse.up();
}

async function wheel(monkey: Monkey): Promise<void> {
  const dy = (monkey.random() - 0.5) * 800;
  const x = 100 + monkey.random() * 1000;
  const y = 150 + monkey.random() * 550;
  monkey.log.add(`wheel ${Math.round(dy)} at ${Math.round(x)},${Math.round(y)}`);
  await monkey.page.mouse.move(x, y);
  await monkey.page.mouse.wheel(0, dy);
}

/** How often each kind of action is chosen (relative weights). */
const ACTIONS: readonly [number, (monkey: Monkey) => Promise<void>][] = [
  [45, (m) => click(m)],
  [3, (m) => click(m, 'right')],
  [20, press],
  [15, type],
  [6, select],
  [8, drag],
  [3, wheel],
];
const TOTAL_WEIGHT = ACTIONS.reduce((sum, [weight]) => sum + weight, 0);

function nextAction(random: Random): (monkey: Monkey) => Promise<void> {
  let r = random() * TOTAL_WEIGHT;
  for (const [weight, action] of ACTIONS) {
    r -= weight;
    if (r < 0) return action;
  }
  return press;
}

type Problem = Readonly<{ step: number; text: string }>;

/** The seed and the actions up to the first problem, for the failure message and the report. */
function tail(log: readonly string[], upTo: number): string {
  const start = Math.max(0, upTo - LOG_TAIL);
  return log
    .slice(start, upTo)
    .map((line, i) => `  #${start + i + 1} ${line}`)
    .join('\n');
}

const PROJECT_KEYS = [
  'magento-cloud-explorer',
  'magento-cloud-explorer:own-project',
  'magento-cloud-explorer:before-share',
  'magento-cloud-explorer:scenarios-done',
  'magento-cloud-explorer:my-scenarios',
];

const replayCommand = (plan: string) =>
  `MONKEY_SEED=${SEED} npx playwright test tests/e2e/monkey.spec.ts -g "on ${plan}"`;

let lastLog: readonly string[] = [];

// biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures a hook needs from its first parameter.
test.afterEach(async ({}, testInfo: TestInfo) => {
  // Also when the test timed out inside an action (a frozen page), where its own message is not reached.
  if (testInfo.status !== testInfo.expectedStatus && lastLog.length > 0) {
    await testInfo.attach('monkey actions', {
      body: `${testInfo.title}\nseed ${SEED}\n${tail(lastLog, lastLog.length)}`,
      contentType: 'text/plain',
    });
  }
});

for (const plan of ['Starter', 'Pro'] as const) {
  test(`monkey on ${plan}: random clicks, keys, typing and drags raise no error and leave a readable saved state`, async ({
    page,
    context,
  }) => {
    test.setTimeout(RUN_MS + 35_000);
    test.info().annotations.push({ type: 'seed', description: `MONKEY_SEED=${SEED}` });
    console.log(`monkey on ${plan}: seed ${SEED} (replay: ${replayCommand(plan)})`);

    const log = startLog();
    lastLog = log.lines;
    const problems: Problem[] = [];
    const problem = (text: string) => problems.push({ step: log.lines.length, text });
    page.on('console', (message) => {
      if (message.type() === 'error') problem(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problem(`uncaught: ${error.stack ?? error.message}`));
    page.on('crash', () => problem('the page crashed'));
    // Prompts and file choosers draw on a stream of their own, so the actions' stays the same.
    const answers = prng(SEED ^ 0x5eed);
    let reloading = false;
    page.on('dialog', async (dialog) => {
      if (dialog.type() === 'beforeunload') {
        // Never blocks. The app asks only when this tab holds changes it could not save,
        // which one tab with working storage never should.
        if (reloading) problem('a "leave this page?" prompt on reload: changes were not saved');
        log.add('beforeunload prompt: accepted');
        await dialog.accept().catch(() => {});
        return;
      }
      const accept = answers() < 0.6;
      log.add(
        `${dialog.type()} "${dialog.message().slice(0, 60)}": ${accept ? 'accept' : 'dismiss'}`,
      );
      await (accept ? dialog.accept('monkey') : dialog.dismiss()).catch(() => {});
    });
    // A file chooser gets a real project's files, or none (as if cancelled).
    const projects = readdirSync(REAL_PROJECTS, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    page.on('filechooser', async (chooser) => {
      const project = answers() < 0.7 ? oneOf(answers, projects) : null;
      log.add(`file chooser: ${project ?? 'no files'}`);
      await chooser.setFiles(project ? realProjectFiles(project) : []).catch(() => {});
    });
    // A tab the app opens is closed at once; the monkey stays on the app.
    context.on('page', (opened) => {
      log.add(`new tab ${opened.url()}: closed`);
      void opened.close().catch(() => {});
    });

    // The page's long tasks, for the summary only: speed is the benchmark's to judge.
    await page.addInitScript(() => {
      const w = window as unknown as { monkeyLongTasks: number[] };
      w.monkeyLongTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.monkeyLongTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await openApp(page, plan === 'Pro' ? '?plan=pro' : '');
    log.add('opened');
    const origin = new URL(page.url()).origin;
    const monkey: Monkey = { page, random: prng(SEED), log, step: 0 };

    const deadline = Date.now() + RUN_MS;
    while (Date.now() < deadline && problems.length === 0) {
      const action = nextAction(monkey.random);
      monkey.step += 1;
      try {
        await action(monkey);
      } catch (error) {
        // Playwright's own misses (covered, detached, not editable, timed out) are part of
        // playing at random; what counts is what the page itself reports above.
        log.lines[log.lines.length - 1] += ` (missed: ${String(error).split('\n')[0]})`;
        if (page.isClosed()) problem(`the page closed: ${(error as Error).message}`);
      }
      if (!page.isClosed() && new URL(page.url()).origin !== origin) {
        log.add(`left the app for ${page.url()}: back`);
        await page.goto(origin).catch(() => {});
      }
    }
    const missed = log.lines.filter((line) => line.includes(' (missed')).length;
    const tasks = await page
      .evaluate(() => (window as unknown as { monkeyLongTasks?: number[] }).monkeyLongTasks ?? [])
      .catch(() => []);
    const busy = `${tasks.length} long tasks, longest ${Math.round(Math.max(0, ...tasks))} ms`;
    const summary = `${monkey.step} actions (${missed} missed) in ${RUN_MS / 1000} s; ${busy}`;
    test.info().annotations.push({ type: 'monkey', description: summary });
    console.log(`monkey on ${plan}: ${summary}`);
    if (process.env.MONKEY_DEBUG) console.log(log.lines.join('\n'));

    const report = () =>
      problems
        .map(({ step, text }) => `${text}\nafter these actions:\n${tail(log.lines, step)}`)
        .join('\n\n');
    const replay = `${monkey.step} actions on ${plan}, seed ${SEED}; replay: ${replayCommand(plan)}`;
    expect(problems, `${replay}\n${report()}`).toEqual([]);

    // Afterwards the app opens again from what it saved, normally.
    reloading = true;
    log.add('reload');
    await page.reload();
    await expect(page.getByRole('banner'), `${replay}: the app did not open`).toBeVisible();
    // The list view may be what the monkey left (and the app kept); the diagram is one click away.
    const diagramView = page
      .getByRole('radiogroup', { name: 'View' })
      .getByRole('radio', { name: 'Diagram' });
    if ((await diagramView.count()) > 0 && !(await diagramView.isChecked())) {
      log.add('back to the diagram view');
      await diagramView.check();
    }
    await expect(
      page.locator('.react-flow__node').first(),
      `${replay}: no node after reload`,
    ).toBeVisible();
    await expect(
      page.getByRole('alert', { name: 'The saved project could not be read' }),
      replay,
    ).toHaveCount(0);
    const stored = await page.evaluate((keys) => {
      const found: Record<string, string> = {};
      for (const key of [...keys, 'magento-cloud-explorer:unreadable']) {
        const value = localStorage.getItem(key);
        if (value !== null) found[key] = value;
      }
      return found;
    }, PROJECT_KEYS);
    expect(Object.keys(stored), `${replay}: the app kept an unreadable copy`).not.toContain(
      'magento-cloud-explorer:unreadable',
    );
    for (const [key, value] of Object.entries(stored)) {
      expect(() => JSON.parse(value), `${replay}: ${key} is not JSON`).not.toThrow();
    }
    expect(problems, `${replay}\n${report()}`).toEqual([]);
  });
}
