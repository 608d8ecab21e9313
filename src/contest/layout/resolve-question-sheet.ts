/**
 * The A4 question sheet of one version: title, instructions and a line for the candidate's
 * name, then Part I (multiple choice, lettered options) and Part II (true or false), each
 * question kept whole on one page.
 */
import type { Content } from '../../content/load-content.ts';
import type { Edition } from '../../editions/edition.ts';
import type { PdfLayout } from '../../pdf/elements.ts';
import type { TextMeasurer } from '../../pdf/text/measure-text.ts';
import { t } from '../../i18n/t.ts';
import { A4_SHEET, CONTEST_SPACE, CONTEST_TYPE } from '../formats.ts';
import { getContestDate } from '../get-contest-questions.ts';
import { getWrittenMinutes } from '../rounds.ts';
import type { SheetQuestion, SheetVersion } from '../resolve-version.ts';
import { createTextBlock, type Block, type TextPart } from './blocks.ts';
import { flowBlocks, framePages, getContentWidth, TEMPLATE_SOURCE } from './flow-pages.ts';
import { getQuestionSource } from './question-source.ts';
import { createDocumentMeta, createTitleBlocks } from './title-blocks.ts';

export function resolveQuestionSheet(measure: TextMeasurer, content: Content, edition: Edition, sheet: SheetVersion): PdfLayout {
  const width = getContentWidth(A4_SHEET);
  const version = t('contest.version', { version: sheet.version.toUpperCase() });
  const blocks: Block[] = [
    ...createTitleBlocks(measure, edition, t('contest.sheet.title', { version }), width),
    createTextBlock(measure, [
      { text: t('contest.sheet.instructions', { minutes: getWrittenMinutes(sheet.all.length), count: sheet.all.length }), source: TEMPLATE_SOURCE },
      { text: t('contest.sheet.candidate'), source: TEMPLATE_SOURCE, gap: 3 },
    ], width),
    ...createPart(measure, t('contest.sheet.partChoice', { from: sheet.choice[0]?.number ?? 0, to: sheet.choice.at(-1)?.number ?? 0 }), sheet.choice, width),
    ...createPart(measure, t('contest.sheet.partTrueFalse', { from: sheet.trueFalse[0]?.number ?? 0, to: sheet.trueFalse.at(-1)?.number ?? 0 }), sheet.trueFalse, width),
  ];
  return {
    meta: createDocumentMeta(edition, t('contest.sheet.title', { version }), getContestDate(content, edition)),
    pages: framePages(measure, A4_SHEET, { edition, document: version }, flowBlocks(A4_SHEET, blocks)),
  };
}

function createPart(measure: TextMeasurer, heading: string, questions: readonly SheetQuestion[], width: number): Block[] {
  if (questions.length === 0) return [];
  const title = { ...createTextBlock(measure, [{ text: heading, source: TEMPLATE_SOURCE, style: { font: 'bold', size: CONTEST_TYPE.heading } }], width, CONTEST_SPACE.afterTitle), keepWithNext: true };
  return [title, ...questions.map((item) => createQuestionBlock(measure, item, width))];
}

function createQuestionBlock(measure: TextMeasurer, item: SheetQuestion, width: number): Block {
  const { question } = item;
  const parts: TextPart[] = [{ text: `${t('contest.sheet.number', { number: item.number })} ${question.question}`, source: getQuestionSource(question, 'question'), style: { font: 'semibold' } }];
  if (question.type === 'choice') {
    item.options.forEach((option) => {
      const index = question.options.findIndex((original) => original.text === option.text);
      parts.push({ text: `${option.letter}. ${option.text}`, source: getQuestionSource(question, `options.${index}.text`), style: { indent: CONTEST_SPACE.optionIndent } });
    });
  }
  return createTextBlock(measure, parts, width, CONTEST_SPACE.betweenQuestions);
}
