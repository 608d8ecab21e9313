/**
 * A commune's posters and banners name the commune (taken from its edition), and every banner
 * says when its content was checked. Read back from the rendered PDFs with pdfjs; fixture:
 * the small fixture content and its one commune.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type Content } from '../../src/content/load-content.ts';
import { getEditions } from '../../src/editions/get-editions.ts';
import { renderPdf } from '../../src/pdf/render-pdf.ts';
import { getTextMeasurer } from '../../src/pdf/text/measure-text.ts';
import { BANNER_FORMAT_KEYS, POSTER_REFERENCE } from '../../src/print/formats.ts';
import { resolveBanner } from '../../src/print/layout/resolve-banner.ts';
import { getPrintFiles } from '../../src/print/print-catalogue.ts';
import { resolvePrintJob } from '../../src/print/resolve-print-job.ts';
import { getPlacedText, normalise, readPdfText, withPdf } from '../helpers/pdf.ts';
import { FIXTURE_CONTENT, FIXTURE_TODAY } from '../helpers/fixture-content.ts';

let content: Content;
beforeAll(async () => {
  content = await loadContent(FIXTURE_CONTENT, { today: FIXTURE_TODAY });
});

const pdfText = async (layout: Parameters<typeof renderPdf>[0]) => normalise((await readPdfText(await renderPdf(layout, 'test'))).join(' '));

describe('commune name and date on posters and banners', () => {
  it('prints the commune\'s name on each of its posters, and no commune name on the office\'s', async () => {
    const [office, commune] = getEditions(content);
    expect(commune?.ref.kind).toBe('commune');
    const poster = (edition: typeof office) => getPrintFiles(content, edition!).find((entry) => entry.job.kind === 'poster' && entry.job.size === 'a3')!;
    // Its own large line in the red band, not only inside the service centre's name in the contacts.
    const largeRuns = async (edition: typeof office) => {
      const bytes = await renderPdf(resolvePrintJob(getTextMeasurer(), content, poster(edition).job, edition!), 'test');
      return withPdf(bytes, async (pdf) => (await getPlacedText(pdf, 1)).filter((run) => run.size >= 16 && run.y < POSTER_REFERENCE.bands.brandBottom).map((run) => run.text));
    };
    expect(await largeRuns(commune)).toContain(commune!.place.text);
    expect(await largeRuns(office)).not.toContain(commune!.place.text);
  });

  it.each(BANNER_FORMAT_KEYS)('prints the commune\'s name and "Cập nhật ngày dd/mm/yyyy" on a %s banner of a commune edition', async (format) => {
    const commune = getEditions(content).find((edition) => edition.ref.kind === 'commune')!;
    const slogan = { text: content.site.slogans[0]!, source: { file: 'content/site.yaml', field: 'slogans.0' } };
    const text = await pdfText(resolveBanner(getTextMeasurer(), content, commune, slogan, format, '2026-11-20'));
    expect(text).toContain(commune.place.text);
    expect(text).toContain('Cập nhật ngày 20/11/2026');
  });

  it('prints "Cập nhật ngày" with the newest reviewed date on the office\'s campaign banners', async () => {
    const office = getEditions(content)[0]!;
    const banner = getPrintFiles(content, office).find((entry) => entry.job.kind === 'banner' && entry.job.guide === undefined)!;
    const newest = content.guides.map((guide) => guide.reviewed).sort().at(-1)!;
    const [year, month, day] = newest.split('-');
    expect(await pdfText(resolvePrintJob(getTextMeasurer(), content, banner.job, office))).toContain(`Cập nhật ngày ${day}/${month}/${year}`);
  });
});
