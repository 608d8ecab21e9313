import { EXAMPLE_CONTENT } from '../helpers/fixture-content.ts';
import { OFFICE_EDITION } from '../../src/editions/edition.ts';
import { resolveEdition } from '../../src/editions/resolve-edition.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../src/content/load-content.ts';
import { BANNER_FORMAT_KEYS, BANNERS } from '../../src/print/formats.ts';
import { getTextMeasurer } from '../../src/pdf/text/measure-text.ts';
import { resolveBanner } from '../../src/print/layout/resolve-banner.ts';
import { getSlugMargin } from '../../src/print/layout/resolve-sheet.ts';
import type { Box, PdfElement, TextElement } from '../../src/pdf/elements.ts';

const measure = getTextMeasurer();
let content: Content;
beforeAll(async () => {
  content = await loadContent(EXAMPLE_CONTENT);
});

const source = { file: 'content/site.yaml', field: 'slogans.0' };
const isStampWord = (e: PdfElement): e is TextElement => e.type === 'text' && e.lines.some((line) => line.text === 'MẪU');
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function layout(format: (typeof BANNER_FORMAT_KEYS)[number], sample = true) {
  const site = { ...content.site, sample };
  const sampled = { ...content, site };
  const [page] = resolveBanner(measure, sampled, resolveEdition(sampled, OFFICE_EDITION), { text: content.site.slogans[0]!, source }, format, '2025-07-01').pages;
  const spec = BANNERS[format];
  const margin = getSlugMargin(spec);
  const safe = { x: margin + spec.safe, y: margin + spec.safe, width: spec.trim.width - 2 * spec.safe, height: spec.trim.height - 2 * spec.safe };
  const texts = page!.elements.filter((e): e is TextElement => e.type === 'text');
  return { page: page!, spec, safe, slogan: texts.find((t) => t.colour === 'accent')!, word: page!.elements.find(isStampWord) };
}

describe.each(BANNER_FORMAT_KEYS)('%s banner of a sample edition', (format) => {
  it('carries an opaque red "MẪU" on a white plate, inside the safe area', () => {
    const { page, safe, word } = layout(format);
    const plate = page.elements.find((e) => e.type === 'rect' && e.fill === 'paper');
    expect(word).toMatchObject({ colour: 'brand', font: 'extrabold' });
    expect(word?.opacity).toBeUndefined();
    expect(word?.rotate).toBeUndefined();
    expect(plate?.type).toBe('rect');
    if (plate?.type !== 'rect') return;
    expect(plate.x).toBeGreaterThanOrEqual(safe.x);
    expect(plate.y).toBeGreaterThanOrEqual(safe.y);
    expect(plate.x + plate.width).toBeLessThanOrEqual(safe.x + safe.width);
    expect(plate.y + plate.height).toBeLessThanOrEqual(safe.y + safe.height);
    expect(word!.y).toBeGreaterThanOrEqual(plate.y);
    expect(word!.x + (word!.lines[0]?.dx ?? 0)).toBeGreaterThan(plate.x);
  });

  it('sets the stamp at least as large as the smallest slogan size, and never over the slogan', () => {
    const { page, spec, slogan, word } = layout(format);
    expect(word!.size).toBeGreaterThanOrEqual(spec.type.slogan.min);
    for (const stamp of page.elements.filter((e) => (e.type === 'rect' && e.fill === 'paper') || isStampWord(e))) {
      expect(overlaps(stamp as Box, slogan)).toBe(false);
    }
  });

  it('leaves the whole safe area to the slogan when the edition is not a sample', () => {
    const { page, slogan, word } = layout(format, false);
    expect(word).toBeUndefined();
    expect(page.elements.some((e) => e.type === 'rect' && e.fill === 'paper')).toBe(false);
    expect(slogan.size).toBeGreaterThanOrEqual(layout(format).slogan.size);
  });
});

describe('800×2500 banner', () => {
  it('ends the campaign slogan with "đi xa", not "xa" alone', () => {
    const { slogan } = layout('800x2500');
    expect(slogan.lines.at(-1)?.text).toBe('đi xa');
  });
});
