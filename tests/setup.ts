import '@testing-library/jest-dom/vitest';
// The app installs the operations when their chunk loads; tests install them up front.
import '../src/store/operation-table';
