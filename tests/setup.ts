import '@testing-library/jest-dom/vitest';
import { expect } from 'vitest';
import { tableEquality } from './support/table-equality';

expect.addEqualityTesters([tableEquality]);

import { operationsModule } from '../src/store/lazy-module';

// The app loads the operations (and the clock that runs their deploys) in their own chunk,
// prefetched at start; tests have them from the start.
await operationsModule.load();
