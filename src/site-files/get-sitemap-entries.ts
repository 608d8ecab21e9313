/**
 * The pages a search engine should know, from src/paths.ts and the content: guides carry their
 * `reviewed` date as lastmod. Written by hand rather than with @astrojs/sitemap: that
 * integration lists every built page (announcer scripts, the offline page, 404) and knows no
 * per-guide date, and this list is a dozen lines.
 */
import { PAGES_WITH_OWN_ROUTE, routes } from '../paths.ts';

export interface SitemapEntry {
  path: string;
  /** YYYY-MM-DD. */
  lastmod?: string;
}

export function getSitemapEntries(guides: { slug: string; reviewed: string }[], pageSlugs: string[]): SitemapEntry[] {
  const ownRoutes: string[] = Object.values(PAGES_WITH_OWN_ROUTE);
  const newest = guides.map((guide) => guide.reviewed).sort().at(-1);
  return [
    { path: routes.home, lastmod: newest },
    { path: routes.guides, lastmod: newest },
    ...guides.map((guide) => ({ path: routes.guide(guide.slug), lastmod: guide.reviewed })),
    { path: routes.glossary },
    { path: routes.help },
    { path: routes.why },
    ...pageSlugs.filter((slug) => !ownRoutes.includes(slug)).map((slug) => ({ path: routes.page(slug) })),
    { path: routes.print },
    { path: routes.broadcast },
  ];
}

/** The sitemap protocol's XML (https://www.sitemaps.org/protocol.html). */
export function createSitemapXml(siteUrl: string, entries: SitemapEntry[], toAbsolute: (siteUrl: string, path: string) => string): string {
  const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const urls = entries.map((entry) => `<url><loc>${escape(toAbsolute(siteUrl, entry.path))}</loc>${entry.lastmod ? `<lastmod>${entry.lastmod}</lastmod>` : ''}</url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
