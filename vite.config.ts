import { createHash } from 'node:crypto';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

type Policy = Readonly<Record<string, readonly string[]>>;

/**
 * The Content-Security-Policy of the built app. It is written into index.html as a
 * `<meta http-equiv>` so it holds on any static host, with no server header to configure.
 * A meta policy cannot carry `frame-ancestors`, `report-uri`/`report-to` or `sandbox`
 * (browsers ignore them there): a host that wants clickjacking protection sends
 * `frame-ancestors 'none'` as a header of its own.
 */
const BUILD_POLICY: Policy = {
  'default-src': ["'self'"],
  // Only the bundle's own files: no inline script, no eval, no data: or blob: scripts. The
  // lazy chunks are imported from /assets/, which 'self' covers.
  'script-src': ["'self'"],
  // No 'unsafe-inline' for styles either. React and React Flow place every node, edge and the
  // viewport with style attributes, but they write them through the CSSOM (element.style),
  // which CSP does not govern; so does html-to-image on its detached clone. What this refuses
  // is a parsed style="..." or an inline <style> (CSS injection), so keep it that way: style
  // through React's style prop, never setAttribute('style') or innerHTML.
  'style-src': ["'self'"],
  // data: for the image export (html-to-image draws an SVG data: URL into an <img>, then
  // onto a canvas) and for assets Vite inlines below build.assetsInlineLimit.
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  // The app talks to no server; html-to-image fetches same-origin stylesheets and images.
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
  // No <base> may redirect the app's relative URLs (the lazy chunks among them).
  'base-uri': ["'none'"],
  // Every form is handled in script (preventDefault); none may post the page anywhere.
  'form-action': ["'none'"],
};

/**
 * `vite` (dev) serves a page the build never has: @vitejs/plugin-react's Fast Refresh preamble
 * is an inline module script, Vite's client adds each CSS file as a `<style>` element (and its
 * error overlay brings its own) and keeps a WebSocket to the dev server for HMR. The preamble is
 * allowed by its hash, not by 'unsafe-inline', so dev still refuses any other inline script
 * and any eval; only styles are looser than in the build.
 */
function devPolicy(html: string): Policy {
  return {
    ...BUILD_POLICY,
    'script-src': ["'self'", ...inlineScriptHashes(html)],
    'style-src': ["'self'", "'unsafe-inline'"],
    // 'self' covers ws: to the same host in CSP 3 browsers; ws:/wss: also cover --host and
    // an hmr.clientPort of another value.
    'connect-src': ["'self'", 'ws:', 'wss:'],
  };
}

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi;

function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)].map(
    ([, body = '']) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`,
  );
}

function serialize(policy: Policy): string {
  return Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ');
}

/**
 * Writes the policy into index.html as the first thing in `<head>` (after `<meta charset>`,
 * which is moved up with it), since a meta policy governs only what the parser meets after it:
 * in dev, Vite puts its client and the React preamble at the top of `<head>`. Runs last
 * ('post'), when every other plugin's tags are in the HTML and can be hashed. `vite preview`
 * serves the built file as it is.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'magento-cloud-explorer:content-security-policy',
    transformIndexHtml: {
      order: 'post',
      handler(html, { server }) {
        const charset = html.match(/\s*<meta charset="[^"]*"\s*\/?>/i)?.[0];
        if (!charset) throw new Error('index.html needs a <meta charset> for the CSP to follow.');
        const policy = serialize(server ? devPolicy(html) : BUILD_POLICY);
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
        return html
          .replace(charset, '')
          .replace(/<head[^>]*>/i, (head) => `${head}${charset}\n    ${meta}`);
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
});
