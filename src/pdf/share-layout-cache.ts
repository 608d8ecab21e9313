/**
 * pdfkit keeps a glyph layout per word (EmbeddedFont.layoutCache) but one cache per document,
 * so every file shaped every word again through fontkit's GSUB/GPOS: the largest cost of
 * drawing a leaflet's text. The runs depend only on the font and the word (pdfkit caches only
 * layouts without OpenType feature options, and scales positions by the font's own units per
 * em), and pdfkit reads them without changing them (a justified line copies the positions it
 * widens, _fragment in pdfkit 0.20), so one cache per fontkit Font serves every document.
 */
interface EmbeddedFontLike {
  font?: object;
  layoutCache?: Record<string, unknown>;
}

/** Words per font before its cache starts over (a few thousand distinct syllables are usual). */
const CACHE_LIMIT = 50_000;
const caches = new WeakMap<object, Record<string, unknown>>();

/** Makes every font `doc` embeds share the process's layout cache for its fontkit Font. */
export function useSharedLayoutCache(doc: PDFKit.PDFDocument): void {
  const share = () => {
    const font = (doc as unknown as { _font?: EmbeddedFontLike })._font;
    // No layoutCache: the document was made with fontLayoutCache: false, or a standard font.
    if (!font?.font || !font.layoutCache) return;
    let runs = caches.get(font.font);
    if (font.layoutCache === runs) return;
    // Counted once per font per document, when a document first takes the cache.
    if (!runs || Object.keys(runs).length >= CACHE_LIMIT) {
      runs = Object.create(null) as Record<string, unknown>;
      caches.set(font.font, runs);
    }
    font.layoutCache = runs;
  };
  share();
  const setFont = doc.font.bind(doc) as (...args: unknown[]) => PDFKit.PDFDocument;
  doc.font = ((...args: unknown[]) => {
    setFont(...args);
    share();
    return doc;
  }) as typeof doc.font;
}
