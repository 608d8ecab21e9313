import { getGuideSlugFromPath, PAGES_WITH_OWN_ROUTE, RESERVED_FOLDERS, STATIC_PAGE_PATHS } from '../paths.ts';
import { t } from '../i18n/t.ts';
import { ContentError } from './content-error.ts';
import { displayPath } from './content-dir.ts';
import { isReservedDomain } from './is-reserved-domain.ts';
import { getAllowedDomains, isAllowedUrl } from './link-policy.ts';
import type { Content, Guide } from './load-content.ts';
import { bodyPlace } from './read-mdx-body.ts';

/** What each page with its own route is, for the message when its text is missing. */
const REQUIRED_PAGES: Record<string, string> = {
  [PAGES_WITH_OWN_ROUTE.help]: t('content.requiredPage.help'),
  [PAGES_WITH_OWN_ROUTE.why]: t('content.requiredPage.why'),
};

/**
 * Checks that span files: every link is https and allowlisted or an existing page of the
 * site, and every commune features guides that exist.
 */
export function checkContent(content: Content): ContentError[] {
  const { site, guides, pages, communes } = content;
  const allowed = getAllowedDomains(site);
  const guideSlugs = new Set(guides.map((guide) => guide.slug));
  const pagePaths = new Set([...STATIC_PAGE_PATHS, ...pages.map((page) => `/${page.slug}/`)]);
  const errors: ContentError[] = [];
  const siteFile = displayPath(`${content.dir}/site.yaml`);

  const checkLink = (url: string, file: string, field: string) => {
    if (url.startsWith('#') || url.startsWith('mailto:') || url.startsWith('tel:')) return;
    if (url.startsWith('/')) {
      const guideSlug = getGuideSlugFromPath(url);
      const bare = url.replace(/[?#].*$/, '');
      if (guideSlug ? guideSlugs.has(guideSlug) : pagePaths.has(bare)) return;
      const fix = guideSlug
        ? t('link.missingGuide.fix', { slug: guideSlug, examples: [...guideSlugs].slice(0, 3).join(', ') })
        : t('link.missingPage.fix', { examples: [...pagePaths].slice(0, 4).join(', ') });
      errors.push(new ContentError(file, field, t('link.missingPage.problem', { url }), fix));
      return;
    }
    if (isAllowedUrl(url, allowed)) return;
    const problem = url.startsWith('http://')
      ? t('link.notHttps.problem', { url })
      : /^https:\/\//.test(url)
        ? t('link.notAllowed.problem', { url, allowed: allowed.join(', ') })
        : t('link.notAddress.problem', { url });
    const fix = url.startsWith('http://') ? t('link.notHttps.fix') : t('link.notAllowed.fix', { siteFile });
    errors.push(new ContentError(file, field, problem, fix));
  };

  for (const [slug, use] of Object.entries(REQUIRED_PAGES)) {
    if (pages.some((page) => page.slug === slug)) continue;
    errors.push(new ContentError(displayPath(`${content.dir}/pages/${slug}.mdx`), undefined, t('content.missingFile.problem'), t('content.requiredPage.fix', { use })));
  }
  for (const page of pages) {
    if (!RESERVED_FOLDERS.includes(page.slug)) continue;
    errors.push(new ContentError(displayPath(page.file), undefined, t('content.reservedPage.problem', { slug: page.slug }), t('content.reservedPage.fix', { names: RESERVED_FOLDERS.join(', ') })));
  }
  checkLink(site.url, siteFile, 'url');
  if (!site.sample && isReservedDomain(new URL(site.url).hostname)) {
    errors.push(new ContentError(siteFile, 'url', t('link.reservedSite.problem', { url: site.url }), t('link.reservedSite.fix')));
  }
  checkLink(site.portal.url, siteFile, 'portal.url');
  checkLink(site.vneid.url, siteFile, 'vneid.url');
  for (const guide of guides) {
    guide.sources.forEach((source, i) => checkLink(source.url, displayPath(guide.file), `sources.${i}.url`));
    errors.push(...checkBeforeGuides(guide, guideSlugs));
  }
  for (const entry of [...guides, ...pages]) {
    for (const link of entry.bodyLinks) checkLink(link.url, displayPath(entry.file), bodyPlace(link));
  }
  for (const commune of communes) {
    commune.featured.forEach((slug, i) => {
      if (guideSlugs.has(slug)) return;
      errors.push(new ContentError(displayPath(commune.file), `featured.${i}`, t('content.notGuide.problem', { slug }), t('content.notGuide.fix', { examples: [...guideSlugs].slice(0, 3).join(', ') })));
    });
  }
  return errors;
}

/** A "what you need first" item that names a guide must name another guide that exists. */
function checkBeforeGuides(guide: Guide, guideSlugs: Set<string>): ContentError[] {
  const file = displayPath(guide.file);
  const others = [...guideSlugs].filter((slug) => slug !== guide.slug);
  return guide.before.flatMap((item, i) => {
    if (item.guide === undefined) return [];
    if (item.guide === guide.slug) {
      return [new ContentError(file, `before.${i}.guide`, t('content.beforeSelf.problem', { slug: item.guide }), t('content.beforeSelf.fix'))];
    }
    if (guideSlugs.has(item.guide)) return [];
    return [new ContentError(file, `before.${i}.guide`, t('content.notGuide.problem', { slug: item.guide }), t('content.notGuide.fix', { examples: others.slice(0, 3).join(', ') }))];
  });
}
