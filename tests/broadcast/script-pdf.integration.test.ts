import { EXAMPLE_CONTENT } from '../helpers/fixture-content.ts';
import { describe, expect, it } from 'vitest';
import { getBroadcastCatalogue, type BroadcastEntry } from '../../src/broadcast/catalogue.ts';
import { renderScriptPdf } from '../../src/broadcast/render-script-pdf.ts';
import { SCRIPT_PDF } from '../../src/broadcast/script-pdf-format.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { mmToPt } from '../../src/pdf/units.ts';
import { normalise, withPdf } from '../helpers/pdf.ts';

// The example content fixture, with a script padded line by line so that every heading in turn lands
// near the foot of a page: wherever it lands, it must not end a page without its first line.
const content = await loadContent(EXAMPLE_CONTENT);
const entry = getBroadcastCatalogue(content).find((item) => item.kind === 'bai' && item.script.notes.length > 0)!;
const NOTE_HEADINGS = ['GHI CHÚ CÁCH ĐỌC', 'CẦN KIỂM TRA TRƯỚC KHI ĐỌC'];
const headings = new Set([...entry.script.sections.map((section) => section.label.toUpperCase()), ...NOTE_HEADINGS].map(normalise));
/** A first note long enough to wrap over several lines, as a long web address does. */
const LONG_NOTE = { start: 0, end: 1, rule: 'address' as const, written: 'huongdan-dvc.thainguyen.gov.vn', spoken: 'hướng dẫn gạch ngang đê vê xê chấm Thái Nguyên chấm gov chấm vn, rồi thêm vài chữ để dòng ghi chú này dài ra hơn hai dòng trên giấy' };
/** Enough padding lines to move the end of the script through a whole A4 page. */
const PADDING_LINES = 26;

function padded(lines: number, section: string): BroadcastEntry {
  const padding = Array.from({ length: lines }, () => 'Xin nhắc lại').join('\n');
  const sections = entry.script.sections.map((item) => (item.id === section && lines > 0 ? { ...item, spoken: [...item.spoken, padding] } : item));
  return { ...entry, script: { ...entry.script, sections, notes: [LONG_NOTE, ...entry.script.notes] } };
}

/** The last line drawn on each page above the footer (footers sit in the bottom margin). */
async function getLastLines(data: Buffer): Promise<string[]> {
  return withPdf(data, async (pdf) => {
    const last: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const items = (await (await pdf.getPage(number)).getTextContent()).items;
      const body = items.filter((item) => 'str' in item && item.str.trim() && item.transform[5] > mmToPt(SCRIPT_PDF.margin.bottom));
      const item = body.at(-1);
      last.push(item && 'str' in item ? normalise(item.str) : '');
    }
    return last;
  });
}

describe('the announcer PDF', () => {
  it.each(['signoff', 'recap', 'lead'])('never leaves a heading alone at the foot of a page, whatever the length of the %s', async (section) => {
    for (let lines = 0; lines <= PADDING_LINES; lines++) {
      const lastLines = await getLastLines(await renderScriptPdf(padded(lines, section), content.site.office));
      const stranded = lastLines.filter((line) => headings.has(line));
      expect(stranded, `${lines} padding lines in ${section}`).toEqual([]);
    }
  });
});
