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
  /** A commune's own page: its centre, phones, digital team, featured procedures and files. */
  commune: (slug: string) => `/xa/${slug}/`,
  /** Campaign results: the office's overview; each commune's page is resultsFiles.page(edition). */
  results: '/ket-qua/',
  /** Contest kit (hội thi): self-check quiz and the office's printed rounds. */
  contest: '/hoi-thi/',
  /** A commune's contest files. */
  contestEdition: (slug: string) => `/hoi-thi/xa/${slug}/`,
  /** Every self-check question about one guide. */
  contestGuide: (slug: string) => `/hoi-thi/huong-dan/${slug}/`,
  /** Hamlet-meeting kit: decks, handouts, meeting packs (the office's files; communes below). */
  meeting: '/hoi-nghi/',
  meetingCommune: (slug: string) => `/hoi-nghi/xa/${slug}/`,
  notFound: '/404.html',
  /** What the service worker shows for a page it has not saved, when there is no signal. */
  offline: '/ngoai-tuyen/',
} as const;

/**
 * Files around the pages: share cards, icons, the web app manifest, robots.txt, the sitemap and
 * the service worker (which must sit at the root to control every page).
 */
export const siteFiles = {
  /** 1200×630 PNG shown when a guide's address is shared on Zalo or Facebook. */
  shareCard: (guide: string) => `/anh-chia-se/${guide}.png`,
  /** The same card for every other page, from the site title and the first campaign slogan. */
  siteShareCard: '/anh-chia-se/trang-chu.png',
  favicon: '/favicon.svg',
  /** 32×32 PNG for browsers and apps that do not take SVG icons. */
  faviconPng: '/favicon-32.png',
  appleTouchIcon: '/apple-touch-icon.png',
  /** Square PNG icon of `size` px for the manifest (192 and 512 are what Android asks for). */
  appIcon: (size: number) => `/icon-${size}.png`,
  manifest: '/manifest.webmanifest',
  robots: '/robots.txt',
  sitemap: '/sitemap.xml',
  serviceWorker: '/sw.js',
  /** The one small script every page loads: it registers the service worker, nothing else. */
  serviceWorkerRegistration: '/dang-ky-sw.js',
} as const;

/**
 * Sent on window by the search page once its first search has answered: on that page the service
 * worker registers only then (or after SEARCH_PAGE_PRECACHE_DELAY_MS), so saving every guide does
 * not share a 400 kbit/s link with the first search.
 */
export const FIRST_SEARCH_DONE_EVENT = 'dvc-first-search-done';
export const SEARCH_PAGE_PRECACHE_DELAY_MS = 30_000;

/** Files the search page fetches (src/search/), all fetched at once when the search box gets focus. */
export const searchFiles = {
  /** The term table, the indexed pages and pagefind's file names, written after pagefind (src/search/create-search-data.ts). */
  data: `${routes.search}du-lieu.json`,
  /** The data file, pagefind's WebAssembly and its index chunks in one download (src/search/create-search-bundle.ts). */
  bundle: `${routes.search}goi-tim-kiem.bin`,
  pagefindScript: '/pagefind/pagefind.js',
  /** Pagefind's WebAssembly for languages without a stemmer of their own, Vietnamese among them; the build checks the name. */
  pagefindWasm: '/pagefind/wasm.unknown.pagefind',
} as const;

/** Folder of an edition's files below a kit folder: "" for the office, "xa/<slug>/" for a commune. */
function editionPrefix(edition: EditionRef): string {
  return edition.kind === 'office' ? '' : `xa/${edition.slug}/`;
}

/**
 * Where a guide lives for an edition's readers: the guide page for the office; for a commune, its
 * entry on the commune page, next to the commune's own contacts (QR codes of commune pieces).
 */
export function getEditionGuidePath(guide: string, edition: EditionRef): string {
  return edition.kind === 'office' ? routes.guide(guide) : `${routes.commune(edition.slug)}#${guide}`;
}

/** An edition's page of a kit's files: "/in-an/" for the office, "/in-an/xa/<slug>/" for a commune. */
export function getEditionCataloguePath(kitRoute: string, edition: EditionRef): string {
  return `${kitRoute}${editionPrefix(edition)}`;
}

export type PosterSize = 'a3' | 'a2' | 'a1' | 'a0';
export type BannerFormat = '5000x1500' | '3000x1000' | '800x2500';
export type ScriptKind = 'tin' | 'bai';

export const printFiles = {
  leaflet: (guide: string, edition: EditionRef = OFFICE_EDITION) =>
    `${routes.print}${editionPrefix(edition)}to-gap/${guide}.pdf`,
  /** The black-and-white photocopy edition of a leaflet. */
  leafletMono: (guide: string, edition: EditionRef = OFFICE_EDITION) =>
    `${routes.print}${editionPrefix(edition)}to-gap/${guide}-den-trang.pdf`,
  poster: (guide: string, size: PosterSize, edition: EditionRef = OFFICE_EDITION) =>
    `${routes.print}${editionPrefix(edition)}ap-phich/${guide}-${size}.pdf`,
  /** `id` is a guide slug or "khau-hieu-<n>" for the campaign slogans in site.yaml. */
  banner: (id: string, format: BannerFormat) => `${routes.print}bang-ron/${id}-${format}.pdf`,
  /** The print-shop order sheet of an edition's files ("Phiếu đặt in", A4): sizes, paper, folds, quantities. */
  orderSheet: (edition: EditionRef = OFFICE_EDITION) => `${routes.print}${editionPrefix(edition)}phieu-dat-in.pdf`,
  /** PNG thumbnail of one page (1-based) of a print PDF, drawn from its layout (src/pdf/draw-thumbnail.ts). */
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

export const resultsFiles = {
  /** The overview (office) or a commune's results page. */
  page: (edition: EditionRef = OFFICE_EDITION) => `${routes.results}${editionPrefix(edition)}`,
  /** The figures behind a page, as CSV (every commune for the office). */
  csv: (edition: EditionRef = OFFICE_EDITION) => `${routes.results}${editionPrefix(edition)}ket-qua.csv`,
  /** A4 report for the emulation review; `period` is "2026" or "2026-10". */
  report: (period: string) => `${routes.results}bao-cao-${period}.pdf`,
  /** A commune's loudspeaker item for one month (YYYY-MM), as spoken text. */
  item: (month: string, edition: EditionRef) => `${routes.results}${editionPrefix(edition)}tin-${month}.txt`,
} as const;

/** Version of a printed contest sheet: the same questions in two orders, against copying. */
export type ContestVersion = 'a' | 'b';

export const contestFiles = {
  /** A4 question sheet of the written round. */
  questionSheet: (version: ContestVersion, edition: EditionRef = OFFICE_EDITION) => `${routes.contest}${editionPrefix(edition)}de-thi-${version}.pdf`,
  /** Answer key of one version, for the jury. */
  answerKey: (version: ContestVersion, edition: EditionRef = OFFICE_EDITION) => `${routes.contest}${editionPrefix(edition)}dap-an-${version}.pdf`,
  /** Blank answer sheet candidates tick. */
  answerSheet: (edition: EditionRef = OFFICE_EDITION) => `${routes.contest}${editionPrefix(edition)}phieu-tra-loi.pdf`,
  /** A5 cards for the MC: question on the front, answer on the back. */
  mcCards: (edition: EditionRef = OFFICE_EDITION) => `${routes.contest}${editionPrefix(edition)}the-cau-hoi-mc.pdf`,
  /** Scoreboard sheets, per round and team. */
  scoreboard: (edition: EditionRef = OFFICE_EDITION) => `${routes.contest}${editionPrefix(edition)}bang-diem.pdf`,
  /** Rules template with the rounds and timing. */
  rules: (edition: EditionRef = OFFICE_EDITION) => `${routes.contest}${editionPrefix(edition)}the-le.pdf`,
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
  /** PNG thumbnail of a page (1-based) of a meeting PDF, drawn from its layout (src/pdf/draw-thumbnail.ts). */
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
  routes.print, routes.broadcast, routes.readAloud, routes.results, routes.contest, routes.meeting,
];

/** Top-level folders the build itself writes: a content page may not take one of these names. */
export const RESERVED_FOLDERS: readonly string[] = [
  ...new Set([
    ...STATIC_PAGE_PATHS.filter((path) => path !== routes.home && path !== routes.why && path !== routes.help).map((path) => path.split('/')[1]!),
    '404',
    'xa',
    routes.offline.split('/')[1]!,
    siteFiles.shareCard('x').split('/')[1]!,
    'pagefind',
    '_astro',
  ]),
];
