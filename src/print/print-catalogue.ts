/**
 * Which print files exist, computed from the content alone (no file system). The builder
 * writes exactly these files and the "In ấn" page lists exactly these, so they cannot
 * disagree.
 */
import type { Content } from '../content/load-content.ts';
import type { Edition, EditionRef } from '../editions/edition.ts';
import { getEditions } from '../editions/get-editions.ts';
import { t } from '../i18n/t.ts';
import { printFiles, type BannerFormat, type PosterSize } from '../paths.ts';
import { createOrderSheetEntry } from './order-sheet/create-order-sheet-entry.ts';
import { BANNER_FORMAT_KEYS, BANNERS, LEAFLET, POSTER_SIZE_KEYS, POSTER_SIZES } from './formats.ts';

/** Thumbnails fit a square this many px a side: small enough for a phone on 3G. */
export const THUMBNAIL_BOX_PX = 240;

export interface Thumbnail {
  path: string;
  page: number;
  width: number;
  height: number;
  /** Vietnamese alt text. */
  alt: string;
}

/** What to build for a catalogue entry. */
export type PrintJob =
  | { kind: 'leaflet'; guide: string; /** The black-and-white photocopy edition (src/print/layout/resolve-mono-leaflet.ts). */ mono?: boolean }
  | { kind: 'poster'; guide: string; size: PosterSize }
  | { kind: 'banner'; id: string; format: BannerFormat; slogan: string; guide?: string; sloganIndex?: number }
  /** The edition's print-shop order sheet (src/print/order-sheet/): about the other files, of no guide. */
  | { kind: 'order-sheet'; guide?: undefined };

export interface PrintFileEntry {
  /** The PDF's site path (KitFile id). */
  id: string;
  job: PrintJob;
  kind: PrintJob['kind'];
  /** Site path of the PDF, e.g. "/in-an/to-gap/lien-thong-khai-sinh.pdf". */
  path: string;
  edition: EditionRef;
  /** "Tờ gấp A4 ba phần", "Áp phích A2", "Băng rôn dọc 800×2500 mm". */
  label: string;
  /** Guide title or slogan: what the file is about. */
  title: string;
  /** Trimmed size in mm. */
  trim: { width: number; height: number };
  pages: number;
  /** One per page; none for the A2–A0 posters, which the catalogue shows under the A3's (group-print-cards.ts). */
  thumbnails: Thumbnail[];
}

const PAGE_NAMES = { leaflet: [t('print.side.outside'), t('print.side.inside')] } as const;

/**
 * The press files of one edition: a leaflet and the posters of each of its guides and, for the
 * office, the banners of the campaign slogans and of every guide's slogan.
 */
export function getPrintFiles(content: Content, edition: Edition): PrintFileEntry[] {
  const entries: PrintFileEntry[] = [];
  const titles = new Map(content.guides.map((guide) => [guide.slug, guide.title]));
  const ref = edition.ref;
  for (const slug of edition.guides) {
    const title = titles.get(slug) ?? slug;
    entries.push(createEntry({ kind: 'leaflet', guide: slug }, printFiles.leaflet(slug, ref), ref, t('print.label.leaflet'), title, LEAFLET.trim, 2));
    entries.push(createEntry({ kind: 'leaflet', guide: slug, mono: true }, printFiles.leafletMono(slug, ref), ref, t('print.label.leafletMono'), title, LEAFLET.trim, 2));
    for (const size of POSTER_SIZE_KEYS) {
      const { width, height, label } = POSTER_SIZES[size];
      entries.push(createEntry({ kind: 'poster', guide: slug, size }, printFiles.poster(slug, size, ref), ref, t('print.label.poster', { size: label }), title, { width, height }, 1));
    }
  }
  if (ref.kind !== 'office') return entries;
  const slogans = [
    ...content.site.slogans.map((slogan, i) => ({ id: `khau-hieu-${i + 1}`, slogan, sloganIndex: i })),
    ...content.guides.map((guide) => ({ id: guide.slug, slogan: guide.slogan, guide: guide.slug })),
  ];
  for (const item of slogans) {
    for (const format of BANNER_FORMAT_KEYS) {
      const spec = BANNERS[format];
      entries.push(createEntry({ kind: 'banner', format, ...item }, printFiles.banner(item.id, format), ref, spec.label, item.slogan, spec.trim, 1));
    }
  }
  return entries;
}

/**
 * What the print kit makes for an edition (its getFiles): the press files, then the order sheet
 * that lists them for the print shop.
 */
export function getPrintKitFiles(content: Content, edition: Edition): PrintFileEntry[] {
  const files = getPrintFiles(content, edition);
  return [...files, createOrderSheetEntry(content, edition, files)];
}

/** Every press file of every edition. */
export function getPrintCatalogue(content: Content): PrintFileEntry[] {
  return getEditions(content).flatMap((edition) => getPrintFiles(content, edition));
}

function createEntry(job: PrintJob, path: string, edition: EditionRef, label: string, title: string, trim: { width: number; height: number }, pages: number): PrintFileEntry {
  const scale = THUMBNAIL_BOX_PX / Math.max(trim.width, trim.height);
  const width = Math.round(trim.width * scale);
  const height = Math.round(trim.height * scale);
  // A2–A0 are the A3 design enlarged: their card is the A3's, so no thumbnail is rendered for them.
  const enlarged = job.kind === 'poster' && job.size !== POSTER_SIZE_KEYS[0];
  const thumbnails = Array.from({ length: enlarged ? 0 : pages }, (_, i) => {
    const side = job.kind === 'leaflet' ? `, ${PAGE_NAMES.leaflet[i]}` : '';
    return { path: printFiles.thumbnail(path, i + 1), page: i + 1, width, height, alt: `${label}${side}: ${title}` };
  });
  return { id: path, job, kind: job.kind, path, edition, label, title, trim, pages, thumbnails };
}
