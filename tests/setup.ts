import '@testing-library/jest-dom/vitest';
import { expect } from 'vitest';
import { tableEquality } from './support/table-equality';
// The app installs the operations when their chunk loads; tests install them up front.
import '../src/store/operation-table';

expect.addEqualityTesters([tableEquality]);
