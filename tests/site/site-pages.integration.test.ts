import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../src/content/load-content.ts';
import { getEditions } from '../../src/editions/get-editions.ts';
import { formatDate } from '../../src/format/format-date.ts';
import { MAX_GLOSSARY_LINKS } from '../../src/format/link-glossary-terms.ts';
import { absoluteUrl, broadcastFiles, printFiles, routes, siteFiles } from '../../src/paths.ts';
import { LIFE_EVENTS } from '../../src/schemas/life-event.ts';
import { getBuiltSite } from '../helpers/built-site.ts';
import { readPage, textOf } from '../helpers/read-html.ts';

const site = getBuiltSite();
let content: Content;

beforeAll(async () => {
  content = await loadContent(site.contentDir);
});

async function allHtmlPaths(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((entry) => entry.endsWith('.html')).map((entry) => `/${entry}`);
}

describe('every page', () => {
  it('ends with </html>: nothing is emitted after the document', async () => {
    for (const page of await allHtmlPaths(site.dir)) {
      const { html } = await readPage(site.dir, page);
      expect(html.trimEnd().endsWith('</html>'), page).toBe(true);
    }
  });

  it('is in Vietnamese, titled, canonical to the published address, and loads nothing from elsewhere', async () => {
    const pages = await allHtmlPaths(site.dir);
    expect(pages.length).toBeGreaterThan(content.guides.length + 5);
    for (const page of pages) {
      const { html, document } = await readPage(site.dir, page);
      expect(document.documentElement.getAttribute('lang'), page).toBe('vi');
      expect(textOf(document.querySelector('title')), page).not.toBe('');
      expect(document.querySelector('link[rel=canonical]')?.getAttribute('href'), page).toMatch(new RegExp(`^${content.site.url}`));
      // Only links may point away; nothing is loaded from another origin (no CDN fonts, no analytics).
      const loaded = [...document.querySelectorAll('script[src], link[href]:not([rel=canonical]), img[src], iframe, source[src]')]
        .map((element) => element.getAttribute('src') ?? element.getAttribute('href') ?? '');
      expect(loaded.filter((url) => /^(https?:)?\/\//.test(url)), page).toEqual([]);
      expect(html, page).not.toMatch(/@import|fonts\.googleapis|googletagmanager/);
    }
  });
});

describe('guide pages', () => {
  it('show every part of the guide, in order, from the content', async () => {
    for (const guide of content.guides) {
      const { document } = await readPage(site.dir, routes.guide(guide.slug));
      const main = document.querySelector('main')!;
      expect(textOf(main.querySelector('h1'))).toBe(guide.title);
      expect(textOf(main)).toContain(guide.summary);
      expect(textOf(main)).toContain(guide.audience);
      const headings = [...main.querySelectorAll('h2')].map(textOf);
      // Every paper the steps need is listed before the steps.
      const facts = guide.deadline ? 'Thời hạn, lệ phí và kết quả' : 'Lệ phí, thời gian và kết quả';
      const expected = ['Cần có trước khi làm', ...(guide.documents.length ? ['Giấy tờ cần chuẩn bị'] : []), 'Các bước', facts];
      expect(headings.slice(0, expected.length)).toEqual(expected);
      expect(headings).toEqual(expect.arrayContaining(['Cần giúp đỡ?', 'In ấn, phát thanh và họp dân', 'Căn cứ']));
      const steps = [...main.querySelectorAll('ol.steps > li')];
      expect(steps.map((li) => textOf(li.querySelector('.step-title')))).toEqual(guide.steps.map((step) => step.title));
      for (const text of [...guide.before.map((item) => item.text), ...guide.documents, guide.fee, guide.processingTime, guide.result, guide.help, ...(guide.deadline ? [guide.deadline] : [])]) {
        expect(textOf(main)).toContain(text);
      }
      if (guide.deadline) expect(textOf(main.querySelector('.facts .deadline'))).toBe(`Thời hạn phải làm: ${guide.deadline}`);
      for (const source of guide.sources) expect(main.querySelector(`a[href="${source.url}"]`)).not.toBeNull();
      expect(textOf(main)).toContain(`kiểm tra lần cuối ngày ${formatDate(guide.reviewed)}`);
    }
  });

  it('load no script but the small external file that registers the offline service worker', async () => {
    for (const guide of content.guides) {
      const { html, document } = await readPage(site.dir, routes.guide(guide.slug));
      const scripts = [...document.querySelectorAll('script')];
      expect(scripts.map((script) => script.getAttribute('src')), guide.slug).toEqual([siteFiles.serviceWorkerRegistration]);
      expect(scripts[0]!.textContent).toBe('');
      expect(html).not.toMatch(/modulepreload/);
    }
  });

  it('link each "what you need first" item that names a guide to that guide', async () => {
    const linked = content.guides.flatMap((guide) => guide.before.filter((item) => item.guide).map((item) => ({ guide, item })));
    for (const { guide, item } of linked) {
      const { document } = await readPage(site.dir, routes.guide(guide.slug));
      const entry = [...document.querySelectorAll('#can-co-truoc ~ ul > li')].find((li) => textOf(li).startsWith(item.text));
      const target = content.guides.find((other) => other.slug === item.guide)!;
      expect(entry?.querySelector(`a[href="${routes.guide(target.slug)}"]`)?.textContent, guide.slug).toContain(target.title);
    }
  });

  it(`link glossary terms to their entry, each at most once a page and at most ${MAX_GLOSSARY_LINKS} a page, body included`, async () => {
    const ids = new Set(content.glossary.map((term) => term.id));
    for (const guide of content.guides) {
      const { document } = await readPage(site.dir, routes.guide(guide.slug));
      const hrefs = [...document.querySelectorAll(`a[href^="${routes.glossary}#"]`)].map((a) => a.getAttribute('href')!);
      expect(new Set(hrefs).size, guide.slug).toBe(hrefs.length);
      expect(hrefs.length, guide.slug).toBeLessThanOrEqual(MAX_GLOSSARY_LINKS);
      expect(document.querySelectorAll(`a[href^="${routes.glossary}#"]:not(.term-link)`), guide.slug).toHaveLength(0);
      for (const href of hrefs) expect(ids.has(href.replace(`${routes.glossary}#`, '')), href).toBe(true);
    }
  });

  it('link to the leaflet, the poster and the loudspeaker scripts of the same guide', async () => {
    const guide = content.guides[0]!;
    const { document } = await readPage(site.dir, routes.guide(guide.slug));
    for (const href of [printFiles.leaflet(guide.slug), printFiles.poster(guide.slug, 'a3'), broadcastFiles.page(guide.slug, 'tin')]) {
      expect(document.querySelector(`a[href="${href}"]`), href).not.toBeNull();
    }
  });

  it('print on A4 with their address and reviewed date, without navigation', async () => {
    const guide = content.guides[0]!;
    const { html, document } = await readPage(site.dir, routes.guide(guide.slug));
    expect(html).toMatch(/@media print\{@page\{size:A4;margin:15mm\}.*\.site-header,.*nav\{display:none!important\}/s);
    expect(textOf(document.querySelector('.print-source'))).toBe(
      `Bản in từ ${absoluteUrl(content.site.url, routes.guide(guide.slug))} – thông tin kiểm tra ngày ${formatDate(guide.reviewed)}.`,
    );
  });
});

describe('lists, glossary, help, search and 404', () => {
  it('groups every guide under its life event on the guide list', async () => {
    const { document } = await readPage(site.dir, routes.guides);
    for (const guide of content.guides) {
      const section = document.querySelector(`section[aria-labelledby="${guide.lifeEvent}"]`);
      expect(textOf(section?.querySelector('h2'))).toBe(LIFE_EVENTS[guide.lifeEvent]);
      expect(section?.querySelector(`a[href="${routes.guide(guide.slug)}"]`), guide.slug).not.toBeNull();
    }
  });

  it('explains every glossary term under its own anchor', async () => {
    const { document } = await readPage(site.dir, routes.glossary);
    for (const term of content.glossary) {
      expect(textOf(document.getElementById(term.id))).toBe(term.term);
      expect(textOf(document.querySelector('main'))).toContain(term.definition);
    }
  });

  it("gives the office's contacts on the help page and links every commune to its own page", async () => {
    const { document } = await readPage(site.dir, routes.help);
    expect(textOf(document.querySelector('main'))).toContain(content.site.support.hotline);
    const links = [...document.querySelectorAll('.commune-list a')].map((link) => link.getAttribute('href'));
    expect(links.sort()).toEqual(content.communes.map((commune) => routes.commune(commune.slug)).sort());
  });

  it('marks sample editions with MẪU wherever their contacts are shown', async () => {
    const [office, ...communes] = getEditions(content);
    const help = (await readPage(site.dir, routes.help)).document;
    expect(textOf(help.getElementById('van-phong')?.parentElement).includes('MẪU')).toBe(office!.sample);
    expect(help.querySelector('.sample-notice') !== null).toBe(content.site.sample);
    for (const edition of communes) {
      const { document } = await readPage(site.dir, routes.commune(edition.ref.kind === 'commune' ? edition.ref.slug : ''));
      expect(textOf(document.querySelector('h1')).includes('MẪU'), edition.id).toBe(edition.sample);
    }
  });

  it('sends people without JavaScript from the search page to the guide list', async () => {
    const { document } = await readPage(site.dir, routes.search);
    expect(document.querySelector('noscript')?.innerHTML).toContain(`href="${routes.guides}"`);
    expect(document.querySelector('form[role=search]')?.getAttribute('action')).toBe(routes.search);
  });

  it('has a Vietnamese 404 page with a way back', async () => {
    const { document } = await readPage(site.dir, '/404.html');
    expect(textOf(document.querySelector('h1'))).toBe('Không tìm thấy trang này');
    expect(document.querySelector(`main a[href="${routes.guides}"]`)).not.toBeNull();
  });

  it('lists every guide in the sitemap with its reviewed date, and robots.txt points to the sitemap', async () => {
    const sitemap = await readFile(path.join(site.dir, siteFiles.sitemap), 'utf8');
    for (const guide of content.guides) {
      expect(sitemap).toContain(`<url><loc>${absoluteUrl(content.site.url, routes.guide(guide.slug))}</loc><lastmod>${guide.reviewed}</lastmod></url>`);
    }
    expect(sitemap).not.toContain(routes.offline);
    const robots = await readFile(path.join(site.dir, siteFiles.robots), 'utf8');
    expect(robots).toContain(`Sitemap: ${absoluteUrl(content.site.url, siteFiles.sitemap)}`);
  });

  it('indexes guides, glossary and help for search, and nothing else', async () => {
    const fragments = await readdir(path.join(site.dir, 'pagefind', 'fragment'));
    expect(fragments.length).toBe(content.guides.length + 3);
  });
});
