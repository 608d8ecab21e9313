/**
 * src/pdf/encode-font-subset.ts writes the font file pdfkit embeds without fontkit's generic
 * encoder: it must give fontkit's bytes exactly, for any glyph list of any weight, so that no PDF
 * changes. Each case builds the same subset twice on a Font of its own, fresh from the file (not
 * the build's shared Font, whose subsets are already the fast ones), and compares.
 */
import { openSync, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { fontFiles, type FontWeight } from '../../src/fonts.ts';
import { encodeFontSubset, useFastSubsets } from '../../src/pdf/encode-font-subset.ts';

type Subset = Parameters<typeof encodeFontSubset>[0];

const weights = Object.keys(fontFiles) as FontWeight[];

function subsetOf(font: Font, glyphs: readonly number[]): Subset {
  const subset = font.createSubset();
  for (const id of glyphs) subset.includeGlyph(id);
  return subset as unknown as Subset;
}

/** A fixed pseudo-random order, so a failure names a list that can be tried again. */
function shuffled(ids: number[], seed: number): number[] {
  const out = [...ids];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Glyph lists as documents make them: text in reading order, a few letters, every glyph, composite glyphs. */
function glyphLists(font: Font): number[][] {
  const text = (value: string) => font.layout(value).glyphs.map((glyph) => glyph.id);
  const all = Array.from({ length: font.numGlyphs }, (_, id) => id);
  const composite = all.filter((id) => (font.getGlyph(id) as unknown as { _decode(): { numberOfContours: number } | null })._decode()?.numberOfContours! < 0);
  return [
    [],
    text('Đăng ký khai sinh trực tuyến trên Cổng Dịch vụ công quốc gia, 0912 345 678.'),
    text('QUỸ ĐẤT Ỗ Ẫ — “Gửi hồ sơ” ữ ỹ ự ợ ỡ ẵ'),
    composite.slice(0, 40),
    shuffled(all, 7),
    ...[1, 2, 3].map((seed) => shuffled(all, seed).slice(0, 60 + seed * 50)),
  ];
}

describe('encodeFontSubset', () => {
  for (const weight of weights) {
    it(`gives fontkit's own bytes for ${weight}, on every glyph list`, () => {
      const font = openSync(fontFiles[weight]);
      for (const glyphs of glyphLists(font)) {
        const ours = encodeFontSubset(subsetOf(font, glyphs));
        const fontkits = subsetOf(font, glyphs).encode();
        expect(Buffer.from(ours).equals(Buffer.from(fontkits)), `${weight}: ${glyphs.length} glyphs [${glyphs.slice(0, 12).join(',')}…]`).toBe(true);
      }
    });
  }

  it('reuses the bytes of a glyph list met before, and not of another list', () => {
    const font = openSync(fontFiles.regular);
    useFastSubsets(font);
    const encode = (glyphs: number[]) => subsetOf(font, glyphs).encode();
    const first = encode([36, 37, 38]);
    expect(encode([36, 37, 38])).toBe(first);
    const reordered = encode([38, 37, 36]);
    expect(reordered).not.toBe(first);
    expect(Buffer.from(reordered).equals(Buffer.from(first))).toBe(false);
  });
});
