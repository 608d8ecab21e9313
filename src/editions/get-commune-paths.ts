import type { Content } from '../content/load-content.ts';
import type { Edition } from './edition.ts';
import { getEditionPageKey } from './get-edition-page-key.ts';
import { getEditions } from './get-editions.ts';

/**
 * Astro static paths for a page per commune edition: the route's parameter (`[commune]`, or
 * `[slug]` for the files named so) is its slug, `edition` the props, and the cache key what the
 * page can show (get-edition-page-key.ts).
 */
export function getCommunePaths<P extends string = 'commune'>(content: Content, param: P = 'commune' as P): { params: Record<P, string>; props: { edition: Edition }; cacheKey: string }[] {
  return getEditions(content, { withoutOffice: true }).flatMap((edition) =>
    edition.ref.kind === 'commune' ? [{ params: { [param]: edition.ref.slug } as Record<P, string>, props: { edition }, cacheKey: getEditionPageKey(content, edition) }] : [],
  );
}
