import { EXAMPLE_CONTENT } from '../helpers/fixture-content.ts';
import { describe, expect, it } from 'vitest';
import { getBroadcastCatalogue, type BroadcastEntry } from '../../src/broadcast/catalogue.ts';
import { layoutScriptPdf } from '../../src/broadcast/pdf/layout-script-pdf.ts';
import { SCRIPT_PDF } from '../../src/broadcast/pdf/script-pdf-format.ts';
import { loadContent } from '../../src/content/load-content.ts';
import type { PdfLayout } from '../../src/pdf/elements.ts';
import { getTextMeasurer } from '../../src/pdf/text/measure-text.ts';
import { normalise } from '../helpers/pdf.ts';

// The example content fixture, with a script padded line by line (in `read`, what the announcer
// sees and the PDF shows) so that every heading in turn lands near the foot of a page: wherever it
// lands, it must not end a page without its first line. (Padding `spoken` alone moved nothing, and
// this test could not fail; it now fails when keep-with-next is taken out of the layout.)
const content = await loadContent(EXAMPLE_CONTENT);
const entry = getBroadcastCatalogue(content).find((item) => item.kind === 'bai' && item.script.notes.length > 0)!;
const NOTE_HEADINGS = ['GHI CHÚ CÁCH ĐỌC', 'CẦN KIỂM TRA TRƯỚC KHI ĐỌC'];
const headings = new Set([...entry.script.sections.map((section) => section.label.toUpperCase()), ...NOTE_HEADINGS].map(normalise));
/** A first note long enough to wrap over several lines, as a long web address does. */
const LONG_NOTE = { start: 0, end: 1, rule: 'address' as const, written: 'huongdan-dvc.thainguyen.gov.vn', spoken: 'hướng dẫn gạch ngang đê vê xê chấm Thái Nguyên chấm gov chấm vn, rồi thêm vài chữ để dòng ghi chú này dài ra hơn hai dòng trên giấy' };
/** Enough padding lines to move the end of the script through a whole A4 page. */
const PADDING_LINES = 26;
const measure = getTextMeasurer();

function padded(lines: number, section: string): BroadcastEntry {
  const padding = Array.from({ length: lines }, () => 'Xin nhắc lại').join('\n');
  const sections = entry.script.sections.map((item) => (item.id === section && lines > 0 ? { ...item, spoken: [...item.spoken, padding], read: [...item.read, padding] } : item));
  return { ...entry, script: { ...entry.script, sections, notes: [LONG_NOTE, ...entry.script.notes] } };
}

/**
 * The last line set on each page above the footer (footers sit in the bottom margin), in drawing
 * order, as a reader of the PDF meets it. Read from the layout the renderer draws exactly
 * (src/pdf/render-pdf.ts; the renderer's own test reads its text back): rendering and parsing
 * 81 PDFs took 7 s.
 */
function getLastLines(layout: PdfLayout): string[] {
  const bottom = SCRIPT_PDF.page.height - SCRIPT_PDF.margin.bottom;
  return layout.pages.map((page) => {
    const body = page.elements.flatMap((element) => (element.type === 'text' ? element.lines.filter((line) => line.text.trim() && element.y + line.baseline < bottom) : []));
    return normalise(body.at(-1)?.text ?? '');
  });
}

describe('the announcer PDF', () => {
  it.each(['signoff', 'recap', 'lead'])('never leaves a heading alone at the foot of a page, whatever the length of the %s', (section) => {
    for (let lines = 0; lines <= PADDING_LINES; lines++) {
      const lastLines = getLastLines(layoutScriptPdf(measure, padded(lines, section), content.site.office));
      const stranded = lastLines.filter((line) => headings.has(line));
      expect(stranded, `${lines} padding lines in ${section}`).toEqual([]);
    }
  });
});
