/**
 * Every URL the kit publishes, in one place: pages, print files and broadcast files. Pages,
 * build scripts, QR codes and link checks all import from here, so a route is named once.
 * Paths start and end with "/" (pages) or end in a file name (downloads); no diacritics.
 */

import { OFFICE_EDITION, type EditionRef } from './editions/edition.ts';

/**
 * Content pages (content/pages/<slug>.mdx) that have a route of their own because they show
 * more than their text; every other content page is rendered by src/pages/[page].astro.
 */
export const PAGES_WITH_OWN_ROUTE = { help: 'ho-tro', why: 'vi-sao-nen-lam-truc-tuyen' } as const;

export const routes = {
  home: '/',
  guides: '/huong-dan/',
  guide: (slug: string) => `/huong-dan/${slug}/`,
  glossary: '/thuat-ngu/',
  /** Stand-alone pages from content/pages/<slug>.mdx. */
  page: (slug: string) => `/${slug}/`,
  why: `/${PAGES_WITH_OWN_ROUTE.why}/`,
  help: `/${PAGES_WITH_OWN_ROUTE.help}/`,
  search: '/tim-kiem/',
  print: '/in-an/',
  broadcast: '/phat-thanh/',
  /** Paste any text, see it as spoken. */
  readAloud: '/phat-thanh/doc-thu/',
  /** Hamlet-meeting kit: decks, handouts, meeting packs (the office's files; communes below). */
  meeting: '/hoi-nghi/',
  meetingCommune: (slug: string) => `/hoi-nghi/xa/${slug}/`,
  notFound: '/404.html',
} as const;

/** Folder of an edition's files below a kit folder: "" for the office, "xa/<slug>/" for a commune. */
function editionPrefix(edition: EditionRef): string {
  return edition.kind === 'office' ? '' : `xa/${edition.slug}/`;
}

export type PosterSize = 'a3' | 'a2' | 'a1' | 'a0';
export type BannerFormat = '5000x1500' | '3000x1000' | '800x2500';
export type ScriptKind = 'tin' | 'bai';

export const printFiles = {
  leaflet: (guide: string, edition: EditionRef = OFFICE_EDITION) =>
    `${routes.print}${editionPrefix(edition)}to-gap/${guide}.pdf`,
  poster: (guide: string, size: PosterSize, edition: EditionRef = OFFICE_EDITION) =>
    `${routes.print}${editionPrefix(edition)}ap-phich/${guide}-${size}.pdf`,
  /** `id` is a guide slug or "khau-hieu-<n>" for the campaign slogans in site.yaml. */
  banner: (id: string, format: BannerFormat) => `${routes.print}bang-ron/${id}-${format}.pdf`,
  /** PNG thumbnail of one page (1-based) of a print PDF, rendered from the PDF itself. */
  thumbnail: (pdfPath: string, page: number) => pdfPath.replace(/\.pdf$/, `.trang-${page}.png`),
} as const;

export const broadcastFiles = {
  /** Announcer page: big text, nothing else. */
  page: (guide: string, kind: ScriptKind, edition: EditionRef = OFFICE_EDITION) =>
    `${routes.broadcast}${editionPrefix(edition)}${guide}/${kind}/`,
  /** Plain UTF-8 text for text-to-speech boxes. */
  text: (guide: string, kind: ScriptKind, edition: EditionRef = OFFICE_EDITION) =>
    `${routes.broadcast}${editionPrefix(edition)}${guide}-${kind}.txt`,
  /** Large-type PDF for reading at the microphone. */
  pdf: (guide: string, kind: ScriptKind, edition: EditionRef = OFFICE_EDITION) =>
    `${routes.broadcast}${editionPrefix(edition)}${guide}-${kind}.pdf`,
} as const;

export type DeckFormat = 'pptx' | 'pdf';

export const meetingFiles = {
  /** One guide's slides, as editable PowerPoint or PDF. */
  deck: (guide: string, format: DeckFormat, edition: EditionRef = OFFICE_EDITION) =>
    `${routes.meeting}${editionPrefix(edition)}trinh-chieu/${guide}.${format}`,
  /** A commune's slides for one meeting: agenda, then each featured guide. */
  combinedDeck: (commune: string, format: DeckFormat) => `${routes.meeting}xa/${commune}/trinh-chieu-ca-hoi-nghi.${format}`,
  /** A4 handout to photocopy. */
  handout: (guide: string, edition: EditionRef = OFFICE_EDITION) => `${routes.meeting}${editionPrefix(edition)}to-phat-tay/${guide}.pdf`,
  /** Agenda, sign-in sheet and report form of a commune's meeting. */
  pack: (commune: string) => `${routes.meeting}xa/${commune}/tai-lieu-hoi-nghi.pdf`,
  /** PNG thumbnail of a page (1-based) of a meeting PDF, rendered from the PDF itself. */
  thumbnail: (pdfPath: string, page: number) => pdfPath.replace(/\.pdf$/, `.trang-${page}.png`),
} as const;

/** Absolute address of a site path, for QR codes and canonical links. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path.replace(/^\//, ''), siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}

/** The guide slug a site path points to, or undefined if it is not a guide page. */
export function getGuideSlugFromPath(path: string): string | undefined {
  return /^\/huong-dan\/([^/]+)\/?(?:#.*)?$/.exec(path)?.[1];
}

/** Paths to the fixed pages (not per guide), for checking internal links in content. */
export const STATIC_PAGE_PATHS: readonly string[] = [
  routes.home, routes.guides, routes.glossary, routes.why, routes.help, routes.search,
  routes.print, routes.broadcast, routes.readAloud, routes.meeting,
];

/** Top-level folders the build itself writes: a content page may not take one of these names. */
export const RESERVED_FOLDERS: readonly string[] = [
  ...new Set([
    ...STATIC_PAGE_PATHS.filter((path) => path !== routes.home && path !== routes.why && path !== routes.help).map((path) => path.split('/')[1]!),
    '404',
    'pagefind',
    '_astro',
  ]),
];
