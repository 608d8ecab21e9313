// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import path from 'node:path';

// The content folder and the output folder can be moved (tests build fixture folders;
// scripts/build.ts builds into a staging folder and swaps it in only on success).
const contentDir = path.resolve(process.env.DVC_CONTENT_DIR ?? 'content');
const site = parse(readFileSync(path.join(contentDir, 'site.yaml'), 'utf8'))?.url;

export default defineConfig({
  site,
  outDir: process.env.DVC_OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  // Every page is tiny; inlining the CSS saves a round trip on a 3G link.
  build: { inlineStylesheets: 'always', format: 'directory' },
  // Pages send no JavaScript unless a page opts in; no prefetching either.
  prefetch: false,
  devToolbar: { enabled: false },
  integrations: [mdx()],
  vite: {
    build: {
      // Never inline a page script: a strict Content-Security-Policy allows only same-origin
      // script files, so the few pages with a script (search, announcer, quiz) load a bundled file.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rollupOptions: {
        // Astro's MDX output starts with a "use astro:head-inject" directive that the bundler
        // warns about once per file; Astro handles it itself, so the warning is noise.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
