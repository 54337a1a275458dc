import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

/** With BENCH_TABLE=map, the domain runs on plain copied-on-write Maps (bench/map-table.ts). */
function mapTables(): Plugin {
  return {
    name: 'map-tables',
    enforce: 'pre',
    async resolveId(source, importer) {
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      if (resolved?.id.endsWith('/src/domain/table.ts')) return `${root}bench/map-table.ts`;
      return null;
    },
  };
}

// Only for `vitest bench`: the domain benchmarks, kept out of `npm test`'s tests.
export default defineConfig({
  root,
  plugins: process.env.BENCH_TABLE === 'map' ? [mapTables()] : [],
  test: {
    include: [],
    environment: 'node',
    benchmark: { include: ['bench/**/*.bench.ts'] },
    // For the memory figures of the table comparison (table.bench.ts).
    execArgv: ['--expose-gc'],
  },
});
