/**
 * The leaflet cover's band between title and slogan is filled: the office's edition draws the
 * phone pictogram (stroked paths inside the front panel's safe area), a commune's edition sets
 * the commune's name there in large type. Read from the laid-out outside page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../src/content/load-content.ts';
import { getEditions } from '../../src/editions/get-editions.ts';
import type { PathElement, TextElement } from '../../src/pdf/elements.ts';
import { getTextMeasurer } from '../../src/pdf/text/measure-text.ts';
import { LEAFLET } from '../../src/print/formats.ts';
import { getSlugMargin } from '../../src/print/layout/resolve-sheet.ts';
import { resolvePrintJob } from '../../src/print/resolve-print-job.ts';
import { EXAMPLE_CONTENT } from '../helpers/fixture-content.ts';
import { TEST_GUIDE } from './fixtures.ts';

let content: Content;
beforeAll(async () => {
  content = await loadContent(EXAMPLE_CONTENT);
});

const margin = getSlugMargin(LEAFLET);
/** The front cover's safe area on the outside page, in media mm. */
const front = { x: margin + 197 + LEAFLET.safe, y: margin + LEAFLET.safe, right: margin + 297 - LEAFLET.safe, bottom: margin + 210 - LEAFLET.safe };

function getOutside(editionIndex: number) {
  const edition = getEditions(content)[editionIndex]!;
  const page = resolvePrintJob(getTextMeasurer(), content, { kind: 'leaflet', guide: TEST_GUIDE }, edition).pages[0]!;
  const onFront = (x: number) => x >= front.x - 1e-6 && x <= front.right + 1e-6;
  const texts = page.elements.filter((e): e is TextElement => e.type === 'text' && onFront(e.x));
  const title = texts.find((e) => e.font === 'extrabold' && e.size >= LEAFLET.type.coverTitle.min)!;
  const slogan = texts.find((e) => e.colour === 'accent' && e.font === 'semibold')!;
  return { edition, page, texts, title, slogan };
}

describe('the leaflet cover band', () => {
  it('draws the phone pictogram between the title and the slogan on the office edition, within the safe area', () => {
    const { page, title, slogan } = getOutside(0);
    const paths = page.elements.filter((e): e is PathElement => e.type === 'path');
    expect(paths.length).toBeGreaterThanOrEqual(3);
    for (const path of paths) {
      for (const [x, y] of path.points) {
        expect(x).toBeGreaterThanOrEqual(front.x);
        expect(x).toBeLessThanOrEqual(front.right);
        expect(y).toBeGreaterThan(title.y + title.height);
        expect(y).toBeLessThan(slogan.y);
      }
    }
  });

  it('sets the commune\'s name large between the title and the slogan on a commune edition, and draws no pictogram', () => {
    const { edition, page, texts, title, slogan } = getOutside(1);
    expect(edition.ref.kind).toBe('commune');
    const name = texts.find((e) => e.lines.map((line) => line.text).join(' ') === edition.place.text && e.y > title.y + title.height && e.y + e.height < slogan.y);
    expect(name, texts.map((e) => e.lines.map((l) => l.text).join(' ')).join(' | ')).toBeDefined();
    expect(name!.size).toBeGreaterThanOrEqual(LEAFLET.front.band.commune.min);
    expect(page.elements.some((e) => e.type === 'path')).toBe(false);
  });
});
