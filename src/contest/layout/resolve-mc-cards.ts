/**
 * The MC's cards, A5: for every stage round and question, a front (round, number, question in
 * large type, the options, the time) and a back (the answer, the model answer and the points the
 * jury listens for, the explanation, the guide). Pages alternate front, back, so a duplex print
 * flipped on the short edge puts each answer behind its question.
 */
import type { Content } from '../../content/load-content.ts';
import type { QuizQuestion } from '../../content/read-quiz.ts';
import type { Edition } from '../../editions/edition.ts';
import type { PdfElement, PdfLayout } from '../../pdf/elements.ts';
import type { TextMeasurer } from '../../pdf/text/measure-text.ts';
import { t } from '../../i18n/t.ts';
import { A5_CARD, CONTEST_TYPE } from '../formats.ts';
import { getContestDate, getContestQuestions } from '../get-contest-questions.ts';
import { OPTION_LETTERS } from '../resolve-version.ts';
import { STAGE_ROUNDS, type StageRound } from '../rounds.ts';
import { setBlockText, translate, type TextPart } from './blocks.ts';
import { fitStack } from './fit-stack.ts';
import { framePages, getContentWidth, TEMPLATE_SOURCE } from './flow-pages.ts';
import { getQuestionSource } from './question-source.ts';
import { createDocumentMeta } from './title-blocks.ts';

/** Bands of the card in mm below the top margin: the round line, then the body, then the time line. */
const HEADER_HEIGHT = 16;
const FOOTER_HEIGHT = 10;

export interface McCard {
  round: StageRound;
  number: number;
  count: number;
  question: QuizQuestion;
}

/** Every card of an edition, round by round. */
export function getMcCards(content: Content, edition: Edition): McCard[] {
  return STAGE_ROUNDS.flatMap((round) => {
    const questions = getContestQuestions(content, edition, round.type);
    return questions.map((question, i) => ({ round, number: i + 1, count: questions.length, question }));
  });
}

export function resolveMcCards(measure: TextMeasurer, content: Content, edition: Edition): PdfLayout {
  const titles = new Map(content.guides.map((guide) => [guide.slug, guide.title]));
  const contents = getMcCards(content, edition).flatMap((card) => [createFront(measure, card), createBack(measure, card, titles.get(card.question.guide) ?? card.question.guide)]);
  return {
    meta: createDocumentMeta(edition, t('contest.card.title'), getContestDate(content, edition)),
    pages: framePages(measure, A5_CARD, { edition, document: t('contest.card.document') }, contents),
  };
}

function createHeader(measure: TextMeasurer, card: McCard, width: number): PdfElement[] {
  const round = setBlockText(measure, t('contest.card.round', { round: t(card.round.label) }).toLocaleUpperCase('vi'), TEMPLATE_SOURCE, width, { font: 'bold', colour: 'brand', size: 12 });
  const number = setBlockText(measure, t('contest.card.number', { number: card.number, count: card.count }), TEMPLATE_SOURCE, width, { font: 'extrabold', size: 14 });
  return [translate(round, A5_CARD.margin.left, A5_CARD.margin.top), translate(number, A5_CARD.margin.left, A5_CARD.margin.top + round.height + 1)];
}

function getBodyBox(width: number) {
  const top = A5_CARD.margin.top + HEADER_HEIGHT;
  return { x: A5_CARD.margin.left, y: top, width, height: A5_CARD.page.height - A5_CARD.margin.bottom - FOOTER_HEIGHT - top };
}

function createFront(measure: TextMeasurer, card: McCard): PdfElement[] {
  const width = getContentWidth(A5_CARD);
  const { question, round } = card;
  const parts: TextPart[] = [{ text: question.question, source: getQuestionSource(question, 'question'), style: { font: 'semibold' } }];
  if (question.type === 'choice') {
    question.options.forEach((option, i) => parts.push({ text: `${OPTION_LETTERS[i]}. ${option.text}`, source: getQuestionSource(question, `options.${i}.text`), style: { size: CONTEST_TYPE.cardQuestion.max * 0.85 }, gap: 3 }));
  }
  if (question.type === 'true-false') parts.push({ text: `${t('contest.true')} / ${t('contest.false')}?`, source: TEMPLATE_SOURCE, style: { font: 'bold', colour: 'brand', size: CONTEST_TYPE.cardQuestion.max * 0.85 }, gap: 4 });
  const body = fitStack(measure, parts, CONTEST_TYPE.cardQuestion, getBodyBox(width), t('pdfPlace.mcCardFront'));
  const time = round.prepareSeconds > 0
    ? t('contest.card.prepare', { prepare: round.prepareSeconds, seconds: round.secondsPerQuestion })
    : t('contest.card.time', { seconds: round.secondsPerQuestion });
  const footer = setBlockText(measure, time, TEMPLATE_SOURCE, width, { font: 'semibold', colour: 'muted' });
  return [...createHeader(measure, card, width), ...body.elements, translate(footer, A5_CARD.margin.left, A5_CARD.page.height - A5_CARD.margin.bottom - FOOTER_HEIGHT + 3)];
}

function createBack(measure: TextMeasurer, card: McCard, guideTitle: string): PdfElement[] {
  const width = getContentWidth(A5_CARD);
  const { question, round } = card;
  const answerSize = CONTEST_TYPE.cardAnswer.max;
  const parts: TextPart[] = [{ text: t('contest.card.back'), source: TEMPLATE_SOURCE, style: { size: answerSize * 0.6, colour: 'muted' } }];
  if (question.type === 'choice') {
    const index = question.options.findIndex((option) => option.correct);
    parts.push({ text: t('contest.card.answer', { answer: `${OPTION_LETTERS[index]}. ${question.options[index]!.text}` }), source: getQuestionSource(question, `options.${index}.text`), style: { font: 'bold' }, gap: 3 });
  } else if (question.type === 'true-false') {
    parts.push({ text: t('contest.card.answer', { answer: question.answer ? t('contest.true') : t('contest.false') }), source: getQuestionSource(question, 'answer'), style: { font: 'bold' }, gap: 3 });
  } else {
    parts.push({ text: t('contest.card.modelAnswer'), source: TEMPLATE_SOURCE, style: { font: 'bold' }, gap: 3 });
    parts.push({ text: question.modelAnswer, source: getQuestionSource(question, 'modelAnswer'), style: { size: answerSize * 0.8 } });
    if (question.keyPoints.length > 0) {
      parts.push({ text: t('contest.card.keyPoints', { points: round.points }), source: TEMPLATE_SOURCE, style: { font: 'bold', size: answerSize * 0.8 }, gap: 3 });
      question.keyPoints.forEach((point, i) => parts.push({ text: `– ${point}`, source: getQuestionSource(question, `keyPoints.${i}`), style: { size: answerSize * 0.75 } }));
    }
  }
  parts.push({ text: t('contest.card.why', { explanation: question.explanation }), source: getQuestionSource(question, 'explanation'), style: { size: answerSize * 0.75 }, gap: 3 });
  parts.push({ text: t('contest.card.guide', { guide: guideTitle }), source: getQuestionSource(question, 'guide'), style: { size: answerSize * 0.6, colour: 'muted' }, gap: 2 });
  const body = fitStack(measure, parts, CONTEST_TYPE.cardAnswer, getBodyBox(width), t('pdfPlace.mcCardBack'));
  return [...createHeader(measure, card, width), ...body.elements];
}
