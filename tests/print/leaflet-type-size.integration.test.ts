/**
 * Leaflet body type: never below 9.5 pt (older readers), and on a short guide the inside grows
 * past the 12 pt of the outer panels until the spread is used, up to the stated maximum.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../src/content/load-content.ts';
import { getEditions } from '../../src/editions/get-editions.ts';
import type { TextElement } from '../../src/pdf/elements.ts';
import { getTextMeasurer } from '../../src/pdf/text/measure-text.ts';
import { LEAFLET } from '../../src/print/formats.ts';
import { resolveLeaflet } from '../../src/print/layout/resolve-leaflet.ts';
import { FIXTURE_CONTENT } from '../helpers/fixture-content.ts';

let content: Content;
beforeAll(async () => {
  content = await loadContent(FIXTURE_CONTENT);
});

const bodyTexts = (elements: { type: string }[]) => elements.filter((e): e is TextElement => e.type === 'text' && (e as TextElement).font === 'regular');

describe('leaflet body size', () => {
  it(`sets no regular text below ${LEAFLET.type.body.min} pt on any leaflet of any edition`, () => {
    for (const edition of getEditions(content)) {
      for (const guide of content.guides) {
        for (const page of resolveLeaflet(getTextMeasurer(), content, guide, edition).pages) {
          for (const text of bodyTexts(page.elements)) expect(text.size, `${guide.slug} ${text.lines[0]?.text}`).toBeGreaterThanOrEqual(LEAFLET.type.body.min);
        }
      }
    }
  });

  it('grows the inside of a short guide past 12 pt, up to the maximum, to fill the panels', () => {
    const [office] = getEditions(content);
    const guide = content.guides.find((candidate) => candidate.slug === 'tai-khoan-vneid')!;
    const inside = resolveLeaflet(getTextMeasurer(), content, guide, office!).pages[1]!;
    const sizes = bodyTexts(inside.elements).map((text) => text.size);
    expect(Math.min(...sizes)).toBeGreaterThan(LEAFLET.type.body.max);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(LEAFLET.type.inside.max);
  });
});
