import { useEffect, useRef } from 'react';
import { useAppStore } from '../store/app-store';
import type { UiRequest, UiRequestKind } from '../store/view-slice';

/**
 * Does what a command asked of this part of the page (open its file chooser, export the
 * diagram, focus the search box): `handle` runs once per new request of one of `kinds`, and
 * never for a request made before this part was on the page.
 */
export function useUiRequest(
  kinds: readonly UiRequestKind[],
  handle: (kind: UiRequestKind) => void,
): void {
  const request = useAppStore((s) =>
    s.uiRequest && kinds.includes(s.uiRequest.kind) ? s.uiRequest : null,
  );
  const handled = useRef<UiRequest | null>(request);
  const latest = useRef(handle);
  latest.current = handle;
  useEffect(() => {
    if (!request || request === handled.current) return;
    handled.current = request;
    latest.current(request.kind);
  }, [request]);
}
