import type { FontWeight } from '../fonts.ts';
import { formatDate } from '../format/format-date.ts';
import { createPdfDocument } from '../pdf/create-pdf-document.ts';
import { mmToPt as mm } from '../pdf/units.ts';
import { colours } from '../tokens.ts';
import type { BroadcastEntry } from './catalogue.ts';
import { KIND_LABELS } from './script/sections.ts';
import { formatDuration, formatDurationWords } from './script/timing.ts';
import { SCRIPT_PDF as F } from './script-pdf-format.ts';

/** One run of text: what, in which weight and size, with what extra space between its lines. */
interface Block {
  text: string;
  font: FontWeight;
  size: number;
  lineGap: number;
}

/**
 * The large-type PDF read at the microphone: the spoken form of each section, its start time
 * and length in the margin, then pronunciation notes. Same script → same bytes: CreationDate and
 * ModDate are the guide's `reviewed` date, and pdfkit derives the file ID from the info.
 */
export async function renderScriptPdf(entry: BroadcastEntry, office: string): Promise<Buffer> {
  const { script, edition } = entry;
  const title = `${script.title} – ${KIND_LABELS[script.kind]} phát thanh`;
  const { doc, finished } = createPdfDocument({
    info: { title, author: office, subject: `${edition.station}: kịch bản đọc trên loa` },
    producer: 'dvc-kit',
    date: entry.reviewed,
    firstPage: {
      size: [mm(F.page.width), mm(F.page.height)],
      margins: { top: mm(F.margin.top), bottom: mm(F.margin.bottom), left: mm(F.textLeft), right: mm(F.margin.right) },
    },
    bufferPages: true,
  });

  const textWidth = mm(F.page.width - F.textLeft - F.margin.right);
  const bottom = mm(F.page.height - F.margin.bottom);
  let y = mm(F.margin.top);
  const measure = (block: Block) => doc.font(block.font).fontSize(block.size).heightOfString(block.text, { width: textWidth, lineGap: block.lineGap });
  const ensure = (height: number) => {
    if (y + height <= bottom) return;
    doc.addPage();
    y = mm(F.margin.top);
  };
  const draw = (block: Block, colour: string) => {
    const height = measure(block);
    ensure(height);
    doc.font(block.font).fontSize(block.size).fillColor(colour).text(block.text, mm(F.textLeft), y, { width: textWidth, lineGap: block.lineGap });
    y += height;
  };
  // A heading is never the last thing on a page: it moves to the next page unless the first
  // block under it fits too ("keep with next", as word processors do).
  const drawHeading = (text: string, gapAfter: number, next: Block | undefined, beside?: readonly string[]) => {
    const heading: Block = { text, font: 'semibold', size: F.size.heading, lineGap: F.lineGap.heading };
    ensure(measure(heading) + gapAfter + (next ? measure(next) : 0));
    if (beside) drawTiming(doc, beside, y);
    draw(heading, colours.brand.rgb);
    y += gapAfter;
  };
  const meta = (text: string): Block => ({ text, font: 'regular', size: F.size.meta, lineGap: F.lineGap.meta });
  const body = (text: string): Block => ({ text, font: 'regular', size: F.size.body, lineGap: F.lineGap.body });
  const note = (text: string): Block => ({ text: `${F.bullet}${text}`, font: 'regular', size: F.size.note, lineGap: F.lineGap.note });

  draw({ text: script.title, font: 'bold', size: F.size.title, lineGap: F.lineGap.title }, colours.brand.rgb);
  y += mm(F.gap.afterTitle);
  draw(meta(`${KIND_LABELS[script.kind]} · ${formatDurationWords(script.seconds)} (mục tiêu dưới ${formatDurationWords(script.targetSeconds)}) · ${script.rate} âm tiết một phút`), colours.muted.rgb);
  draw(meta(`${edition.station} · nội dung kiểm tra ngày ${formatDate(entry.reviewed)}`), colours.muted.rgb);

  for (const section of script.sections) {
    y += mm(F.gap.beforeSection);
    const first = section.read[0];
    drawHeading(section.label.toUpperCase(), mm(F.gap.afterHeading), first === undefined ? undefined : body(first), [formatDuration(section.startsAt), `+${formatDuration(section.seconds)}`]);
    for (const paragraph of section.read) {
      draw(body(paragraph), colours.ink.rgb);
      y += mm(F.gap.afterParagraph);
    }
  }

  const notes = script.notes.map((item) => `${item.written}: đọc là “${item.spoken}”`);
  const checks = script.warnings.map((warning) => `${warning.text}: ${warning.message}`);
  for (const [heading, lines] of [['GHI CHÚ CÁCH ĐỌC', notes], ['CẦN KIỂM TRA TRƯỚC KHI ĐỌC', checks]] as const) {
    const [first] = lines;
    if (first === undefined) continue;
    y += mm(F.gap.beforeSection);
    drawHeading(heading, 0, note(first));
    for (const line of lines) draw(note(line), colours.ink.rgb);
  }

  drawFooters(doc, edition.sample ? 'MẪU – số điện thoại, địa chỉ là giả định' : edition.name);
  doc.end();
  return finished;
}

/** Start time and length of a section, in the margin beside its heading. */
function drawTiming(doc: PDFKit.PDFDocument, lines: readonly string[], y: number): void {
  doc.save();
  doc.font('medium').fontSize(F.size.timing).fillColor(colours.muted.rgb);
  lines.forEach((line, index) => doc.text(line, mm(F.timing.left), y + index * F.size.timing * F.timingLeading, { width: mm(F.timing.width), lineBreak: false }));
  doc.restore();
}

/** Page numbers (and the sample mark) on every page, drawn once all pages exist. */
function drawFooters(doc: PDFKit.PDFDocument, label: string): void {
  const range = doc.bufferedPageRange();
  const y = mm(F.page.height - F.footerFromBottom);
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const bottomMargin = doc.page.margins.bottom;
    // Footers sit in the bottom margin; with the margin in place pdfkit would start a new page.
    doc.page.margins.bottom = 0;
    doc.font('bold').fontSize(F.size.footer).fillColor(colours.brand.rgb);
    doc.text(label, mm(F.textLeft), y, { lineBreak: false });
    doc.font('regular').fillColor(colours.muted.rgb);
    const pageLabel = `Trang ${index + 1}/${range.count}`;
    doc.text(pageLabel, mm(F.page.width - F.margin.right) - doc.widthOfString(pageLabel), y, { lineBreak: false });
    doc.page.margins.bottom = bottomMargin;
  }
}
