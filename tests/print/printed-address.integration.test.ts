/**
 * The address under each QR code: short enough to type (the domain without https:// or www.,
 * or site.yaml `printAddress`, then the path), set at 9.5 pt or more inside the panel, while
 * the code still encodes the full address. Read from the laid-out pages of the example content.
 */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../src/content/load-content.ts';
import { getEditions } from '../../src/editions/get-editions.ts';
import type { QrElement, TextElement } from '../../src/pdf/elements.ts';
import { getTextMeasurer } from '../../src/pdf/text/measure-text.ts';
import { getPrintedAddress } from '../../src/print/layout/create-qr-elements.ts';
import { getPrintFiles } from '../../src/print/print-catalogue.ts';
import { resolvePrintJob } from '../../src/print/resolve-print-job.ts';
import { copyContent, EXAMPLE_CONTENT } from '../helpers/fixture-content.ts';
import { TEST_GUIDE } from './fixtures.ts';

let plain: Content;
let short: Content;
let shortDir: string;
beforeAll(async () => {
  plain = await loadContent(EXAMPLE_CONTENT);
  shortDir = await copyContent({ 'site.yaml': (text) => `${text}\nprintAddress: dvc.thainguyen.gov.vn\n` }, EXAMPLE_CONTENT);
  short = await loadContent(shortDir);
});
afterAll(async () => {
  await rm(shortDir, { recursive: true, force: true });
});

/** Each QR code of the guide's leaflet and A3 poster in every edition, with the text set just under it. */
function getCaptions(content: Content) {
  return getEditions(content).flatMap((edition) =>
    getPrintFiles(content, edition)
      .filter((entry) => entry.job.kind !== 'banner' && entry.job.guide === TEST_GUIDE && (entry.kind === 'leaflet' || entry.job.kind === 'poster' && entry.job.size === 'a3'))
      .flatMap((entry) => {
        const elements = resolvePrintJob(getTextMeasurer(), content, entry.job, edition).pages.flatMap((page) => page.elements);
        return elements
          .filter((element): element is QrElement => element.type === 'qr')
          .map((qr) => {
            const caption = elements.filter((e): e is TextElement => e.type === 'text' && e.y > qr.y + qr.height && e.y < qr.y + qr.height + 10 && e.x <= qr.x + qr.width / 2 && e.x + e.width >= qr.x + qr.width / 2).sort((a, b) => a.y - b.y)[0]!;
            return { id: `${edition.id} ${entry.kind}`, qr, caption, text: caption.lines.map((line) => line.text).join('') };
          });
      }),
  );
}

describe('the address printed under the QR code', () => {
  it('is the domain without https:// and www. plus the path, at 9.5 pt or more, within its column, while the code encodes the full address', () => {
    const captions = getCaptions(plain);
    expect(captions.length).toBeGreaterThanOrEqual(4);
    for (const { id, qr, caption, text } of captions) {
      expect(qr.url, id).toMatch(/^https:\/\//);
      expect(text, id).toBe(getPrintedAddress(qr.url));
      expect(text, id).not.toMatch(/^https:|^www\.|#/);
      expect(caption.size, id).toBeGreaterThanOrEqual(9.5);
      for (const line of caption.lines) expect(line.dx, id).toBeGreaterThanOrEqual(-1e-6);
    }
  });

  it('uses site.yaml printAddress in place of the domain, and still encodes the full address', () => {
    for (const { id, qr, text } of getCaptions(short)) {
      expect(text.startsWith('dvc.thainguyen.gov.vn/'), `${id}: ${text}`).toBe(true);
      expect(qr.url.startsWith(short.site.url), id).toBe(true);
    }
  });

  it('drops www. and a commune page\'s #guide from the printed form only', () => {
    expect(getPrintedAddress('https://www.thainguyen.gov.vn/xa/phu-dinh/#khai-sinh')).toBe('thainguyen.gov.vn/xa/phu-dinh/');
    expect(getPrintedAddress('https://huongdan.example.gov.vn/huong-dan/khai-sinh/', 'dvc.tn.vn')).toBe('dvc.tn.vn/huong-dan/khai-sinh/');
  });
});
