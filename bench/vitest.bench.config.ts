import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Only for `vitest bench`: the domain benchmarks, kept out of `npm test`'s tests.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: [],
    environment: 'node',
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
