import { loadContent, type Content } from './load-content.ts';

let cached: Promise<Content> | undefined;

/**
 * The content model, loaded once per build. Astro pages call this for data the collections
 * do not hold (site.yaml, read-aloud.yaml) and for the print and broadcast catalogues.
 * Under `astro dev` it reloads on every request, so edits to content/ show without a restart.
 */
export function getContent(): Promise<Content> {
  if ((import.meta as { env?: { DEV?: boolean } }).env?.DEV) return loadContent();
  cached ??= loadContent();
  return cached;
}
