import PDFDocument from 'pdfkit';
import { fontFiles } from '../fonts.ts';
import { colours } from '../tokens.ts';
import type { BroadcastEntry } from './catalogue.ts';
import { KIND_LABELS } from './script/sections.ts';
import { formatDuration, formatDurationWords } from './script/timing.ts';
import { mm, SCRIPT_PDF as F } from './script-pdf-format.ts';

/**
 * The large-type PDF read at the microphone: the spoken form of each section, its start time
 * and length in the margin, then pronunciation notes. Same script → same bytes: CreationDate and
 * ModDate are the guide's `reviewed` date, and pdfkit derives the file ID from the info.
 */
export async function renderScriptPdf(entry: BroadcastEntry, office: string): Promise<Buffer> {
  const { script, edition } = entry;
  const date = new Date(`${entry.reviewed}T00:00:00Z`);
  const title = `${script.title} – ${KIND_LABELS[script.kind]} phát thanh`;
  const doc = new PDFDocument({
    size: [mm(F.page.width), mm(F.page.height)],
    margins: { top: mm(F.margin.top), bottom: mm(F.margin.bottom), left: mm(F.textLeft), right: mm(F.margin.right) },
    bufferPages: true,
    autoFirstPage: true,
    lang: 'vi',
    displayTitle: true,
    info: { Title: title, Author: office, Subject: `${edition.station}: kịch bản đọc trên loa`, Creator: 'dvc-kit', Producer: 'dvc-kit', CreationDate: date, ModDate: date },
  });
  for (const [name, file] of Object.entries(fontFiles)) doc.registerFont(name, file);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const textWidth = mm(F.page.width - F.textLeft - F.margin.right);
  const bottom = mm(F.page.height - F.margin.bottom);
  let y = mm(F.margin.top);
  const ensure = (height: number) => {
    if (y + height <= bottom) return;
    doc.addPage();
    y = mm(F.margin.top);
  };
  const drawText = (text: string, font: string, size: number, lineGap: number, colour: string) => {
    doc.font(font).fontSize(size).fillColor(colour);
    const height = doc.heightOfString(text, { width: textWidth, lineGap });
    ensure(height);
    doc.text(text, mm(F.textLeft), y, { width: textWidth, lineGap });
    y += height;
  };

  drawText(script.title, 'bold', F.size.title, F.lineGap.title, colours.brand.rgb);
  y += mm(F.gap.afterTitle);
  drawText(`${KIND_LABELS[script.kind]} · ${formatDurationWords(script.seconds)} (mục tiêu dưới ${formatDurationWords(script.targetSeconds)}) · ${script.rate} âm tiết một phút`, 'regular', F.size.meta, 4, colours.muted.rgb);
  drawText(`${edition.station} · nội dung kiểm tra ngày ${entry.reviewed.split('-').reverse().join('/')}`, 'regular', F.size.meta, 4, colours.muted.rgb);

  for (const section of script.sections) {
    doc.font('regular').fontSize(F.size.body);
    const firstHeight = doc.heightOfString(section.spoken[0] ?? '', { width: textWidth, lineGap: F.lineGap.body });
    y += mm(F.gap.beforeSection);
    ensure(mm(F.gap.afterHeading) + F.size.heading * 1.4 + firstHeight);
    drawTiming(doc, [formatDuration(section.startsAt), `+${formatDuration(section.seconds)}`], y);
    drawText(section.label.toUpperCase(), 'semibold', F.size.heading, 2, colours.brand.rgb);
    y += mm(F.gap.afterHeading);
    for (const paragraph of section.spoken) {
      drawText(paragraph, 'regular', F.size.body, F.lineGap.body, colours.ink.rgb);
      y += mm(F.gap.afterParagraph);
    }
  }

  const notes = script.notes.map((note) => `${note.written}: đọc là “${note.spoken}”`);
  const checks = script.warnings.map((warning) => `${warning.text}: ${warning.message}`);
  for (const [heading, lines] of [['GHI CHÚ CÁCH ĐỌC', notes], ['CẦN KIỂM TRA TRƯỚC KHI ĐỌC', checks]] as const) {
    if (lines.length === 0) continue;
    y += mm(F.gap.beforeSection);
    doc.font('semibold').fontSize(F.size.heading);
    ensure(F.size.heading * 3);
    drawText(heading, 'semibold', F.size.heading, 2, colours.brand.rgb);
    for (const line of lines) drawText(`• ${line}`, 'regular', F.size.note, F.lineGap.note, colours.ink.rgb);
  }

  drawFooters(doc, edition.sample ? 'MẪU – số điện thoại, địa chỉ là giả định' : edition.name);
  doc.end();
  return done;
}

/** Start time and length of a section, in the margin beside its heading. */
function drawTiming(doc: PDFKit.PDFDocument, lines: readonly string[], y: number): void {
  doc.save();
  doc.font('medium').fontSize(F.size.timing).fillColor(colours.muted.rgb);
  lines.forEach((line, index) => doc.text(line, mm(F.timing.left), y + index * F.size.timing * 1.3, { width: mm(F.timing.width), lineBreak: false }));
  doc.restore();
}

/** Page numbers (and the sample mark) on every page, drawn once all pages exist. */
function drawFooters(doc: PDFKit.PDFDocument, label: string): void {
  const range = doc.bufferedPageRange();
  const y = mm(F.page.height - F.footerFromBottom);
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('bold').fontSize(F.size.footer).fillColor(colours.brand.rgb);
    doc.text(label, mm(F.textLeft), y, { lineBreak: false });
    doc.font('regular').fillColor(colours.muted.rgb);
    const pageLabel = `Trang ${index + 1}/${range.count}`;
    doc.text(pageLabel, mm(F.page.width - F.margin.right) - doc.widthOfString(pageLabel), y, { lineBreak: false });
    doc.page.margins.bottom = bottomMargin;
  }
}
