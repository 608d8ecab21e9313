import type { Content } from '../content/load-content.ts';
import type { Edition } from './edition.ts';
import { getEditionPageKey } from './get-edition-page-key.ts';
import { getEditions } from './get-editions.ts';

/**
 * Astro static paths for a page per commune edition: `[commune]` is its slug, `edition` the
 * props, and the cache key what the page can show (get-edition-page-key.ts).
 */
export function getCommunePaths(content: Content): { params: { commune: string }; props: { edition: Edition }; cacheKey: string }[] {
  return getEditions(content, { withoutOffice: true }).flatMap((edition) => (edition.ref.kind === 'commune' ? [{ params: { commune: edition.ref.slug }, props: { edition }, cacheKey: getEditionPageKey(content, edition) }] : []));
}
