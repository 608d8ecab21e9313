/**
 * A kit is one output family (print, broadcast, meetings, contests, results). Each kit folder
 * exports one descriptor; src/build/kits.ts registers them and src/build/ runs them in the staged
 * build, for every edition from src/editions/. Adding a kit is a new folder and one registry line.
 */
import type { Content } from '../content/load-content.ts';
import type { Edition } from '../editions/edition.ts';
import { hashInputs } from './kit-cache.ts';

/** One file a kit makes for an edition, as its catalogue page lists it. */
export interface KitFile {
  /** The site path of the file's main output (a download or a page): unique, stable across builds (logs, cache keys). */
  id: string;
}

/** A file to write, at its site path below dist/ ("/in-an/to-gap/x.pdf"). */
export interface BuiltFile {
  path: string;
  data: Buffer | string;
}

export interface Kit<F extends KitFile = KitFile> {
  /** Command-line name: `npm run build -- --only print`. */
  name: string;
  /** Vietnamese name in the build summary: "In ấn". */
  label: string;
  /** Top folder of dist/ the kit writes into ("in-an"); a single-kit build replaces only this folder. */
  folder: string;
  /** The files this kit makes for one edition. Pure: the kit's catalogue page lists exactly these. */
  getFiles(content: Content, edition: Edition): F[];
  /** Makes one file and its side files (thumbnails). Content problems throw ContentError, naming file and field. */
  buildFile(content: Content, edition: Edition, file: F): Promise<BuiltFile[]>;
  /**
   * Everything one file is made from, for the incremental build's cache key (the edition, the code
   * version and the locked dependencies are added by the runner). Default: the whole content, so a
   * kit that says nothing is rebuilt whenever anything changes.
   */
  getInputs?(content: Content, edition: Edition, file: F): unknown;
  /** Things the office should look at that do not stop the build (a script over its target length). */
  getWarnings?(content: Content, files: readonly F[]): string[];
}

/** Keeps each kit's file type while listing kits of different types together. */
export function defineKit<F extends KitFile>(kit: Kit<F>): Kit<F> {
  return kit;
}

const sharedHashes = new WeakMap<Content, string>();

/**
 * A hash of the content every file may show besides its own guide: site.yaml, the glossary,
 * read-aloud.yaml and any other top-level file the loader reads (not the guides, communes and
 * pages, which a kit names itself). New top-level content is included without anyone having to
 * remember it. Computed once per loaded content.
 */
export function getSharedInputs(content: Content): string {
  let hash = sharedHashes.get(content);
  if (hash === undefined) {
    const { dir: _dir, guides: _guides, communes: _communes, pages: _pages, ...shared } = content;
    hash = hashInputs(shared);
    sharedHashes.set(content, hash);
  }
  return hash;
}
