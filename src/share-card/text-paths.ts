/**
 * Text as SVG outlines from Be Vietnam Pro (the print font, through fontkit), so sharp can
 * rasterise a share card on any machine: librsvg would otherwise pick whatever system font is
 * installed, and a build server often has none with Vietnamese letters.
 */
import { openSync, type Font } from 'fontkit';
import { fontFiles, type FontWeight } from '../fonts.ts';

const fonts = new Map<FontWeight, Font>();

function getFont(weight: FontWeight): Font {
  let font = fonts.get(weight);
  if (!font) {
    font = openSync(fontFiles[weight]);
    fonts.set(weight, font);
  }
  return font;
}

/** Advance width of `text` in px at `size` px. */
export function measureText(text: string, weight: FontWeight, size: number): number {
  const font = getFont(weight);
  return (font.layout(text.normalize('NFC')).advanceWidth / font.unitsPerEm) * size;
}

/** SVG path data for `text` with its baseline starting at (x, y), `size` px tall (the em). */
export function getTextPath(text: string, weight: FontWeight, size: number, x: number, y: number): string {
  const font = getFont(weight);
  const scale = size / font.unitsPerEm;
  const run = font.layout(text.normalize('NFC'));
  let penX = 0;
  let penY = 0;
  const parts: string[] = [];
  run.glyphs.forEach((glyph, i) => {
    const position = run.positions[i]!;
    const d = glyph.path
      .scale(scale, -scale)
      .translate(x + (penX + position.xOffset) * scale, y - (penY + position.yOffset) * scale)
      .toSVG();
    if (d) parts.push(d);
    penX += position.xAdvance;
    penY += position.yAdvance;
  });
  return parts.join('');
}

/**
 * Greedy line breaking at spaces (Vietnamese writes every syllable apart, so spaces are enough).
 * A single word wider than `width` stays on its own line; the caller shrinks the size instead.
 */
export function wrapWords(text: string, weight: FontWeight, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && measureText(`${last} ${word}`, weight, size) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
