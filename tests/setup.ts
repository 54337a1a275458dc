import '@testing-library/jest-dom/vitest';
import { expect } from 'vitest';
import { tableEquality } from './support/table-equality';

expect.addEqualityTesters([tableEquality]);
