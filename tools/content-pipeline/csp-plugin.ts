/**
 * Adds the strict Content-Security-Policy to the built index.html. Only in the build:
 * Vite's dev server injects inline scripts for hot reload, which this policy forbids.
 * `frame-ancestors` cannot be set from a meta tag, and must not be: LMSs frame the course.
 */
import type { Plugin } from 'vite';

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export function cspPlugin(): Plugin {
  return {
    name: 'strict-csp',
    apply: 'build',
    // Right after the charset (which must come first), before any script or style.
    transformIndexHtml: (html) =>
      html.replace(
        /(<meta charset="utf-8" \/>)/,
        `$1\n    <meta http-equiv="Content-Security-Policy" content="${CSP.replace(/'/g, '&#39;')}" />`,
      ),
  };
}
