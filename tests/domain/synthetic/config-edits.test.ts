import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createDefaultProject } from '../../../src/domain/defaults/default-project';
import { configEdits } from '../../../src/domain/synthetic/config-edits';
import { tableGet } from '../../../src/domain/table';
import type { ConfigFiles } from '../../../src/domain/types';

function filesOf(branch: string): ConfigFiles {
  const project = createDefaultProject('starter');
  const head = tableGet(project.environments, branch)?.head ?? '';
  const commit = tableGet(project.commits, head);
  if (!commit) throw new Error(`no head commit for ${branch}`);
  return commit.files;
}

function edit(files: ConfigFiles, key: string) {
  const found = configEdits(files).find((e) => e.key === key);
  if (!found) throw new Error(`no edit ${key}`);
  return found;
}

describe('configEdits', () => {
  it('adds a service together with the relationship that reaches it', () => {
    const { files, summary } = edit(filesOf('staging'), 'service:solr');
    expect(summary).toBe('Add solr (solr:4.10)');
    expect(parse(files['.magento/services.yaml']).solr).toEqual({ type: 'solr:4.10', disk: 512 });
    expect(parse(files['.magento.app.yaml']).relationships.solr).toBe('solr:solr');
  });

  it('offers no service the files already have', () => {
    const keys = configEdits(filesOf('feature-checkout')).map((e) => e.key);
    expect(keys).not.toContain('service:rabbitmq');
    expect(keys).toEqual(['service:redis-session', 'service:solr', 'build-threads', 'php-memory']);
  });

  it('raises build threads and PHP memory by one step, touching only that file', () => {
    const before = filesOf('staging');
    const threads = edit(before, 'build-threads');
    expect(parse(threads.files['.magento.env.yaml']).stage.build.SCD_THREADS).toBe(3);
    expect(threads.files['.magento.app.yaml']).toBe(before['.magento.app.yaml']);
    const memory = edit(before, 'php-memory');
    expect(parse(memory.files['.magento.app.yaml']).variables.php.memory_limit).toBe('2G');
    expect(edit(memory.files, 'php-memory').summary).toBe('Raise the PHP memory limit to 3G');
  });
});
