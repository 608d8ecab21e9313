import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pruneCspHashes } from '../../src/build/prune-csp-hashes.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const style = ':root{--colour-ink:#1b1b1b}';
const other = hash('.quiz{display:grid}');
const page = (body: string) =>
  `<!DOCTYPE html><html><head><style>${style}</style><script src="/dang-ky-sw.js" defer></script>` +
  `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${hash('x()')}; style-src 'self' ${hash(style)} ${other};"></head><body>${body}</body></html>`;

describe('pruning a page’s Content-Security-Policy to its own inline elements', () => {
  it('keeps the hashes of the page’s own styles and drops every other one on a page with no script', () => {
    const pruned = pruneCspHashes(page('<p>Hướng dẫn</p>'));
    expect(pruned).toContain(`style-src 'self' ${hash(style)};`);
    expect(pruned).toContain("script-src 'self';");
    expect(pruned).not.toContain(other);
    expect(pruned.replace(/content="[^"]*"/, '')).toBe(page('<p>Hướng dẫn</p>').replace(/content="[^"]*"/, ''));
  });

  it('leaves the policy whole on a page with a script of its own, which may insert inline elements later', () => {
    for (const script of ['<script type="module" src="/_astro/tim-kiem.js"></script>', '<script>x()</script>']) {
      expect(pruneCspHashes(page(script))).toBe(page(script));
    }
  });

  it('leaves a page without a policy as it is', () => {
    expect(pruneCspHashes('<p>không có</p>')).toBe('<p>không có</p>');
  });
});
