/**
 * Font subset tags from the glyphs in the subset. pdfkit 0.20 derives the six-letter tag of
 * every embedded subset from the font's resource id (EmbeddedFont.embed: id "F1" → "BZZZZZ"),
 * so every file names its subsets the same with different contents, and a RIP or imposition
 * tool that merges jobs by font name prints wrong glyphs (ISO 32000-1 §9.6.4: the tag should
 * differ for different subsets). Here the tag is a hash of the font and its glyph ids, taken
 * when pdfkit embeds the font (the glyph set is final then): deterministic, and different
 * whenever the subset differs.
 */
import { createHash } from 'node:crypto';

interface EmbeddedFontLike {
  id: string;
  font: { postscriptName?: string };
  subset?: { glyphs?: number[] };
  embed?: () => void;
}

/** Six capital letters for this font name and glyph list. */
export function getSubsetTag(postscriptName: string, glyphs: readonly number[]): string {
  const digest = createHash('sha256').update(`${postscriptName}\u0000${glyphs.join(',')}`).digest();
  return [...digest.subarray(0, 6)].map((byte) => String.fromCharCode(65 + (byte % 26))).join('');
}

/** Makes `doc` name its font subsets by their glyph sets when it ends. */
export function useHashedSubsetTags(doc: PDFKit.PDFDocument): void {
  const end = doc.end.bind(doc);
  doc.end = () => {
    const families = (doc as unknown as { _fontFamilies: Record<string, EmbeddedFontLike> })._fontFamilies;
    for (const font of new Set(Object.values(families))) {
      const embed = font.embed;
      if (!embed || !font.subset?.glyphs) continue;
      font.embed = function (this: EmbeddedFontLike) {
        const id = this.id;
        // pdfkit builds the tag as char(id[i] + 17) for i = 1…6: give it an id that spells ours.
        const tag = getSubsetTag(this.font.postscriptName ?? '', this.subset?.glyphs ?? []);
        this.id = `F${[...tag].map((letter) => String.fromCharCode(letter.charCodeAt(0) - 17)).join('')}`;
        try {
          embed.call(this);
        } finally {
          this.id = id;
        }
      };
    }
    end();
  };
}
