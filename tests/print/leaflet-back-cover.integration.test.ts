import { EXAMPLE_CONTENT } from '../helpers/fixture-content.ts';
import { OFFICE_EDITION } from '../../src/editions/edition.ts';
import { resolveEdition } from '../../src/editions/resolve-edition.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../src/content/load-content.ts';
import { LEAFLET } from '../../src/print/formats.ts';
import { getPrintedAddress, getQrQuietZone } from '../../src/print/layout/create-qr-elements.ts';
import { getTextMeasurer } from '../../src/pdf/text/measure-text.ts';
import { getPanel, resolveLeafletPanels } from '../../src/print/layout/resolve-leaflet-panels.ts';
import { resolveLeaflet } from '../../src/print/layout/resolve-leaflet.ts';
import { getSlugMargin } from '../../src/print/layout/resolve-sheet.ts';
import type { QrElement, TextElement } from '../../src/pdf/elements.ts';
import { TEST_GUIDE } from './fixtures.ts';

const measure = getTextMeasurer();
const margin = getSlugMargin(LEAFLET);
let content: Content;
beforeAll(async () => {
  content = await loadContent(EXAMPLE_CONTENT);
});

/** The back cover of every edition of the test guide, in trim mm. */
function getBackCovers() {
  const guide = content.guides.find((candidate) => candidate.slug === TEST_GUIDE)!;
  const communes = content.communes.filter((commune) => commune.featured.includes(TEST_GUIDE));
  const safe = getPanel(resolveLeafletPanels('outside'), 'back').safe;
  return [undefined, ...communes].map((commune) => {
    const edition = resolveEdition(content, commune ? { kind: 'commune', slug: commune.slug } : OFFICE_EDITION);
    const [outside] = resolveLeaflet(measure, content, guide, edition).pages;
    const inBack = (x: number) => x - margin >= safe.x - 1e-9 && x - margin < safe.x + safe.width;
    const qr = outside!.elements.find((e): e is QrElement => e.type === 'qr')!;
    const texts = outside!.elements.filter((e): e is TextElement => e.type === 'text' && !e.rotate && inBack(e.x));
    return { name: commune?.name ?? 'office edition', safe, qr: { ...qr, x: qr.x - margin, y: qr.y - margin }, texts: texts.map((t) => ({ ...t, x: t.x - margin, y: t.y - margin })) };
  });
}

describe('leaflet back cover', () => {
  it(`prints the QR code ${LEAFLET.backQr.size} mm a side, quiet zone included in the safe area`, () => {
    for (const { name, safe, qr } of getBackCovers()) {
      const quiet = getQrQuietZone(qr.width, qr.modules.length);
      expect(qr.width, name).toBe(LEAFLET.backQr.size);
      expect(qr.x - quiet, name).toBeGreaterThanOrEqual(safe.x);
      expect(qr.x + qr.width + quiet, name).toBeLessThanOrEqual(safe.x + safe.width);
    }
  });

  it('keeps the address under the code and the contacts clear of its quiet zone', () => {
    for (const { name, safe, qr, texts } of getBackCovers()) {
      const quiet = getQrQuietZone(qr.width, qr.modules.length);
      const address = texts.find((t) => t.y > qr.y)!;
      // The caption is the address the code encodes (a commune's leads to its page's entry).
      expect(address.lines.map((line) => line.text).join(''), name).toBe(getPrintedAddress(qr.url));
      expect(address.y + address.height, name).toBeLessThanOrEqual(safe.y + safe.height + 1e-9);
      for (const text of texts.filter((t) => t !== address)) expect(text.y + text.height, `${name}: ${text.lines[0]?.text}`).toBeLessThanOrEqual(qr.y - quiet);
    }
  });

  it('keeps the contacts at the full body size above the larger code', () => {
    for (const { name, texts, qr } of getBackCovers()) {
      const body = Math.min(...texts.filter((t) => t.y < qr.y && t.font === 'regular').map((t) => t.size));
      expect(body, name).toBe(LEAFLET.type.body.max);
    }
  });
});
