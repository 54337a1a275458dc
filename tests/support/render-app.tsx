import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { useAppStore } from '../../src/store/app-store';
import { defaultProjects } from '../../src/store/project-slice';
import { initialViewState } from '../../src/store/view-slice';

/** React Flow measures the DOM; jsdom has no layout, so give it the minimum it calls. */
export function stubBrowserLayout(): void {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  globalThis.DOMMatrixReadOnly ??= class {
    m22 = 1;
    constructor(transform?: string) {
      const scale = transform?.match(/scale\(([1-9.])\)/)?.[1];
      this.m22 = scale ? Number(scale) : 1;
    }
  } as unknown as typeof DOMMatrixReadOnly;
}

/** A fresh store: default projects, Starter, nothing selected. */
export function resetStore(): void {
  useAppStore.setState({ projects: defaultProjects(), ...initialViewState() });
  useAppStore.temporal.getState().clear();
}

export function renderWithStore(ui: ReactElement) {
  resetStore();
  return render(ui);
}
