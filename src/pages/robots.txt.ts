/** Everything may be indexed except the offline page, which is only for the service worker. */
import type { APIRoute } from 'astro';
import { getContent } from '../content/get-content.ts';
import { absoluteUrl, routes, siteFiles } from '../paths.ts';

export const GET: APIRoute = async () => {
  const { site } = await getContent();
  const lines = ['User-agent: *', `Disallow: ${routes.offline}`, '', `Sitemap: ${absoluteUrl(site.url, siteFiles.sitemap)}`, ''];
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
