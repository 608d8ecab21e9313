import { describe, expect, it } from 'vitest';
import { absoluteUrl, routes } from '../../src/paths.ts';
import { createSitemapXml, getSitemapEntries } from '../../src/site-files/get-sitemap-entries.ts';

describe('the sitemap', () => {
  it('lists the fixed pages, each guide with its reviewed date, and content pages once', () => {
    const entries = getSitemapEntries([{ slug: 'a', reviewed: '2026-10-01' }, { slug: 'b', reviewed: '2026-11-20' }], ['ho-tro', 'vi-sao-nen-lam-truc-tuyen', 'gioi-thieu']);
    const paths = entries.map((entry) => entry.path);
    expect(paths).toEqual(expect.arrayContaining([routes.home, routes.guides, routes.glossary, routes.help, routes.why, '/gioi-thieu/', routes.guide('a'), routes.guide('b')]));
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).not.toContain(routes.offline);
    expect(entries.find((entry) => entry.path === routes.guide('a'))?.lastmod).toBe('2026-10-01');
    expect(entries.find((entry) => entry.path === routes.home)?.lastmod).toBe('2026-11-20');
  });

  it('writes absolute addresses in the sitemap protocol', () => {
    const xml = createSitemapXml('https://x.gov.vn', [{ path: routes.guide('a'), lastmod: '2026-10-01' }], absoluteUrl);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain('<url><loc>https://x.gov.vn/huong-dan/a/</loc><lastmod>2026-10-01</lastmod></url>');
  });
});
