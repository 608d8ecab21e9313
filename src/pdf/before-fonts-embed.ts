/**
 * Runs `prepare` on each font a pdfkit document uses, when `doc.end()` is called and just before
 * pdfkit embeds them (PDFDocument.end → endFonts → EmbeddedFont.embed, pdfkit 0.20): the glyph
 * set of every subset is final then. pdfkit keeps the fonts in `_fontFamilies`, one entry per
 * registered name, so the same font can appear under several names.
 */
export function beforeFontsEmbed<Font>(doc: PDFKit.PDFDocument, prepare: (font: Font) => void): void {
  const end = doc.end.bind(doc);
  doc.end = () => {
    const families = (doc as unknown as { _fontFamilies: Record<string, Font> })._fontFamilies;
    for (const font of new Set(Object.values(families))) prepare(font);
    end();
  };
}
