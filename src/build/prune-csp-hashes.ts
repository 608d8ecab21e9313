/**
 * Astro writes the hash of every inline <style> and <script> of the whole build into every
 * page's Content-Security-Policy (it does not group hashes by page yet:
 * https://github.com/withastro/astro/pull/13675). On a guide page that is some 35 hashes, about
 * 1.3 KB gzip of incompressible base64 (issue 10: a guide page's first visit stays ≤ 8 KB).
 * A page that runs no script of its own can never add an inline element later, so its policy
 * needs only the hashes of the inline elements it holds; every other hash is dropped. Pages with
 * a script (search, quiz, announcer) keep Astro's full list: their scripts may insert elements.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { siteFiles } from '../paths.ts';

const POLICY = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
const INLINE = /<(style|script)(\s[^>]*)?>([\s\S]*?)<\/\1>/g;
const HASH = /\s'sha256-[A-Za-z0-9+/=]+'/g;

/** The page's policy with only the hashes of its own inline elements, or the page unchanged. */
export function pruneCspHashes(html: string): string {
  const policy = POLICY.exec(html);
  if (!policy) return html;
  const own = new Set<string>();
  for (const [, tag, attributes = '', body] of html.matchAll(INLINE)) {
    const source = /\ssrc="([^"]*)"/.exec(attributes)?.[1];
    if (tag === 'script' && source !== undefined) {
      if (source !== siteFiles.serviceWorkerRegistration) return html;
      continue;
    }
    if (tag === 'script') return html;
    own.add(`'sha256-${createHash('sha256').update(body!).digest('base64')}'`);
  }
  const pruned = policy[2]!.replace(HASH, (hash) => (own.has(hash.trim()) ? hash : ''));
  return html.replace(POLICY, (_, start: string, _content: string, end: string) => start + pruned + end);
}

/** Prunes the policy of every page Astro wrote (an `astro:build:done` hook, so `astro build` does it too). */
export function createCspPruningIntegration(): AstroIntegration {
  return {
    name: 'dvc-kit:prune-csp-hashes',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        for (const page of pages) {
          const file = path.join(root, page);
          const html = await readFile(file, 'utf8');
          const pruned = pruneCspHashes(html);
          if (pruned !== html) await writeFile(file, pruned);
        }
      },
    },
  };
}
