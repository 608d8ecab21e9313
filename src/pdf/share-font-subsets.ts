/**
 * Every PDF subsets its fonts again (fontkit TTFSubset.encode through restructure, about a sixth
 * of a leaflet's PDF time), though a guide's leaflet, poster and handout for one commune after
 * another use the same glyphs in the same order. A subset's bytes depend only on the font and
 * its ordered glyph ids, so they are kept per fontkit Font for the process (a worker thread),
 * and an identical subset is not encoded twice. The bytes handed back are the same either way.
 */
import { beforeFontsEmbed } from './before-fonts-embed.ts';

interface EmbeddedFontLike {
  font?: object;
  subset?: { glyphs?: number[]; encode?: () => Uint8Array };
}

/**
 * Subsets kept per font, the newest: a repeat comes from the same guide's file for an earlier
 * commune, a few dozen files back, and a subset is tens of kilobytes (a worker keeps a few MB).
 */
const CACHE_LIMIT = 64;
const caches = new WeakMap<object, Map<string, Uint8Array>>();

/** Makes `doc` take each font subset from the process's cache when the same one was made before. */
export function useSharedFontSubsets(doc: PDFKit.PDFDocument): void {
  beforeFontsEmbed<EmbeddedFontLike>(doc, (font) => {
    const subset = font.subset;
    const encode = subset?.encode;
    if (!font.font || !subset?.glyphs || !encode) return;
    const cache = caches.get(font.font) ?? new Map<string, Uint8Array>();
    caches.set(font.font, cache);
    subset.encode = function (this: typeof subset) {
      const key = this.glyphs!.join(',');
      // Newest last: a hit moves to the end, the oldest goes first when the cache is full.
      let bytes = cache.get(key);
      if (bytes) {
        cache.delete(key);
      } else {
        bytes = encode.call(this);
        if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
      }
      cache.set(key, bytes);
      return bytes;
    };
  });
}
