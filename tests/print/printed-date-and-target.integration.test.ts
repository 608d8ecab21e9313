/**
 * Every leaflet and poster says when its content was checked, and its QR code leads where
 * the reader's help is: a commune's pieces to the guide's entry on the commune page, the
 * office's to the guide page. Read from the laid-out pages (the QR element carries the
 * address it encodes) of the small fixture content.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../src/content/load-content.ts';
import { getEditions } from '../../src/editions/get-editions.ts';
import { absoluteUrl, getEditionGuidePath, routes } from '../../src/paths.ts';
import { getTextMeasurer } from '../../src/pdf/text/measure-text.ts';
import type { QrElement, TextElement } from '../../src/pdf/elements.ts';
import { getPrintFiles } from '../../src/print/print-catalogue.ts';
import { resolvePrintJob } from '../../src/print/resolve-print-job.ts';
import { FIXTURE_CONTENT } from '../helpers/fixture-content.ts';

let content: Content;
beforeAll(async () => {
  content = await loadContent(FIXTURE_CONTENT);
});

function getPieces() {
  return getEditions(content).flatMap((edition) =>
    getPrintFiles(content, edition)
      .filter((entry) => entry.job.kind !== 'banner')
      .map((entry) => {
        const elements = resolvePrintJob(getTextMeasurer(), content, entry.job, edition).pages.flatMap((page) => page.elements);
        const text = elements.filter((e): e is TextElement => e.type === 'text').flatMap((e) => e.lines.map((line) => line.text)).join(' ');
        const qr = elements.filter((e): e is QrElement => e.type === 'qr').map((e) => e.url);
        return { edition, entry, text, qr, guide: content.guides.find((guide) => guide.slug === (entry.job as { guide: string }).guide)! };
      }),
  );
}

describe('printed date and QR target', () => {
  it('prints "Cập nhật ngày dd/mm/yyyy" from the guide\'s reviewed date on every leaflet and poster', () => {
    const pieces = getPieces();
    expect(pieces.length).toBeGreaterThan(6);
    for (const { entry, text, guide } of pieces) {
      const [year, month, day] = guide.reviewed.split('-');
      expect(text, entry.path).toContain(`Cập nhật ngày ${day}/${month}/${year}`);
    }
  });

  it('points a commune piece\'s QR code at the commune page entry and the office\'s at the guide page', () => {
    const pieces = getPieces();
    expect(pieces.some(({ edition }) => edition.ref.kind === 'commune')).toBe(true);
    for (const { edition, entry, qr, guide } of pieces) {
      const expected = absoluteUrl(content.site.url, edition.ref.kind === 'office' ? routes.guide(guide.slug) : getEditionGuidePath(guide.slug, edition.ref));
      expect(qr, entry.path).toEqual([expected]);
      if (edition.ref.kind === 'commune') expect(expected, entry.path).toContain(`/xa/${edition.ref.slug}/`);
    }
  });
});
