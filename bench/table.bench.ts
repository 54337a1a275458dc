import { bench, describe } from 'vitest';
import { setVariableOn } from '../src/domain/operations/variables';
import { generateSyntheticProject } from '../src/domain/synthetic/generate-synthetic-project';
import { tableKeys } from '../src/domain/table';
import type { OperationResult, Project } from '../src/domain/types';
import { variable } from '../src/domain/variable';

// What the choice of table costs a user beyond time: the memory of the undo history, which
// keeps up to 200 versions of a project. Run once as it is (persistent tables) and once with
// BENCH_TABLE=map (plain Maps copied on write); README "Tables" has both.
const SIZES: readonly number[] = process.env.BENCH_SIZES?.split(',').map(Number) ?? [
  100, 1_000, 10_000,
];
const VERSIONS = 200;

function succeeded(result: OperationResult): Project {
  if ('error' in result) throw new Error(result.error.message);
  return result.project;
}

/** 200 successive versions, each a variable set on another environment, all kept. */
function history(project: Project): Project[] {
  const ids = tableKeys(project.environments).sort();
  const versions: Project[] = [];
  let current = project;
  for (let i = 0; i < VERSIONS; i++) {
    const env = ids[(i * 7919) % ids.length] as string;
    current = succeeded(setVariableOn(current, { env, variable: variable('V', String(i)) }));
    versions.push(current);
  }
  return versions;
}

function heapMb(): number {
  const { gc } = globalThis as { gc?: () => void };
  if (!gc) throw new Error('run with --expose-gc (vitest.bench.config.ts sets it)');
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

const table = process.env.BENCH_TABLE === 'map' ? 'copied Map' : 'persistent HashMap';
for (const size of SIZES) {
  const project = generateSyntheticProject('pro', size, 1);
  // Once first, so what stays (compiled code, parsed config) is not counted.
  history(project);
  const before = heapMb();
  const kept = history(project);
  const after = heapMb();
  console.log(
    `${table}, ${size} environments: ${VERSIONS} kept versions take ${(after - before).toFixed(1)} MB (${kept.length} versions)`,
  );
}

describe.each(SIZES)(`${table}: one operation, %i environments`, (size) => {
  const project = generateSyntheticProject('pro', size, 1);
  const env = tableKeys(project.environments).sort()[1] as string;
  bench('set a variable', () => {
    succeeded(setVariableOn(project, { env, variable: variable('V', 'x') }));
  });
});
