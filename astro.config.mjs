// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getContentDir } from './src/content/content-dir.ts';
import { createGlossaryLinksPlugin } from './src/glossary/create-glossary-links-plugin.ts';
import { createCspPruningIntegration } from './src/build/prune-csp-hashes.ts';

// The content folder and the output folder can be moved (tests build fixture folders;
// scripts/build.ts builds into a staging folder and swaps it in only on success).
const contentDir = getContentDir();
const site = parse(readFileSync(path.join(contentDir, 'site.yaml'), 'utf8'))?.url;

export default defineConfig({
  site,
  outDir: process.env.DVC_OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  build: {
    // Every page is tiny; inlining the CSS saves a round trip on a 3G link.
    inlineStylesheets: 'always',
    format: 'directory',
    // Four pages at once: while one waits on its file or on sharp (share cards render on libuv's
    // threads), the next renders. At 92 communes the site stage took 7.9 s with one, 6.6 s with
    // four (8 and 16 no faster), byte-identical output, no more memory; a warm rebuild's copied
    // pages overlap the same way (5.3 -> 5.0 s).
    concurrency: 4,
  },
  // Pages send no JavaScript unless a page opts in; no prefetching either.
  prefetch: false,
  devToolbar: { enabled: false },
  // Content-Security-Policy as a <meta> tag on every page (DESIGN.md "Content is data, not
  // code"). Astro hashes every inline <script> and <style> it emits (the stylesheets are
  // inlined above), so neither script-src nor style-src needs 'unsafe-inline'. 'self' lets the
  // search page load pagefind's own files; only that page adds 'wasm-unsafe-eval'
  // (src/pages/tim-kiem.astro, through Astro.csp). frame-ancestors cannot be set from a meta
  // tag (CSP 3 §6.1.2.3), so it is left to the web server.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Shiki colours code blocks with style="" attributes, which the CSP (no 'unsafe-inline' for
  // styles) would block; guides have no code to colour, so code blocks stay plain <pre><code>.
  // The glossary plugin links the first use of each glossary term in guide and page bodies
  // (src/glossary/create-glossary-links-plugin.ts). Astro 7's MDX runs Sätteri, whose plugins are
  // hast visitors given here (remark/rehype plugins on mdx() would be ignored).
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [createGlossaryLinksPlugin(contentDir)] }) },
  // Pages that run no script keep only their own inline hashes in the policy (prune-csp-hashes.ts).
  integrations: [mdx(), createCspPruningIntegration()],
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
