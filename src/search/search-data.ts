import type { SearchTerms } from '../schemas/search-terms.ts';
import type { PageKind } from './rank-pages.ts';

/**
 * The search data file (paths.ts `searchFiles.data`), written by the build right after pagefind
 * and first in the search bundle: the query's words are matched with its term table, and results
 * are listed from its pages before pagefind's per-page fragments arrive.
 */
export interface SearchData {
  /** Pagefind's `metaCacheTag`: a stable address for its entry file, so that it can be fetched early (and cached per build). */
  cacheTag: string;
  /** Pagefind files every search needs besides the script and the WebAssembly: entry, metadata, index chunks. */
  preload: string[];
  /** Indexed pages by pagefind id: address, title and kind. */
  pages: Record<string, [url: string, title: string, kind: PageKind]>;
  /** content/search-terms.yaml. */
  terms: SearchTerms;
}

/** One file inside the search bundle, in the bundle's order. */
export interface SearchBundlePart {
  /** The file's own address: the page answers fetches of it with this part. */
  href: string;
  bytes: number;
  /** Gzip of the file, for the page to inflate; pagefind's files are gzip inside already and inflated as pagefind's. */
  encoding?: 'gzip';
}

/** The files a first search needs besides pagefind's script, in one download (create-search-bundle.ts). */
export interface SearchBundle {
  /** Its address, with a hash of its bytes as `?v=` so that no cache serves an old one with new part sizes. */
  href: string;
  parts: SearchBundlePart[];
}

/** What the search page carries itself, filled in by the build after pagefind (create-search-data.ts). */
export interface SearchPreload extends Pick<SearchData, 'cacheTag'> {
  /** Fetched when the box gets focus: the search data file, pagefind's WebAssembly and its index chunks, in that order. */
  bundle: SearchBundle;
  /**
   * Pagefind's entry and metadata files themselves (address → body in base64), a few hundred
   * bytes: each request costs its headers on the uplink (about 15 ms at 400 kbit/s, measured in
   * Chromium's network emulation), more than these files' own bytes.
   */
  inline: Record<string, string>;
  /** The warm-up index (create-warm-up-index.ts): its cache tag and files, address → body in base64. */
  warmUp: { cacheTag: string; files: Record<string, string> };
}

/**
 * The warm-up index: three short pages, at an address no request ever goes to (the page
 * answers pagefind's fetches under it itself), searched for the query while the real index chunks
 * download, so that the WebAssembly and script are compiled before they arrive (warm-up-pagefind.ts).
 */
export const WARM_UP = {
  basePath: '/pagefind/warm-up/',
  /** Pages that share words, so that the warm-up search sorts and merges several results, as a real one does. */
  pages: [
    'Đăng ký tạm trú trực tuyến trên Cổng Dịch vụ công, không cần đến trụ sở',
    'Đăng ký khai sinh cho con trên mạng, nhận kết quả tại nhà qua bưu điện',
    'Tạm trú và thường trú: đăng ký qua ứng dụng VNeID, tra cứu hồ sơ',
  ],
  query: 'dang ky tam tru truc tuyen o dau',
} as const;

/** The attribute of the search page's results list that holds its SearchPreload as JSON. */
export const SEARCH_PRELOAD_ATTRIBUTE = 'data-preload';
