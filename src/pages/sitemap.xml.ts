import type { APIRoute } from 'astro';
import { getContent } from '../content/get-content.ts';
import { absoluteUrl } from '../paths.ts';
import { createSitemapXml, getSitemapEntries } from '../site-files/get-sitemap-entries.ts';

export const GET: APIRoute = async () => {
  const { site, guides, pages } = await getContent();
  const entries = getSitemapEntries(guides, pages.map((page) => page.slug));
  return new Response(createSitemapXml(site.url, entries, absoluteUrl), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
