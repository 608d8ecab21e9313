import { getGuideSlugFromPath, PAGES_WITH_OWN_ROUTE, RESERVED_FOLDERS, STATIC_PAGE_PATHS } from '../paths.ts';
import { ContentError } from './content-error.ts';
import { displayPath } from './content-dir.ts';
import { isReservedDomain } from './is-reserved-domain.ts';
import { getAllowedDomains, isAllowedUrl } from './link-policy.ts';
import type { Content, Guide } from './load-content.ts';
import { bodyPlace } from './read-mdx-body.ts';

/** What each page with its own route is, for the message when its text is missing. */
const REQUIRED_PAGES: Record<string, string> = {
  [PAGES_WITH_OWN_ROUTE.help]: 'the help page (the contacts are added from the YAML files)',
  [PAGES_WITH_OWN_ROUTE.why]: 'the "why go online" page',
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
        ? `there is no content/guides/${guideSlug}.mdx; use the file name of an existing guide (${[...guideSlugs].slice(0, 3).join(', ')}, …).`
        : `link to a page that exists, such as ${[...pagePaths].slice(0, 4).join(', ')}.`;
      errors.push(new ContentError(file, field, `links to ${url}, a page that does not exist`, fix));
      return;
    }
    if (isAllowedUrl(url, allowed)) return;
    const problem = url.startsWith('http://')
      ? `links to ${url}, which is not https`
      : /^https:\/\//.test(url)
        ? `links to ${url}, whose domain is not on linkAllowlist (${allowed.join(', ')})`
        : `has a link "${url}" that is neither an https address nor a page of the site`;
    const fix = url.startsWith('http://')
      ? 'use the https:// address of the same page.'
      : `link to an official source, or add its domain to linkAllowlist in ${siteFile} if the office trusts it.`;
    errors.push(new ContentError(file, field, problem, fix));
  };

  for (const [slug, use] of Object.entries(REQUIRED_PAGES)) {
    if (pages.some((page) => page.slug === slug)) continue;
    errors.push(new ContentError(displayPath(`${content.dir}/pages/${slug}.mdx`), undefined, 'is missing', `create it with a title, a summary and the text of ${use}.`));
  }
  for (const page of pages) {
    if (!RESERVED_FOLDERS.includes(page.slug)) continue;
    errors.push(new ContentError(displayPath(page.file), undefined, `has the name of a part of the site the build makes (/${page.slug}/), so it would never be published`, `rename the file; names already taken: ${RESERVED_FOLDERS.join(', ')}.`));
  }
  checkLink(site.url, siteFile, 'url');
  if (!site.sample && isReservedDomain(new URL(site.url).hostname)) {
    errors.push(new ContentError(siteFile, 'url', `is ${site.url}, a domain reserved for examples and tests that no one can visit, but \`sample\` is false`, 'write the address where the office publishes the site (e.g. https://huongdan.thainguyen.gov.vn), or set `sample: true` while the contacts are made up.'));
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
      errors.push(new ContentError(displayPath(commune.file), `featured.${i}`, `features "${slug}", which is not a guide`, `use the file name (without .mdx) of a guide in content/guides/, e.g. ${[...guideSlugs].slice(0, 3).join(', ')}.`));
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
      return [new ContentError(file, `before.${i}.guide`, `points to this same guide ("${item.guide}")`, 'name the guide that explains how to get this item, or remove the guide line.')];
    }
    if (guideSlugs.has(item.guide)) return [];
    return [new ContentError(file, `before.${i}.guide`, `names "${item.guide}", which is not a guide`, `use the file name (without .mdx) of a guide in content/guides/, e.g. ${others.slice(0, 3).join(', ')}.`)];
  });
}
