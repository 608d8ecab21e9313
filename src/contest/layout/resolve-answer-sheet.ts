/**
 * The candidates' answer sheet, one for both versions: name, version circled, then a row of
 * boxes per question (A–D for Part I, Đúng/Sai for Part II), three questions to a line. Parts
 * keep their numbers in both versions (resolve-version.ts), so one sheet serves A and B; a
 * number gets a D box when either version has four options there.
 */
import type { Content } from '../../content/load-content.ts';
import type { Edition } from '../../editions/edition.ts';
import type { PdfElement, PdfLayout } from '../../pdf/elements.ts';
import type { TextMeasurer } from '../../pdf/text/measure-text.ts';
import { t } from '../../i18n/t.ts';
import { A4_SHEET, CONTEST_SPACE, CONTEST_TYPE } from '../formats.ts';
import { getContestDate } from '../get-contest-questions.ts';
import type { SheetVersion } from '../resolve-version.ts';
import { createOutline, createTextBlock, setBlockText, translate, type Block } from './blocks.ts';
import { flowBlocks, framePages, getContentWidth, TEMPLATE_SOURCE } from './flow-pages.ts';
import { createDocumentMeta, createTitleBlocks } from './title-blocks.ts';

const COLUMNS = 3;
const ROW_HEIGHT = 9;
const NUMBER_WIDTH = 9;
const LABEL_GAP = 1.2;
const CHOICE_GAP = 3;

interface AnswerRow {
  number: number;
  labels: string[];
}

export function resolveAnswerSheet(measure: TextMeasurer, content: Content, edition: Edition, versions: readonly SheetVersion[]): PdfLayout {
  const width = getContentWidth(A4_SHEET);
  const [first] = versions;
  if (!first) throw new Error('resolveAnswerSheet: no version');
  const rows: AnswerRow[] = first.all.map((item, i) => ({
    number: item.number,
    labels: item.question.type === 'choice'
      ? ['A', 'B', 'C', 'D'].slice(0, Math.max(...versions.map((version) => version.all[i]!.options.length)))
      : [t('contest.true'), t('contest.false')],
  }));
  const title = t('contest.answerSheet.title');
  const blocks: Block[] = [
    ...createTitleBlocks(measure, edition, title, width),
    createTextBlock(measure, [
      { text: t('contest.sheet.candidate'), source: TEMPLATE_SOURCE },
      { text: t('contest.answerSheet.version'), source: TEMPLATE_SOURCE, style: { font: 'semibold' }, gap: 3 },
      { text: t('contest.answerSheet.howTo'), source: TEMPLATE_SOURCE, style: { size: CONTEST_TYPE.small, colour: 'muted' }, gap: 2 },
    ], width),
    ...createRowBlocks(measure, rows.filter((_, i) => first.all[i]!.question.type === 'choice'), width, CONTEST_SPACE.afterTitle),
    ...createRowBlocks(measure, rows.filter((_, i) => first.all[i]!.question.type !== 'choice'), width, CONTEST_SPACE.afterTitle),
    createTextBlock(measure, [{ text: t('contest.answerSheet.score', { count: rows.length }), source: TEMPLATE_SOURCE, style: { font: 'semibold' } }], width, CONTEST_SPACE.afterTitle),
  ];
  return {
    meta: createDocumentMeta(edition, title, getContestDate(content, edition)),
    pages: framePages(measure, A4_SHEET, { edition, document: title }, flowBlocks(A4_SHEET, blocks)),
  };
}

function createRowBlocks(measure: TextMeasurer, rows: readonly AnswerRow[], width: number, spaceBefore: number): Block[] {
  const columnWidth = width / COLUMNS;
  const blocks: Block[] = [];
  for (let start = 0; start < rows.length; start += COLUMNS) {
    const elements: PdfElement[] = [];
    rows.slice(start, start + COLUMNS).forEach((row, column) => {
      const x = column * columnWidth;
      elements.push(translate(setBlockText(measure, `${row.number}.`, TEMPLATE_SOURCE, NUMBER_WIDTH, { font: 'bold' }), x, 2));
      let cursor = x + NUMBER_WIDTH;
      for (const label of row.labels) {
        elements.push(translate(setBlockText(measure, label, TEMPLATE_SOURCE, columnWidth, {}), cursor, 2));
        cursor += measure.width(label, 'regular', CONTEST_TYPE.body) + LABEL_GAP;
        elements.push(...createOutline(cursor, (ROW_HEIGHT - CONTEST_SPACE.tickBox) / 2, CONTEST_SPACE.tickBox, CONTEST_SPACE.tickBox));
        cursor += CONTEST_SPACE.tickBox + CHOICE_GAP;
      }
    });
    blocks.push({ height: ROW_HEIGHT, elements, spaceBefore: start === 0 ? spaceBefore : 0 });
  }
  return blocks;
}
