/**
 * The TrueType font file pdfkit embeds for a document's glyphs, written directly instead of
 * through fontkit's generic table encoder, and kept per glyph list.
 *
 * fontkit 2.0.4's TTFSubset.encode writes the tables a PDF needs (head, hhea, loca, maxp, cvt,
 * prep, glyf, hmtx, fpgm) with restructure, which sizes and writes every byte of the 3.6 KB
 * hinting program (fpgm) one field at a time, and sizes the directory twice over: a fifth of the
 * CPU time of a broadcast PDF, a sixth of a leaflet's. The tables it writes are the font's own
 * bytes except for one count in head, hhea and maxp and the glyph data, so they are copied here
 * from the font file and patched. The bytes are the same as fontkit's
 * (tests/pdf/encode-font-subset.unit.test.ts compares the two on many glyph lists of every weight).
 *
 * Many files embed the same glyphs in the same order (an A3 poster and its A2, A1 and A0
 * enlargements; a commune's edition of a script and the next commune's), so a subset already
 * written for a glyph list is reused.
 */
import type { Font, Subset } from 'fontkit';

/** What this module reads of fontkit's TTFSubset and Font besides src/pdf/fontkit.d.ts (fontkit 2.0.4 internals). */
interface TrueTypeSubset extends Subset {
  font: FontInternals;
  glyphs: number[];
  glyf: Uint8Array[];
  offset: number;
  loca: { offsets: number[]; version: number };
  hmtx: { metrics: { advance: number; bearing: number }[]; bearings: number[] };
  /** Adds a glyph's data, and its components' (which may add glyphs to `glyphs`). */
  _addGlyph(id: number): number;
}

interface FontInternals {
  stream: { buffer: Uint8Array };
  directory: { tables: Record<string, { offset: number; length: number } | undefined> };
  loca: { version: number };
  createSubset(): TrueTypeSubset | { cff: unknown };
}

/** The tables and their order, as fontkit writes them (TTFSubset.encode). */
const TABLES = ['head', 'hhea', 'loca', 'maxp', 'cvt ', 'prep', 'glyf', 'hmtx', 'fpgm'] as const;

/** Byte offsets of the counts that change in a subset (OpenType spec, tables head, hhea, maxp). */
const HEAD_INDEX_TO_LOC_FORMAT = 50;
const HHEA_NUMBER_OF_HMETRICS = 34;
const MAXP_NUM_GLYPHS = 4;

/** Glyph lists kept per font: a file reuses one written for the file just before it (an enlargement, the next commune), and 32 keep as many as 400 did in a province build. */
const KEPT_SUBSETS = 32;

/** Makes `font.createSubset()` hand out TrueType subsets whose `encode` is `encodeFontSubset`. */
export function useFastSubsets(font: Font): void {
  const internals = font as unknown as FontInternals;
  const createSubset = internals.createSubset.bind(font);
  const kept = new Map<string, Uint8Array>();
  internals.createSubset = () => {
    const subset = createSubset();
    if ('cff' in subset) return subset;
    subset.encode = () => {
      const key = subset.glyphs.join(',');
      let bytes = kept.get(key);
      if (bytes === undefined) {
        bytes = encodeFontSubset(subset);
        if (kept.size >= KEPT_SUBSETS) kept.delete(kept.keys().next().value!);
        kept.set(key, bytes);
      }
      return bytes;
    };
    return subset;
  };
}

/** The subset's font file: what fontkit's TTFSubset.encode returns, byte for byte. */
export function encodeFontSubset(subset: TrueTypeSubset): Uint8Array {
  const { font } = subset;
  // Gathering the glyphs is fontkit's own step (it follows composite glyphs' parts).
  subset.glyf = [];
  subset.offset = 0;
  subset.loca = { offsets: [], version: font.loca.version };
  subset.hmtx = { metrics: [], bearings: [] };
  for (let i = 0; i < subset.glyphs.length; i++) subset._addGlyph(subset.glyphs[i]!);
  subset.loca.offsets.push(subset.offset);
  const glyphCount = subset.glyf.length;

  const tables = new Map<string, Uint8Array>();
  for (const tag of TABLES) {
    if (tag === 'loca') tables.set(tag, encodeLoca(subset.loca));
    else if (tag === 'glyf') tables.set(tag, concat(subset.glyf));
    else if (tag === 'hmtx') tables.set(tag, encodeHmtx(subset.hmtx.metrics));
    else {
      const own = getFontTable(font, tag);
      if (own === undefined) continue;
      // A copy: the font file is a Node Buffer, whose slice() is a view of it.
      const table = new Uint8Array(own);
      const view = new DataView(table.buffer);
      if (tag === 'head') view.setInt16(HEAD_INDEX_TO_LOC_FORMAT, subset.loca.version);
      if (tag === 'hhea') view.setUint16(HHEA_NUMBER_OF_HMETRICS, subset.hmtx.metrics.length);
      if (tag === 'maxp') view.setUint16(MAXP_NUM_GLYPHS, glyphCount);
      tables.set(tag, table);
    }
  }
  return encodeDirectory(tables);
}

/**
 * The table directory and the tables one after another, unpadded, with checksums left at 0 and
 * the sfnt version written as "true", as fontkit writes them; PDF readers take the file as is.
 */
function encodeDirectory(tables: Map<string, Uint8Array>): Uint8Array {
  const count = tables.size;
  const power = 2 ** Math.floor(Math.log2(count));
  const headerLength = 12 + 16 * count;
  let length = headerLength;
  for (const table of tables.values()) length += table.length;
  const out = new Uint8Array(length);
  const view = new DataView(out.buffer);
  writeTag(out, 0, 'true');
  view.setUint16(4, count);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, count * 16 - power * 16);
  let entry = 12;
  let offset = headerLength;
  for (const [tag, table] of tables) {
    writeTag(out, entry, tag);
    view.setUint32(entry + 4, 0);
    view.setUint32(entry + 8, offset);
    view.setUint32(entry + 12, table.length);
    out.set(table, offset);
    entry += 16;
    offset += table.length;
  }
  return out;
}

/** Short offsets are stored halved (OpenType spec, loca). */
function encodeLoca(loca: { offsets: number[]; version: number }): Uint8Array {
  const short = loca.version === 0;
  const out = new Uint8Array(loca.offsets.length * (short ? 2 : 4));
  const view = new DataView(out.buffer);
  loca.offsets.forEach((offset, i) => (short ? view.setUint16(i * 2, offset >>> 1) : view.setUint32(i * 4, offset)));
  return out;
}

/** One advance and left side bearing per glyph. */
function encodeHmtx(metrics: { advance: number; bearing: number }[]): Uint8Array {
  const out = new Uint8Array(metrics.length * 4);
  const view = new DataView(out.buffer);
  metrics.forEach((metric, i) => {
    view.setUint16(i * 4, metric.advance);
    view.setInt16(i * 4 + 2, metric.bearing);
  });
  return out;
}

function getFontTable(font: FontInternals, tag: string): Uint8Array | undefined {
  const entry = font.directory.tables[tag];
  return entry && font.stream.buffer.subarray(entry.offset, entry.offset + entry.length);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function writeTag(out: Uint8Array, at: number, tag: string): void {
  for (let i = 0; i < 4; i++) out[at + i] = tag.charCodeAt(i);
}
