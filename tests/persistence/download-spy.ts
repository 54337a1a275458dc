import { vi } from 'vitest';

export type Download = Readonly<{ filename: string; text: () => Promise<string> }>;

/**
 * Catches downloads started through a blob URL and a clicked `<a download>`; jsdom has no
 * `URL.createObjectURL` and does not navigate.
 */
export function spyOnDownloads(): Download[] {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob) downloads.push({ filename: this.download, text: () => blob.text() });
  });
  return downloads;
}
