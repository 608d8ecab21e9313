/**
 * The large-type PDF read at the microphone, laid out as boxes: the spoken form of each section,
 * its start time and length in the margin, then pronunciation notes and checks, paginated with
 * "keep with next" for headings, and a footer on every page. Pure apart from measuring text;
 * src/pdf/render-pdf.ts draws it.
 */
import type { TextSource } from '../../content/sourced-text.ts';
import type { FontWeight } from '../../fonts.ts';
import { formatDate } from '../../format/format-date.ts';
import { t } from '../../i18n/t.ts';
import type { PdfElement, PdfLayout, PdfPage, TextElement } from '../../pdf/elements.ts';
import type { TextMeasurer } from '../../pdf/text/measure-text.ts';
import { setText } from '../../pdf/text/set-text.ts';
import { ptToMm } from '../../pdf/units.ts';
import type { ColourName } from '../../tokens.ts';
import type { BroadcastEntry } from '../catalogue.ts';
import { KIND_LABELS } from '../script/sections.ts';
import { formatDuration, formatDurationWords } from '../script/timing.ts';
import { SCRIPT_PDF as F } from './script-pdf-format.ts';

/** One run of text: its lines (a written line break starts a new one), weight, size and colour. */
interface Block {
  text: string;
  font: FontWeight;
  size: number;
  lineGap: number;
  colour: ColourName;
}

/** Line height of Be Vietnam Pro as a multiple of the type size, before the format's extra gap. */
const FONT_LINE_HEIGHT = 1.26;

export function layoutScriptPdf(measure: TextMeasurer, entry: BroadcastEntry, office: string): PdfLayout {
  const { script, edition } = entry;
  const source: TextSource = { file: entry.paths.pdf, field: 'script' };
  const width = F.page.width - F.textLeft - F.margin.right;
  const bottom = F.page.height - F.margin.bottom;
  const pages: PdfElement[][] = [[]];
  let y = F.margin.top;

  const set = (block: Block, at: number): TextElement[] =>
    block.text.split('\n').reduce<TextElement[]>((elements, line) => {
      const top = elements.at(-1) ? elements.at(-1)!.y + elements.at(-1)!.height : at;
      const leading = FONT_LINE_HEIGHT + block.lineGap / block.size;
      return [...elements, setText(measure, { text: line, source, font: block.font, colour: block.colour, leading }, block.size, F.textLeft, top, width).element];
    }, []);
  const heightOf = (block: Block) => set(block, 0).reduce((sum, element) => sum + element.height, 0);
  const ensure = (height: number) => {
    if (y + height <= bottom) return;
    pages.push([]);
    y = F.margin.top;
  };
  const draw = (block: Block) => {
    ensure(heightOf(block));
    for (const element of set(block, y)) pages.at(-1)!.push(element);
    y += heightOf(block);
  };
  // A heading is never the last thing on a page: it moves to the next page unless the first
  // block under it fits too ("keep with next", as word processors do).
  const drawHeading = (text: string, gapAfter: number, next: Block | undefined, beside?: readonly string[]) => {
    const heading: Block = { text, font: 'semibold', size: F.size.heading, lineGap: F.lineGap.heading, colour: 'brand' };
    ensure(heightOf(heading) + gapAfter + (next ? heightOf(next) : 0));
    if (beside) pages.at(-1)!.push(...layoutTiming(measure, source, beside, y));
    draw(heading);
    y += gapAfter;
  };
  const meta = (text: string): Block => ({ text, font: 'regular', size: F.size.meta, lineGap: F.lineGap.meta, colour: 'muted' });
  const body = (text: string): Block => ({ text, font: 'regular', size: F.size.body, lineGap: F.lineGap.body, colour: 'ink' });
  const note = (text: string): Block => ({ text: `${F.bullet}${text}`, font: 'regular', size: F.size.note, lineGap: F.lineGap.note, colour: 'ink' });

  draw({ text: script.title, font: 'bold', size: F.size.title, lineGap: F.lineGap.title, colour: 'brand' });
  y += F.gap.afterTitle;
  draw(meta(t('broadcast.pdf.meta', { kind: KIND_LABELS[script.kind], duration: formatDurationWords(script.seconds), target: formatDurationWords(script.targetSeconds), rate: script.rate })));
  draw(meta(t('broadcast.pdf.checked', { station: edition.station, date: formatDate(entry.reviewed) })));

  for (const section of script.sections) {
    y += F.gap.beforeSection;
    const first = section.read[0];
    drawHeading(section.label.toUpperCase(), F.gap.afterHeading, first === undefined ? undefined : body(first), [formatDuration(section.startsAt), `+${formatDuration(section.seconds)}`]);
    for (const paragraph of section.read) {
      draw(body(paragraph));
      y += F.gap.afterParagraph;
    }
  }

  const notes = script.notes.map((item) => t('broadcast.pdf.note', { written: item.written, spoken: item.spoken }));
  const checks = script.warnings.map((warning) => `${warning.text}: ${warning.message}`);
  for (const [heading, lines] of [[t('broadcast.pdf.notes'), notes], [t('broadcast.pdf.checks'), checks]] as const) {
    const [first] = lines;
    if (first === undefined) continue;
    y += F.gap.beforeSection;
    drawHeading(heading, 0, note(first));
    for (const line of lines) draw(note(line));
  }

  const label = edition.sample ? t('broadcast.pdf.sampleFooter') : edition.name;
  return {
    meta: { title: t('broadcast.pdf.title', { title: script.title, kind: KIND_LABELS[script.kind] }), author: office, subject: t('broadcast.pdf.subject', { station: edition.station }), date: entry.reviewed },
    pages: pages.map((elements, index): PdfPage => ({
      media: F.page,
      trimBox: { x: 0, y: 0, ...F.page },
      bleedBox: { x: 0, y: 0, ...F.page },
      userUnit: 1,
      elements: [...elements, ...layoutFooter(measure, source, label, index + 1, pages.length)],
    })),
  };
}

/** Start time and length of a section, in the margin beside its heading. */
function layoutTiming(measure: TextMeasurer, source: TextSource, lines: readonly string[], y: number): TextElement[] {
  return lines.map((line, index) => ({
    ...setText(measure, { text: line, source, font: 'medium', colour: 'muted', leading: 1 }, F.size.timing, F.timing.left, y + index * ptToMm(F.size.timing * F.timingLeading), F.timing.width).element,
  }));
}

/** The edition (or the sample mark) on the left, "Trang 2/3" on the right, in the bottom margin. */
function layoutFooter(measure: TextMeasurer, source: TextSource, label: string, page: number, pages: number): TextElement[] {
  const pageLabel = t('broadcast.pdf.page', { page, pages });
  // setText puts the first baseline 0.8 em below the top at leading 1 (src/pdf/text/set-text.ts).
  const top = F.page.height - F.footerFromBottom - ptToMm(F.size.footer * 0.8);
  const pageWidth = measure.width(pageLabel, 'regular', F.size.footer);
  const pageX = F.page.width - F.margin.right - pageWidth;
  return [
    setText(measure, { text: label, source, font: 'bold', colour: 'brand', leading: 1 }, F.size.footer, F.textLeft, top, pageX - F.textLeft).element,
    setText(measure, { text: pageLabel, source, font: 'regular', colour: 'muted', leading: 1 }, F.size.footer, pageX, top, pageWidth + 1).element,
  ];
}
