import { loadContent, type Content } from './load-content.ts';

let cached: Promise<Content> | undefined;

/**
 * The content model, loaded once per process. Astro pages call this for data the collections
 * do not hold (site.yaml, read-aloud.yaml) and for print and broadcast catalogues.
 */
export function getContent(): Promise<Content> {
  cached ??= loadContent();
  return cached;
}
