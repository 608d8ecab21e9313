import { randomUUID } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * A Vite plugin that gives every Astro build in this process prerender modules of its own.
 *
 * Astro renders static pages by `import()`ing its prerender bundle from
 * `<project>/.astro/.prerender/` (astro/dist/core/build/default-prerenderer.js; any output folder
 * outside the project falls back there, core/build/common.js `getOutDirWithinCwd`). Chunk names
 * are content hashes, taken before Astro writes the build's manifest into the entry chunk
 * (static-build.js `runManifestInjection`). Two builds of the same code, say content/ and then
 * a fixture, thus emit the same file names, and Node's module cache hands the second build the
 * first one's modules: its manifest (site address, CSP hashes, script names) and module state
 * such as getContent()'s loaded content, so the guide page asked the second build's collection
 * for the first build's guides ("no collection entry for …").
 *
 * A fresh id mixed into every prerender chunk's hash (Rollup/Rolldown `augmentChunkHash`) makes
 * every build's addresses new. The prerender folder is deleted after each build and the client
 * environment is left alone, so the site's own files stay byte-identical from build to build.
 */
export function createFreshPrerenderPlugin(buildId: string = randomUUID()): Plugin {
  return {
    name: 'dvc-kit:fresh-prerender-modules',
    applyToEnvironment: (environment) => environment.name === 'prerender',
    augmentChunkHash: () => buildId,
  };
}
