/**
 * Set text as glyph outlines for thumbnails (draw-thumbnail.ts), shaped and placed the way
 * pdfkit writes it into the PDF: the same fontkit Font (get-font.ts), the line split into
 * words after each space or tab and each word shaped on its own with fontkit's default
 * features (EmbeddedFont.layout in pdfkit 0.20), each glyph advancing by its xAdvance and
 * marks moved by their x/yOffset.
 *
 * Filling outlines rather than calling fillText matters at thumbnail size: Skia's fillText
 * hints glyphs to the pixel grid (heavier, snapped stems, Brooooooklyn/canvas#809), while a PDF
 * viewer fills the embedded outlines as they are. One path per word, not per glyph, keeps the
 * fills few (a leaflet has about 600 words and 3,000 glyphs); words repeat from leaflet to
 * leaflet, so most are found in the cache.
 */
import { Path2D } from '@napi-rs/canvas';
import type { Font, PathCommand } from 'fontkit';
import type { FontWeight } from '../fonts.ts';
import { getFont } from './get-font.ts';

export interface WordOutline {
  /** In font units, y up from the baseline, pen at 0; null for a word with no ink (a space). */
  path: Path2D | null;
  /** Font units to the next word's pen. */
  advance: number;
}

/** Words kept per weight before the cache starts over (a province build uses a few thousand syllables). */
const CACHE_LIMIT = 50_000;

const caches = new Map<FontWeight, Map<string, WordOutline>>();

/** Units per em of a weight's font: outlines scale by size ÷ this. */
export function getUnitsPerEm(weight: FontWeight): number {
  return getFont(weight).unitsPerEm;
}

export function getWordOutline(weight: FontWeight, word: string): WordOutline {
  let cache = caches.get(weight);
  if (!cache) {
    cache = new Map();
    caches.set(weight, cache);
  }
  let outline = cache.get(word);
  if (!outline) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    outline = createWordOutline(getFont(weight), word);
    cache.set(word, outline);
  }
  return outline;
}

/** pdfkit's word split: each piece ends after a space or a tab (EmbeddedFont.layout). */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  let last = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === ' ' || char === '\t') {
      words.push(text.slice(last, index + 1));
      last = index + 1;
    }
  }
  if (last < text.length) words.push(text.slice(last));
  return words;
}

/**
 * Written command by command with the glyph's offset added: @napi-rs/canvas's Path2D.addPath
 * joins each added path to the last point (its first moveTo becomes a lineTo), which draws
 * stray wedges between glyphs and loses a mark drawn as a glyph's first contour.
 */
function createWordOutline(font: Font, word: string): WordOutline {
  const run = font.layout(word);
  const path = new Path2D();
  let pen = 0;
  let inked = false;
  run.glyphs.forEach((glyph, i) => {
    const position = run.positions[i]!;
    const dx = pen + position.xOffset;
    const dy = position.yOffset;
    for (const command of glyph.path.commands) {
      addCommand(path, command, dx, dy);
      inked = true;
    }
    pen += position.xAdvance;
  });
  return { path: inked ? path : null, advance: pen };
}

/** TrueType outlines are lines and quadratic curves; CFF ones cubic. */
function addCommand(path: Path2D, { command, args }: PathCommand, dx: number, dy: number): void {
  const x = (i: number) => args[i]! + dx;
  const y = (i: number) => args[i]! + dy;
  switch (command) {
    case 'moveTo':
      path.moveTo(x(0), y(1));
      break;
    case 'lineTo':
      path.lineTo(x(0), y(1));
      break;
    case 'quadraticCurveTo':
      path.quadraticCurveTo(x(0), y(1), x(2), y(3));
      break;
    case 'bezierCurveTo':
      path.bezierCurveTo(x(0), y(1), x(2), y(3), x(4), y(5));
      break;
    case 'closePath':
      path.closePath();
      break;
  }
}
