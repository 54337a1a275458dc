// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateSyntheticProject } from '../../src/domain/synthetic/generate-synthetic-project';
import type { Project } from '../../src/domain/types';
import { openProject } from '../../src/persistence/open-project';
import { projectFileText } from '../../src/persistence/project-file';
import { useAppStore } from '../../src/store/app-store';
import { defaultProject } from '../support/builders';
import { resetStore } from '../support/render-app';

vi.setConfig({ testTimeout: 60_000 });

const app = () => useAppStore.getState();

type Seen = { text: string; replaced: boolean; frames: number };

/**
 * Every status the app announces while `run` goes on, with whether the project shown was
 * already the new one then, and how many animation frames had run by then.
 */
async function announcementsDuring(run: () => Promise<void>): Promise<Seen[]> {
  const before = app().projects;
  const seen: Seen[] = [];
  let frames = 0;
  let counting = true;
  const count = () => {
    frames++;
    if (counting) requestAnimationFrame(count);
  };
  requestAnimationFrame(count);
  const stop = useAppStore.subscribe((state, previous) => {
    const text = state.announcement?.text;
    if (text && text !== previous.announcement?.text) {
      seen.push({ text, replaced: state.projects !== before, frames });
    }
  });
  try {
    await run();
  } finally {
    stop();
    counting = false;
  }
  return seen;
}

function fileOf(project: Project, name: string): File {
  return new File([projectFileText(project)], name, { type: 'application/json' });
}

beforeEach(resetStore);
afterEach(() => vi.restoreAllMocks());

describe('opening a large project file', () => {
  it('says which step is under way, each shown before it starts, then what it opened', async () => {
    const large = generateSyntheticProject('starter', 2500, 1);
    const file = fileOf(large, 'big.json');
    expect(file.size).toBeGreaterThan(1024 * 1024);
    const seen = await announcementsDuring(() => openProject(file));
    expect(seen.map((s) => s.text)).toEqual([
      expect.stringMatching(/^Opening big\.json \(\d+\.\d MB\)…$/),
      'Opening a large project (2,500 environments), step 1 of 2: checking it…',
      'Opening a large project (2,500 environments), step 2 of 2: drawing it…',
      expect.stringMatching(/^Imported big\.json\. Showing "Synthetic Starter project/),
    ]);
    // Nothing replaced before the last word, and a frame between each step and the next.
    expect(seen.slice(0, 3).every((s) => !s.replaced)).toBe(true);
    expect(seen[3]?.replaced).toBe(true);
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]?.frames).toBeGreaterThan(seen[i - 1]?.frames ?? 0);
    }
    expect(app().projects['2.1'].starter).toEqual(large);
  });

  it('stops at the step that fails and says why, changing nothing', async () => {
    const large = generateSyntheticProject('starter', 2500, 1);
    const broken = projectFileText(large).replace('"parentId": null', '"parentId": "nowhere"');
    const before = app().projects;
    const seen = await announcementsDuring(() =>
      openProject(new File([broken], 'broken.json', { type: 'application/json' })),
    );
    expect(seen.map((s) => s.text)).toEqual([
      expect.stringMatching(/^Opening broken\.json/),
      'Opening a large project (2,500 environments), step 1 of 2: checking it…',
      expect.stringMatching(/^broken\.json was not imported\. .*"nowhere"/),
    ]);
    expect(app().projects).toBe(before);
  });

  it('opens a small file without any of that', async () => {
    const seen = await announcementsDuring(() =>
      openProject(fileOf(defaultProject('pro'), 'shop.json')),
    );
    expect(seen.map((s) => s.text)).toEqual([expect.stringMatching(/^Imported shop\.json\./)]);
  });
});
