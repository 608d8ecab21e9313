/**
 * The answer key of one version, for the jury: every number with its right letter (or Đúng/Sai)
 * and the right answer's words, so a juror can check a disputed answer without the bank.
 */
import type { Content } from '../../content/load-content.ts';
import type { Edition } from '../../editions/edition.ts';
import type { PdfLayout } from '../../pdf/elements.ts';
import type { TextMeasurer } from '../../pdf/text/measure-text.ts';
import { t } from '../../i18n/t.ts';
import { A4_SHEET, CONTEST_SPACE } from '../formats.ts';
import { getContestDate } from '../get-contest-questions.ts';
import { WRITTEN_ROUND } from '../rounds.ts';
import type { SheetQuestion, SheetVersion } from '../resolve-version.ts';
import { createTextBlock, type Block } from './blocks.ts';
import { flowBlocks, framePages, getContentWidth, TEMPLATE_SOURCE } from './flow-pages.ts';
import { getQuestionSource } from './question-source.ts';
import { createDocumentMeta, createTitleBlocks } from './title-blocks.ts';

export function resolveAnswerKey(measure: TextMeasurer, content: Content, edition: Edition, sheet: SheetVersion): PdfLayout {
  const width = getContentWidth(A4_SHEET);
  const version = t('contest.version', { version: sheet.version.toUpperCase() });
  const title = t('contest.key.title', { version });
  const blocks: Block[] = [
    ...createTitleBlocks(measure, edition, title, width),
    createTextBlock(measure, [{ text: t('contest.key.note', { points: WRITTEN_ROUND.points }), source: TEMPLATE_SOURCE, style: { font: 'semibold' } }], width),
    ...sheet.all.map((item) => createKeyLine(measure, item, width)),
  ];
  return {
    meta: createDocumentMeta(edition, title, getContestDate(content, edition)),
    pages: framePages(measure, A4_SHEET, { edition, document: title }, flowBlocks(A4_SHEET, blocks)),
  };
}

/** "Câu 3. B – 60 ngày": the letter first, in bold, where the eye looks when marking. */
export function formatKeyLine(item: SheetQuestion): string {
  const right = item.options.find((option) => option.correct)!;
  const words = item.question.type === 'choice' ? ` – ${right.text}` : '';
  return `${t('contest.sheet.number', { number: item.number })} ${item.answer}${words}`;
}

function createKeyLine(measure: TextMeasurer, item: SheetQuestion, width: number): Block {
  return createTextBlock(measure, [{ text: formatKeyLine(item), source: getQuestionSource(item.question, item.question.type === 'choice' ? 'options' : 'answer') }], width, CONTEST_SPACE.paragraph * 0.6);
}
