/**
 * The `cacheKey` of a page about one edition (a commune's page, its print, broadcast, meeting,
 * contest and results pages, an announcer's script page), for Astro's incremental build
 * (src/build/build-astro-site.ts): Astro copies the page from the last build when this key and
 * the page's code (its module graph, which Astro hashes itself) are both unchanged.
 *
 * So the key holds everything from content/ such a page can show: the shared files (site.yaml,
 * the glossary, the results figures…: getSharedInputs), the edition and its commune's file, the
 * guides it features, every guide's and content page's title (pages name files by their guide),
 * and anything `more` the page is about (a script). A commune page is re-rendered when one of its
 * guides changes and copied when another commune's does: editing one guide's summary in a
 * 92-commune province re-renders the pages of the communes featuring it, not all 600 (issue 13).
 * A page that starts showing something else from content must add it here.
 */
import { getSharedInputs } from '../build/kit.ts';
import { hashInputs } from '../build/kit-cache.ts';
import type { Content } from '../content/load-content.ts';
import type { Edition } from './edition.ts';

export function getEditionPageKey(content: Content, edition: Edition, ...more: unknown[]): string {
  const commune = edition.ref.kind === 'commune' ? edition.ref.slug : undefined;
  return hashInputs(
    getSharedInputs(content),
    edition,
    content.communes.find((entry) => entry.slug === commune),
    edition.guides.map((slug) => hashOnce(content.guides.find((guide) => guide.slug === slug), (guide) => guide)),
    hashOnce(content.guides, (guides) => guides.map((guide) => [guide.slug, guide.title])),
    hashOnce(content.pages, (pages) => pages.map((page) => [page.slug, page.title])),
    ...more,
  );
}

/**
 * Each guide, and each list of titles, hashed once per build rather than once per page: a
 * province lists some 1,600 such pages, and hashing five whole guides for each took half a second
 * of every build (issue 13). Keyed by the object, so an edited guide is a new key.
 */
const hashes = new WeakMap<object, string>();
function hashOnce<T extends object>(value: T | undefined, pick: (value: T) => unknown): string | undefined {
  if (value === undefined) return undefined;
  let hash = hashes.get(value);
  if (hash === undefined) hashes.set(value, (hash = hashInputs(pick(value))));
  return hash;
}
