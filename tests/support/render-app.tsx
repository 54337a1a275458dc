import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { useSavedStateNotice } from '../../src/persistence/saved-state-notice-store';
import { useAppStore } from '../../src/store/app-store';

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

/** A fresh store: default projects, Starter, nothing selected, no history. */
export function resetStore(): void {
  useAppStore.setState(useAppStore.getInitialState(), true);
  useAppStore.temporal.getState().clear();
}

/** The live region's text, as the shell shows it (role "status"). */
export function Announcements() {
  const announcement = useAppStore((s) => s.announcement);
  return <div role="status">{announcement?.text}</div>;
}

export function renderWithStore(ui: ReactElement) {
  resetStore();
  return render(ui);
}

/** No saved-state notices, as a fresh page has. */
export function resetSavedStateNotice(): void {
  useSavedStateNotice.setState(useSavedStateNotice.getInitialState(), true);
}
