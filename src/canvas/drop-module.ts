import { lazyModule } from '../store/lazy-module';

/** The drag-to-merge logic, loaded on demand (it runs merges, which parse YAML). */
export const dropModule = lazyModule(() => import('./drop-outcome'));
