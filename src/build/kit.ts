/**
 * A kit is one output family (print, broadcast, meetings, contests, results). Each kit folder
 * exports one descriptor; src/build/kits.ts registers them and src/build/ runs them in the staged
 * build, for every edition from src/editions/. Adding a kit is a new folder and one registry line.
 */
import type { Content } from '../content/load-content.ts';
import type { Edition } from '../editions/edition.ts';

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
  /** Things the office should look at that do not stop the build (a script over its target length). */
  getWarnings?(content: Content, files: readonly F[]): string[];
}

/** Keeps each kit's file type while listing kits of different types together. */
export function defineKit<F extends KitFile>(kit: Kit<F>): Kit<F> {
  return kit;
}
